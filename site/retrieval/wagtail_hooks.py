"""Admin for editors: the synonym list, and the questions no guide answered (read and delete)."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from common.wagtail_admin import ReadableSnippetViewSet, ReadOnlyPermissionPolicy
from retrieval.models import Synonym, UnansweredQuestion
from retrieval.selectors import questions_unanswered


class RecordedOnlyPolicy(ReadOnlyPermissionPolicy):
    """Questions are recorded by the site, never typed in: editors read and delete them."""

    allowed = frozenset({"view", "delete"})


register_permission_policy(UnansweredQuestion, RecordedOnlyPolicy(UnansweredQuestion))


class SynonymViewSet(ReadableSnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Suchwörter")
    list_display = ["words", "means", "updated_at"]
    search_fields = ["words", "means"]
    copy_view_enabled = False
    panels = [FieldPanel("words"), FieldPanel("means")]


class UnansweredQuestionViewSet(ReadableSnippetViewSet):
    model = UnansweredQuestion
    icon = "help"
    menu_label = _("Fragen ohne Leitfaden")
    list_display = ["words", "source", "best_guide", "asked_on"]
    list_filter = ["source"]
    search_fields = ["words"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request) -> QuerySet[UnansweredQuestion]:
        return questions_unanswered()


class SearchViewSetGroup(ViewSetGroup):
    menu_label = _("Suche")
    menu_icon = "search"
    menu_order = 410
    items = (SynonymViewSet, UnansweredQuestionViewSet)


register_snippet(SearchViewSetGroup)
