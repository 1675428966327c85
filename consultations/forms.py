"""The admin's Innovationsort form: the place typed as people write it, cleaned to the gazetteer."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from vocabulary.forms import PlaceField


class InnovationSpaceForm(WagtailAdminModelForm):
    place = PlaceField(
        label=_("Ort"),
        help_text=_("Postleitzahl, Ortsname oder beides, zum Beispiel „23879 Mölln“."),
        # PlaceField's own message asks founders for their place; here it is the venue's.
        error_messages={
            "required": _("Bitte geben Sie Postleitzahl oder Ort des Innovationsortes ein.")
        },
    )
