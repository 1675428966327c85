"""Wagtail admin for consultation days: the Innovationsorte, kept by editors and coordinators,
and the Sprechtage coordinators plan (saved through consultations.services)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet

from common.wagtail_admin import ReadableModelViewSet, ReadableSnippetViewSet
from consultations import admin_views
from consultations.forms import ConsultationDayForm, InnovationSpaceForm
from consultations.models import ConsultationDay, InnovationSpace
from consultations.selectors import booking_help_request_initial
from consultations.services import consultation_day_save
from founders.selectors import HELP_REQUEST_PREFILL_HOOK


class InnovationSpaceViewSet(ReadableSnippetViewSet):
    model = InnovationSpace
    icon = "home"
    menu_label = _("Innovationsorte")
    menu_order = 420
    add_to_admin_menu = True
    list_display = ["name", "kind", "place", "step_free", "listed", "is_example", "updated_at"]
    list_filter = ["kind", "listed", "step_free", "is_example"]
    search_fields = ["name", "description"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("kind"),
            MultiFieldPanel([FieldPanel("place"), FieldPanel("street")], heading=_("Adresse")),
            FieldPanel("description"),
            FieldPanel("opening_notes"),
            FieldRowPanel(
                [FieldPanel("step_free"), FieldPanel("accessible_toilet")],
                heading=_("Barrierefreiheit"),
            ),
            FieldPanel("photo"),
            MultiFieldPanel(
                [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("website")],
                heading=_("Kontakt"),
            ),
            FieldRowPanel([FieldPanel("listed"), FieldPanel("is_example")]),
        ],
        base_form_class=InnovationSpaceForm,
    )

    def get_queryset(self, request):
        return InnovationSpace.objects.select_related("place")


register_snippet(InnovationSpaceViewSet)


class _SavedByService:
    """Create and edit views that save a day through the service that keeps its rules."""

    log_action = "wagtail.edit"

    def save_instance(self):
        day = self.form.instance
        consultation_day_save(
            day=day, topics=self.form.cleaned_data["topics"], by=self.request.user
        )
        log(instance=day, action=self.log_action, user=self.request.user)
        return day

    def get_success_url(self):
        return reverse("consultation_day_admin:planning", args=[self.object.pk])


class DayCreateView(_SavedByService, generic.CreateView):
    log_action = "wagtail.create"


class DayEditView(_SavedByService, generic.EditView):
    pass


class ConsultationDayViewSet(ReadableModelViewSet):
    model = ConsultationDay
    name = "consultation_day_admin"
    url_prefix = "consultations/days"
    icon = "date"
    menu_label = _("Sprechtage")
    menu_order = 421
    add_to_admin_menu = True
    add_view_class = DayCreateView
    edit_view_class = DayEditView
    copy_view_enabled = False
    list_display = [
        TitleColumn(
            "title",
            label=_("Titel"),
            get_url=lambda day: reverse("consultation_day_admin:planning", args=[day.pk]),
        ),
        "date",
        Column("space", label=_("Innovationsort"), accessor=lambda day: day.space or _("online")),
        StatusTagColumn("status", label=_("Stand"), accessor="get_status_display"),
    ]
    list_filter = ["status", "online"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
            MultiFieldPanel([FieldPanel("space"), FieldPanel("online")], heading=_("Wo")),
            FieldPanel("topics"),
            FieldRowPanel(
                [
                    FieldPanel("slot_minutes"),
                    FieldPanel("break_starts_at"),
                    FieldPanel("break_ends_at"),
                ],
                heading=_("Gespräche und Pause"),
            ),
            FieldPanel("note"),
        ],
        base_form_class=ConsultationDayForm,
    )

    def get_queryset(self, request):
        return ConsultationDay.objects.select_related("space__place")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/planning/", admin_views.day_planning, name="planning"),
        ]


@hooks.register("register_admin_viewset")
def register_consultation_day_viewset():
    return ConsultationDayViewSet()


@hooks.register(HELP_REQUEST_PREFILL_HOOK)
def help_request_from_booking(*, params) -> dict:
    return booking_help_request_initial(params=params)
