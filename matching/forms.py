"""Coordinator forms of matching."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ThresholdForm(forms.Form):
    percent = forms.IntegerField(
        label=_("Passung mindestens (%)"),
        min_value=1,
        max_value=100,
        initial=70,
        help_text=_("Alle offenen Vorschläge mit mindestens dieser Passung werden freigegeben."),
    )
