"""Forms of a Begleitung: the coordinator's start of one (in the admin), the founder's own step
and the day her business starts."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from founders.models import HelpRequest
from support.services import support_track_start_errors


class SupportTrackForm(WagtailAdminModelForm):
    """Starting: a confirmed request and the idea; what the service would refuse is said next
    to the field before anything is saved."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "help_request" in self.fields:
            self.fields["help_request"].required = True
            self.fields["help_request"].queryset = (
                HelpRequest.objects.filter(founder__isnull=False)
                .select_related("place")
                .order_by("-created_at")
            )

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            errors = support_track_start_errors(
                help_request=cleaned.get("help_request"), idea=cleaned.get("idea") or ""
            )
            for field, message in errors.items():
                self.add_error(field, message)
        return cleaned


class MilestoneAddForm(forms.Form):
    title = forms.CharField(label=_("Neuer Schritt"), max_length=120)
    due_on = forms.DateField(
        label=_("Bis wann? (freiwillig)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Bitte geben Sie ein Datum ein, z. B. 2027-03-01.")},
    )


class StartDateForm(forms.Form):
    started_on = forms.DateField(
        label=_("Ab wann läuft Ihr Geschäft?"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Ab diesem Tag rechnen wir die gesetzlichen Fristen, z. B. für das Finanzamt."),
        error_messages={"invalid": _("Bitte geben Sie ein Datum ein, z. B. 2027-03-01.")},
    )
