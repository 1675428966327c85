"""The editor's form for an event: the place is typed as postcode and/or name, like everywhere."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from vocabulary.forms import PlaceField


class EventPageForm(WagtailAdminPageForm):
    place = PlaceField(
        label=_("Ort"),
        required=False,
        help_text=_(
            "Postleitzahl und/oder Ort, z. B. „23909 Ratzeburg“. Leer bei Online-Terminen."
        ),
    )
