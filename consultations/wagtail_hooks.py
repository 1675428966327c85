"""Wagtail admin for consultation days: the Innovationsorte, kept by editors and coordinators."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet

from common.wagtail_admin import ReadableSnippetViewSet
from consultations.forms import InnovationSpaceForm
from consultations.models import InnovationSpace


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
