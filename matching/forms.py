"""Coordinator forms of matching."""

from django import forms
from django.utils.translation import gettext_lazy as _

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
