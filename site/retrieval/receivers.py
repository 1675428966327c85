"""Keep the index in step with the pages: every saved page is indexed in its own transaction."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django_q.models import Schedule
from wagtail.models import Page
from wagtail.search import index

from common.schedules import schedule_ensure
from retrieval.models import IndexedPage, IndexState, Synonym
from retrieval.services import index_rebuild, index_token_renew, page_index

FORGET_SCHEDULE = "retrieval: forget old questions"
FORGET_FUNC = "retrieval.services.questions_forget_old"
# Each saved page splits its compounds against the lexicon of that moment; a nightly rebuild
# splits every page against the whole one again.
REBUILD_SCHEDULE = "retrieval: rebuild the search index"
REBUILD_FUNC = "retrieval.services.index_rebuild"


def _content_fields(model: type[Page]) -> set[str]:
    return {"title", "search_description"} | {
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.SearchField | index.RelatedFields)
    }


def page_saved(sender, instance: Page, raw: bool = False, update_fields=None, **kwargs) -> None:
    # Saving a draft revision writes only bookkeeping columns of the live row: nothing to index.
    if raw or (update_fields and not set(update_fields) & _content_fields(type(instance))):
        return
    if instance.alias_of_id is not None:
        return  # an alias repeats its original's text, which is indexed in its own language
    page = instance if type(instance) is instance.specific_class else instance.specific
    page_index(page=page)


def lexicon_changed(sender, raw: bool = False, **kwargs) -> None:
    # A page left the index, or editors changed a synonym: every process reloads its lexicon.
    if not raw:
        index_token_renew()


def after_migrate(sender, **kwargs) -> None:
    # post_migrate fires once per app with models; only at the last one do all tables exist.
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label != last.label:
        return
    schedule_ensure(name=FORGET_SCHEDULE, func=FORGET_FUNC, schedule_type=Schedule.DAILY)
    schedule_ensure(name=REBUILD_SCHEDULE, func=REBUILD_FUNC, schedule_type=Schedule.DAILY)
    if not IndexState.objects.exists():
        index_rebuild()  # an installation from before the index: every page once


def connect_receivers() -> None:
    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(
                page_saved, sender=model, dispatch_uid=f"retrieval.{model._meta.label}"
            )
    post_delete.connect(lexicon_changed, sender=IndexedPage, dispatch_uid="retrieval.deleted")
    post_save.connect(lexicon_changed, sender=Synonym, dispatch_uid="retrieval.synonym.saved")
    post_delete.connect(lexicon_changed, sender=Synonym, dispatch_uid="retrieval.synonym.deleted")
    post_migrate.connect(after_migrate, dispatch_uid="retrieval.after_migrate")
