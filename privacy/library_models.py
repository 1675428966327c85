"""Registrations for models of libraries (allauth, Wagtail, django-q2), which cannot carry the
decorator, and the fields that look personal but are not, each with its reason."""

from django.db.models import Q

from privacy.registry import Erasure, not_personal, personal_data_register, registered


def _form_submissions_of(user) -> Q:
    # The contact form stores what was typed as JSON; a submission belongs to whoever's address
    # appears in it.
    return Q(form_data__icontains=user.email)


def _log_entries_about(user) -> Q:
    # Wagtail's audit log keeps each changed object's name as its label ("Anna Hansen" for her
    # mentor profile): the entries about any of the user's registered rows are hers.
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    about = Q(pk__in=[])
    for entry in registered():
        if entry.model is ModelLogEntry:
            continue
        ids = [str(pk) for pk in entry.rows(user).values_list("pk", flat=True)]
        if ids:
            kind = ContentType.objects.get_for_model(entry.model, for_concrete_model=False)
            about |= Q(content_type=kind, object_id__in=ids)
    return about


def register() -> None:
    from allauth.account.models import EmailAddress
    from allauth.usersessions.models import UserSession
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.models import ModelLogEntry
    from wagtail.users.models import UserProfile

    personal_data_register(
        EmailAddress,
        owner="user",
        fields={"email": Erasure.ANONYMISE, "verified": Erasure.KEEP, "primary": Erasure.KEEP},
        delete_rows=True,
    )
    # One row per login: where from and with which browser. Erasure ends her sessions first
    # (privacy.services), which deletes these; a daily task deletes those of ended sessions.
    # The session key is a credential, never exported.
    personal_data_register(
        UserSession,
        owner="user",
        fields={
            "ip": Erasure.ANONYMISE,
            "user_agent": Erasure.ANONYMISE,
            "created_at": Erasure.KEEP,
        },
        delete_rows=True,
    )
    personal_data_register(
        FormSubmission,
        owner=_form_submissions_of,
        fields={"form_data": Erasure.ANONYMISE, "submit_time": Erasure.KEEP},
        delete_rows=True,
    )
    personal_data_register(
        UserProfile,
        owner="user",
        fields={
            "avatar": Erasure.DELETE_FILE,
            "preferred_language": Erasure.KEEP,
            "current_time_zone": Erasure.KEEP,
        },
    )
    personal_data_register(
        ModelLogEntry,
        owner=_log_entries_about,
        fields={"label": Erasure.ANONYMISE, "timestamp": Erasure.KEEP, "action": Erasure.KEEP},
    )
    _not_personal()


def _not_personal() -> None:
    from django.apps import apps
    from wagtail.models import Page

    taxonomy = "the shared taxonomy or gazetteer, not about a person"
    editorial = "editorial content written by editors for the public site"
    media = "a media file or its text in the editors' library, not a person's upload"
    task_name = "a generated task name; task arguments are ids, never personal data (tested)"
    for label, name, reason in [
        ("vocabulary.topic", "name", taxonomy),
        ("vocabulary.topic", "name_en", taxonomy),
        ("vocabulary.topic", "description", taxonomy),
        ("vocabulary.place", "postcode", taxonomy),
        ("vocabulary.servicearea", "name", taxonomy),
        ("vocabulary.servicearea", "postcodes", taxonomy),
        ("pages.formfield", "clean_name", "the name of a contact-form field, not its value"),
        ("pages.formfield", "label", "the label of a contact-form field, not its value"),
        ("wagtailcore.pagelogentry", "label", "a page's title at the time: editorial content"),
        ("contenttypes.contenttype", "app_label", "the name of an app of this software"),
        ("pages.contactpage", "to_address", "the site's own inbox for the contact form"),
        ("pages.contactpage", "from_address", "the site's own sender address"),
        ("events.eventpage", "description", editorial),
        ("events.eventpage", "street_address", "the public venue of an event"),
        ("wagtailembeds.embed", "author_name", "metadata of public embedded media"),
        ("wagtailembeds.embed", "provider_name", "metadata of public embedded media"),
        ("wagtaildocs.document", "file", media),
        ("wagtailimages.image", "file", media),
        ("wagtailimages.image", "description", media),
        ("wagtailimages.rendition", "file", media),
        ("wagtailcore.uploadedfile", "file", "an editor's upload before it becomes a media file"),
        ("wagtailcore.site", "hostname", "the site's own host"),
        ("wagtailcore.site", "site_name", "the site's own name"),
        ("wagtailcore.apitoken", "name", "the name of an API token"),
        ("wagtailcore.collection", "name", "a media collection's name"),
        ("wagtailcore.workflow", "name", "an editorial workflow's name"),
        ("wagtailcore.task", "name", "an editorial workflow task's name"),
        ("wagtailcore.groupapprovaltask", "name", "an editorial workflow task's name"),
        ("taggit.tag", "name", "a content tag"),
        (
            "wagtail_localize.translationsource",
            "object_repr",
            "the title of a page or snippet editors translate: editorial content",
        ),
        ("wagtail_localize.stringtranslation", "tool_name", "the name of a machine translator"),
        ("auth.permission", "codename", "a permission's name"),
        ("auth.permission", "name", "a permission's name"),
        ("auth.group", "name", "a role's name"),
        ("django_q.schedule", "name", "a schedule's name; its arguments are ids (tested)"),
        (
            "account.emailconfirmation",
            "email_address",
            "a link to an EmailAddress, deleted with it",
        ),
        (
            "sessions.session",
            "session_data",
            "a deleting user's sessions are deleted whole, found by her user sessions",
        ),
        ("django_q.task", "name", task_name),
        ("django_q.success", "name", task_name),
        ("django_q.failure", "name", task_name),
    ]:
        not_personal(label, name, reason=reason)
    for model in apps.get_models():
        if issubclass(model, Page):
            not_personal(model._meta.label, "search_description", reason=editorial)
