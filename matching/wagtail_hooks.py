"""Matching in the Wagtail admin: runs (start, progress, history), proposals, and the best
mentors for one request, linked from the request's page. Weights are a site setting."""

from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.permissions import register_permission_policy

from common.wagtail_admin import (
    ReadableModelViewSet,
    ReadOnlyPermissionPolicy,
    index_with_button,
)
from matching import views
from matching.admin_lists import MatchFilterSet, match_columns
from matching.mentor_feedback import mentor_feedback_summary
from matching.models import Match, MatchingRun
from matching.responsiveness import mentor_response_record
from matching.selectors import (
    OVERDUE_OFFER_DAYS,
    OVERDUE_REQUEST_DAYS,
    matches_of_founder,
    matches_of_mentor,
    matching_pipeline,
)

register_permission_policy(MatchingRun, ReadOnlyPermissionPolicy(MatchingRun))
register_permission_policy(Match, ReadOnlyPermissionPolicy(Match))


class MatchingRunViewSet(ReadableModelViewSet):
    model = MatchingRun
    name = "matching_run_admin"
    url_prefix = "matching/runs"
    icon = "resubmit"
    menu_label = _("Vermittlungsläufe")
    menu_order = 310
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = index_with_button(
        label=_("Vermittlung starten"),
        url_name="matching_run_admin:start",
        icon="resubmit",
        permission=views.RUN_PERMISSION,
    )
    list_display = [
        TitleColumn(
            "created_at",
            label=_("angelegt am"),
            get_url=lambda run: reverse("matching_run_admin:progress", args=[run.pk]),
        ),
        "trigger",
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display"),
        "requests_count",
        "served_count",
        Column(
            "engine_seconds",
            label=_("Rechenzeit (s)"),
            accessor=lambda run: formats.number_format(run.engine_seconds, 2),
        ),
    ]
    list_filter = ["status", "trigger"]
    form_fields: list[str] = []
    inspect_view_fields = [
        "status",
        "trigger",
        "started_by",
        "created_at",
        "started_at",
        "finished_at",
        "requests_count",
        "mentors_count",
        "candidates_count",
        "served_count",
        "total_score",
        "objective",
        "engine_seconds",
        "database_seconds",
        "parameters",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("start/", views.run_start, name="start"),
            path("<int:pk>/progress/", views.run_progress, name="progress"),
            path("<int:pk>/progress/json/", views.run_progress_json, name="progress_json"),
        ]


class MatchViewSet(ReadableModelViewSet):
    model = Match
    name = "match_admin"
    url_prefix = "matching/matches"
    icon = "group"
    menu_label = _("Vorschläge")
    menu_order = 305
    add_to_admin_menu = True
    add_view_enabled = False  # matches come from runs and from reassignments in the review
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = index_with_button(
        label=_("Ab einer Passung freigeben"),
        url_name="match_admin:approve_above",
        icon="tick",
        permission=views.REVIEW_PERMISSION,
    )
    list_display = match_columns()
    filterset_class = MatchFilterSet
    form_fields: list[str] = []
    inspect_view_fields = ["help_request", "mentor", "status", "score", "run", "created_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Match]:
        return Match.objects.select_related("help_request__place", "mentor__user").prefetch_related(
            "help_request__topics"
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", views.match_review, name="review"),
            path("approve-above/", views.matches_approve_above_view, name="approve_above"),
        ]


@hooks.register("register_admin_viewset")
def register_matching_viewsets():
    return [MatchingRunViewSet(), MatchViewSet()]


@hooks.register("register_admin_urls")
def register_suggestion_url():
    return [
        path(
            "matching/requests/<int:pk>/suggestions/",
            views.request_suggestions,
            name="matching_request_suggestions",
        ),
        path("matching/stalled/", views.stalled, name="matching_stalled"),
    ]


class StalledMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(views.REVIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_stalled_menu_item():
    return StalledMenuItem(
        _("Stockende Begleitungen"), reverse("matching_stalled"), icon_name="warning", order=306
    )


@hooks.register("help_request_admin_links")
def suggestions_link(request: HttpRequest, help_request) -> tuple[str, str] | None:
    if not all(request.user.has_perm(p) for p in views.SUGGESTIONS_PERMISSIONS):
        return None
    return (
        str(_("Passende Expert:innen ansehen")),
        reverse("matching_request_suggestions", args=[help_request.pk]),
    )


def _coordinators_section(request: HttpRequest, *, template: str, name: str, read, mentor) -> str:
    """A section of the mentor's admin page that only coordinators see."""
    if not request.user.has_perm("matching.view_match"):
        return ""
    context = {name: read(mentor=mentor)}
    return render_to_string(f"matching/admin/{template}", context, request=request)


@hooks.register("mentor_admin_sections")
def mentor_feedback_section(request: HttpRequest, mentor) -> str:
    """Founders' feedback on the mentor."""
    return _coordinators_section(
        request,
        template="mentor_feedback.html",
        name="summary",
        read=mentor_feedback_summary,
        mentor=mentor,
    )


@hooks.register("mentor_admin_sections")
def mentor_responses_section(request: HttpRequest, mentor) -> str:
    """How the mentor answers offers, so coordinators know whom they can count on."""
    return _coordinators_section(
        request,
        template="mentor_responses.html",
        name="record",
        read=mentor_response_record,
        mentor=mentor,
    )


class PipelinePanel(Component):
    """On the admin home page: the matching pipeline and what is overdue."""

    name = "matching_pipeline"
    order = 50
    template_name = "matching/admin/pipeline_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "pipeline": matching_pipeline(),
            "matches_url": reverse("match_admin:index"),
            "requests_url": reverse("help_request_admin:index"),
            "overdue_request_days": OVERDUE_REQUEST_DAYS,
            "overdue_offer_days": OVERDUE_OFFER_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_pipeline_panel(request: HttpRequest, panels: list) -> None:
    if request.user.has_perm("matching.view_match"):
        panels.append(PipelinePanel())


@hooks.register("dashboard_links")
def matches_link(request: HttpRequest) -> tuple[str, str] | None:
    """On founders' and mentors' dashboards, once they have a match to look at."""
    offers, engaged = matches_of_mentor(user=request.user)
    if offers.exists() or engaged.exists() or matches_of_founder(user=request.user).exists():
        return (str(_("Meine Vermittlungen")), reverse("matching:mine"))
    return None
