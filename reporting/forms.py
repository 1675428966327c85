"""The report's filter: a range of months and, optionally, one district (sent by GET)."""

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from reporting.periods import MAX_MONTHS, Period, period_default
from vocabulary.models import ServiceArea

MONTH_FORMAT = "%Y-%m"


def _month_field(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        input_formats=[MONTH_FORMAT],
        widget=forms.DateInput(attrs={"type": "month"}, format=MONTH_FORMAT),
        help_text=_("Monat im Format JJJJ-MM, zum Beispiel 2026-01"),
        error_messages={"invalid": _("Bitte den Monat als JJJJ-MM angeben, z. B. 2026-01.")},
    )


class ReportFilterForm(forms.Form):
    first = _month_field(_("Von (Monat)"))
    last = _month_field(_("Bis (Monat)"))
    area = forms.ModelChoiceField(
        label=_("Kreis"),
        queryset=ServiceArea.objects.all(),
        required=False,
        empty_label=_("alle Kreise"),
    )

    def __init__(self, data=None, *, today: date | None = None) -> None:
        self.default = period_default(today=today)
        initial = {
            "first": self.default.first.strftime(MONTH_FORMAT),
            "last": self.default.last.strftime(MONTH_FORMAT),
        }
        if data:
            # A month left empty means the default one: show it in the field as well.
            data = data.copy()
            for key, value in initial.items():
                if not data.get(key):
                    data[key] = value
        super().__init__(data or None, initial=initial)

    def clean(self):
        cleaned = super().clean()
        first = cleaned.get("first") or self.default.first
        last = cleaned.get("last") or self.default.last
        if first > last:
            raise forms.ValidationError(_("„Von“ darf nicht nach „Bis“ liegen."))
        if len(Period(first=first, last=last).months) > MAX_MONTHS:
            raise forms.ValidationError(
                _("Bitte höchstens %(months)d Monate auf einmal.") % {"months": MAX_MONTHS}
            )
        return cleaned

    def selection(self) -> tuple[Period, ServiceArea | None]:
        """What to report on: the valid choice, or the default for what is missing or wrong."""
        if not self.is_bound or not self.is_valid():
            return self.default, None
        data = self.cleaned_data
        period = Period(
            first=data["first"] or self.default.first, last=data["last"] or self.default.last
        )
        return period, data["area"]
