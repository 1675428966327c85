"""Coordinator forms of matching."""

from datetime import datetime, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from matching.models.checkins import CheckInAnswer, CloseReason
from matching.models.feedback import Outcome
from matching.models.matches import DeclineReason


class ThresholdForm(forms.Form):
    percent = forms.IntegerField(
        label=_("Passung mindestens (%)"),
        min_value=1,
        max_value=100,
        initial=70,
        help_text=_("Alle offenen Vorschläge mit mindestens dieser Passung werden freigegeben."),
    )


class AcceptForm(forms.Form):
    """Saying yes, optionally with a first meeting both get as a calendar entry."""

    meeting_date = forms.DateField(
        label=_("Datum"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    meeting_time = forms.TimeField(
        label=_("Uhrzeit"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    meeting_where = forms.CharField(
        label=_("Wo oder wie? (z. B. Adresse, Telefon oder Video)"),
        required=False,
        max_length=200,
    )

    def clean(self):
        data = super().clean()
        day, time = data.get("meeting_date"), data.get("meeting_time")
        if bool(day) != bool(time) and not self.errors:
            missing = "meeting_time" if day else "meeting_date"
            self.add_error(
                missing, _("Bitte geben Sie Datum und Uhrzeit an – oder keins von beiden.")
            )
        data["first_meeting_at"] = None
        if day and time:
            at = timezone.make_aware(datetime.combine(day, time))
            if at <= timezone.now():
                self.add_error("meeting_date", _("Das Treffen muss in der Zukunft liegen."))
            elif at > timezone.now() + timedelta(days=365):
                self.add_error("meeting_date", _("Bitte wählen Sie einen Termin im nächsten Jahr."))
            data["first_meeting_at"] = at
        return data


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Warum passt es nicht?"), choices=DeclineReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Möchten Sie noch etwas sagen? (freiwillig)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FeedbackForm(forms.Form):
    met = forms.TypedChoiceField(
        label=_("Haben Sie sich getroffen?"),
        choices=[("yes", _("ja")), ("no", _("nein"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    helpful = forms.TypedChoiceField(
        label=_("Wie hilfreich war es? (1 = gar nicht, 5 = sehr)"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    outcome = forms.ChoiceField(
        label=_("Wie geht es weiter?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=_("Möchten Sie uns noch etwas sagen? (freiwillig)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CheckInForm(forms.Form):
    """ "Läuft es?" — and when it has ended, why (the close-out reason)."""

    answer = forms.ChoiceField(
        label=_("Läuft es?"), choices=CheckInAnswer.choices, widget=forms.RadioSelect
    )
    close_reason = forms.ChoiceField(
        label=_("Wenn sie beendet ist: Warum?"),
        choices=CloseReason.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Möchten Sie uns noch etwas sagen? (freiwillig)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("answer") == CheckInAnswer.ENDED and not data.get("close_reason"):
            self.add_error(
                "close_reason", _("Bitte sagen Sie uns kurz, warum die Begleitung beendet ist.")
            )
        return data


class EndForm(forms.Form):
    """Ending a mentoring early, by either side or a coordinator."""

    note = forms.CharField(
        label=_("Möchten Sie uns sagen, warum?"),
        help_text=_("Freiwillig. Nur unsere Koordination liest das, nicht die andere Seite."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CoordinatorEndForm(EndForm):
    note = forms.CharField(
        label=_("Grund"),
        help_text=_("Steht im Verlauf der Vermittlung; beide Seiten sehen ihn nicht."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
