"""Forms of consultation days: the admin's Innovationsort (the place typed as people write it,
cleaned to the gazetteer) and an expert's answer to an invitation."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from consultations.models.days import DEFAULT_SLOT_MINUTES
from consultations.services import consultation_day_errors
from vocabulary.forms import PlaceField
from vocabulary.models import Topic


class InnovationSpaceForm(WagtailAdminModelForm):
    place = PlaceField(
        label=_("Ort"),
        help_text=_("Postleitzahl, Ortsname oder beides, zum Beispiel „23879 Mölln“."),
        # PlaceField's own message asks founders for their place; here it is the venue's.
        error_messages={
            "required": _("Bitte geben Sie Postleitzahl oder Ort des Innovationsortes ein.")
        },
    )


def _time_field(label) -> forms.TimeField:
    return forms.TimeField(
        label=label,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        input_formats=["%H:%M", "%H.%M", "%H"],
        error_messages={"invalid": _("Bitte eine Uhrzeit wie 14:30 eingeben.")},
    )


class InvitationAcceptForm(forms.Form):
    """The hours an expert can stay at a Sprechtag; whether they fit the day, the service says."""

    available_from = _time_field(_("Ich bin da von"))
    available_until = _time_field(_("bis"))


class ConsultationDayForm(WagtailAdminModelForm):
    """The coordinator's plan of a day; what makes a plan unworkable, the service says."""

    topics = forms.ModelMultipleChoiceField(
        label=_("gewünschte Themen"),
        queryset=Topic.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,  # "at least one" is the service's rule, with its message
    )

    def clean(self):
        cleaned = super().clean()
        day = self.instance
        errors = consultation_day_errors(
            day=day,
            date_=cleaned.get("date"),
            starts_at=cleaned.get("starts_at"),
            ends_at=cleaned.get("ends_at"),
            space=cleaned.get("space"),
            online=cleaned.get("online", False),
            topics=cleaned.get("topics") or (),
            slot_minutes=cleaned.get("slot_minutes") or DEFAULT_SLOT_MINUTES,
            break_starts_at=cleaned.get("break_starts_at"),
            break_ends_at=cleaned.get("break_ends_at"),
        )
        for field, message in errors.items():
            self.add_error(field if field in self.fields else None, message)
        return cleaned


class InviteForm(forms.Form):
    mentors = forms.TypedMultipleChoiceField(
        label=_("Einladen"),
        coerce=int,
        error_messages={"required": _("Bitte Expert:innen wählen.")},
    )

    def __init__(self, *args, choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mentors"].choices = choices
