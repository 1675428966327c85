"""The admin of Begleitungen: the coordinators' list, where one is started from a confirmed
request (through the service: plan routed to the founder's Land, consent asked by mail) and
each leads to its plan and the experts for its steps; the editors' roadmap templates and the
Land's offices as snippets."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet

from common.wagtail_admin import ReadableModelViewSet, ReadableSnippetViewSet
from support import admin_views
from support.forms import SupportTrackForm
from support.models import Office, RoadmapTemplate, SupportTrack
from support.selectors import support_track_of_founder
from support.services import support_track_start


class TrackCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        track = support_track_start(
            help_request=data["help_request"],
            lead=self.request.user,
            idea=data["idea"],
            stage=data["stage"],
            path=data["path"],
        )
        log(instance=track, action="wagtail.create", user=self.request.user)
        return track

    def get_success_url(self):
        # Straight to the plan, where the coordinator asks the experts for its steps.
        return reverse("support_track_admin:plan", args=[self.object.pk])


class SupportTrackViewSet(ReadableModelViewSet):
    model = SupportTrack
    name = "support_track_admin"
    url_prefix = "support/tracks"
    icon = "user"
    menu_label = _("Begleitungen")
    menu_order = 422
    add_to_admin_menu = True
    add_view_class = TrackCreateView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        TitleColumn(
            "founder",
            label=_("Gründer:in"),
            accessor="founder",
            get_url=lambda track: reverse("support_track_admin:plan", args=[track.pk]),
        ),
        Column("path", label=_("Weg der Gründung"), accessor="path"),
        StatusTagColumn("status", label=_("Stand"), accessor="get_status_display"),
        Column("lead", label=_("federführend"), accessor="lead"),
        "created_at",
    ]
    list_filter = ["status", "path", "land"]
    add_handler = ObjectList(
        [
            FieldPanel("help_request"),
            # Four paths, each named: a choice to see at once, not a chooser to open.
            FieldPanel("path", widget=forms.RadioSelect),
            FieldPanel("stage"),
            FieldPanel("idea"),
        ],
        base_form_class=SupportTrackForm,
    )
    edit_handler = ObjectList(
        [FieldPanel("stage"), FieldPanel("idea")], base_form_class=SupportTrackForm
    )

    def get_queryset(self, request):
        return SupportTrack.objects.select_related("founder__user", "path", "lead")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/plan/", admin_views.track_plan, name="plan"),
            path("<int:pk>/steps/<int:step_pk>/experts/", admin_views.step_experts, name="experts"),
        ]

    def get_add_view_kwargs(self, **kwargs):
        # Starting asks for the request and the path; editing later only the idea and stage.
        panel = self.add_handler.bind_to_model(self.model)
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class())


@hooks.register("register_admin_viewset")
def register_support_track_viewset():
    return SupportTrackViewSet()


class RoadmapTemplateViewSet(ReadableSnippetViewSet):
    model = RoadmapTemplate
    icon = "list-ol"
    menu_label = _("Fahrplan-Vorlagen")
    list_display = ["name", "key"]


class OfficeViewSet(ReadableSnippetViewSet):
    model = Office
    icon = "site"
    menu_label = _("Stellen")
    list_display = ["name", "kind", "land"]
    list_filter = ["kind", "land"]


class SupportGroup(ViewSetGroup):
    menu_label = _("Begleitung")
    menu_icon = "user"
    menu_order = 320
    items = (RoadmapTemplateViewSet, OfficeViewSet)


register_snippet(SupportGroup)


@hooks.register("dashboard_links")
def roadmap_link(request) -> tuple[str, str] | None:
    """On the founder's dashboard, while her Begleitung runs."""
    track = support_track_of_founder(user=request.user)
    if track is not None and track.status == SupportTrack.Status.ACTIVE:
        return (str(_("Mein Gründungsfahrplan")), reverse("support:roadmap"))
    return None
