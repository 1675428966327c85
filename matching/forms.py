"""Coordinator forms of matching."""

from django import forms
from django.utils.translation import gettext_lazy as _

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
