"""The GET forms on guide pages: filter and search the index, choose a Land on a guide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from guides.models import Stage
from vocabulary.forms import PlaceField
from vocabulary.models import Topic


class GuideFilterForm(forms.Form):
    """Search and filters of the guide index; unknown values are ignored, never an error."""

    q = forms.CharField(label=_("Suchbegriff"), required=False, max_length=200)
    thema = forms.ChoiceField(label=_("Thema"), required=False)
    phase = forms.ChoiceField(
        label=_("Gründungsphase"),
        required=False,
        choices=[("", _("Alle Phasen")), *Stage.choices],
    )

    def __init__(self, *args, topics: list[Topic], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs["enterkeyhint"] = "search"
        self.fields["thema"].choices = [
            ("", _("Alle Themen")),
            *((topic.slug, topic.display_name) for topic in topics),
        ]


class LandChoiceForm(forms.Form):
    """Only rendered: the choice itself is made by selectors.guide_land_choice."""

    plz = PlaceField(
        label=_("Postleitzahl oder Ort"),
        required=False,
        help_text=_("Zum Beispiel „23909“ oder „Hagenow“."),
    )

    def __init__(self, *args, has_note: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        described_by = "land-chooser-help land-chooser-note" if has_note else "land-chooser-help"
        self.fields["plz"].widget.attrs["aria-describedby"] = described_by
