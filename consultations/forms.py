"""Forms of consultation days: the admin's Innovationsort (the place typed as people write it,
cleaned to the gazetteer) and Sprechtag, an expert's answer to an invitation, and a founder's
booking (spam-protected, no account)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from antispam.forms import SpamProtectedFormMixin
from consultations.bookings import TAKEN
from consultations.models import InnovationSpace
from consultations.models.days import DEFAULT_SLOT_MINUTES
from consultations.models.feedback import Again, Helpful
from consultations.services import consultation_day_errors
from vocabulary.consent import BOOKING_CONSENT, EXPERT_SHOWN_CONSENT
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
    shown_publicly = forms.BooleanField(label=EXPERT_SHOWN_CONSENT.text, required=False)


class ConsultationDayForm(WagtailAdminModelForm):
    """The coordinator's plan of a day; what makes a plan unworkable, the service says."""

    # A plain list: a region has a few dozen venues, and a chooser dialog is one step more.
    space = forms.ModelChoiceField(
        label=_("Innovationsort"),
        queryset=InnovationSpace.objects.select_related("place").order_by("name"),
        required=False,  # none when the day is online: the service explains which is needed
        empty_label=_("keiner (online)"),
    )

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


class BookingForm(SpamProtectedFormMixin, forms.Form):
    """A founder's booking: which conversation, on what, her question and how to reach her; on
    a full day, without the time, her entry on the waiting list."""

    antispam_form_key = "consultation_booking"

    slot = forms.TypedChoiceField(
        label=_("Termin"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie einen freien Termin."),
            # A time that was free when the page was shown and is taken now.
            "invalid_choice": TAKEN,
        },
    )
    topic = forms.ModelChoiceField(
        label=_("Thema"),
        queryset=Topic.objects.none(),
        empty_label=_("bitte wählen"),
        error_messages={"required": _("Bitte wählen Sie das Thema Ihres Gesprächs.")},
    )
    question = forms.CharField(
        label=_("Ihre Frage in ein, zwei Sätzen"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Damit sich die Expert:in vorbereiten kann. Sie sieht sie am Tag davor."),
        error_messages={"required": _("Bitte schreiben Sie kurz, worum es geht.")},
    )
    first_name = forms.CharField(label=_("Vorname"), max_length=80)
    last_name = forms.CharField(label=_("Nachname"), max_length=80)
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        help_text=_("Dorthin schicken wir den Link, mit dem Sie die Buchung bestätigen."),
    )
    phone = forms.CharField(label=_("Telefon (freiwillig)"), max_length=40, required=False)
    consent = forms.BooleanField(
        label=BOOKING_CONSENT.text,
        error_messages={"required": _("Ohne Ihre Einwilligung können wir nicht buchen.")},
    )

    def __init__(self, *args, slot_choices, topics, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if slot_choices:
            self.fields["slot"].choices = slot_choices
        else:  # a full day: the same form puts her on the waiting list
            del self.fields["slot"]
        self.fields["topic"].queryset = topics


class FeedbackForm(forms.Form):
    """The two questions after a Sprechtag, worded for the founder or for the expert."""

    QUESTIONS = {
        "founder": (
            _("Hat Ihnen das Gespräch geholfen?"),
            _("Würden Sie wieder zu einem Sprechtag kommen?"),
        ),
        "expert": (
            _("Waren die Gespräche aus Ihrer Sicht hilfreich?"),
            _("Würden Sie wieder bei einem Sprechtag mitmachen?"),
        ),
    }

    helpful = forms.ChoiceField(
        choices=Helpful.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie eine Antwort.")},
    )
    again = forms.ChoiceField(
        choices=Again.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie eine Antwort.")},
    )

    def __init__(self, *args, role: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["helpful"].label, self.fields["again"].label = self.QUESTIONS[role]


class DayCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund der Absage (freiwillig)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Steht in der Mail an alle, die gebucht oder zugesagt haben."),
    )
