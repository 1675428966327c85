"""Forms of a Begleitung: the coordinator's start and end of one (in the admin), the founder's own
step and the day her business starts, a meeting noted afterwards, an expert's hand-over."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from founders.models import HelpRequest
from support.models import SupportTrack, TrackExpert
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
            # Whom and where, as the coordinator knows the request.
            self.fields["help_request"].label_from_instance = lambda r: (
                f"{r.first_name} {r.last_name} · {r.place} · {r}"
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


class SessionForm(forms.Form):
    """A meeting, noted afterwards; `roles` (founder's form) lets her say with whom."""

    role = forms.TypedChoiceField(label=_("Mit wem?"), coerce=int, required=False)
    held_on = forms.DateField(
        label=_("Tag des Treffens"),
        initial=timezone.localdate,  # most notes are written the same day
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Bitte geben Sie ein Datum ein, z. B. 2027-03-01."),
            "required": _("Bitte geben Sie den Tag des Treffens an."),
        },
    )
    minutes = forms.IntegerField(
        label=_("Wie lange? (Minuten)"),
        error_messages={
            "invalid": _("Bitte eine ganze Zahl von Minuten, z. B. 45."),
            "required": _("Bitte geben Sie an, wie lange das Treffen dauerte."),
        },
    )
    discussed = forms.CharField(
        label=_("Was haben Sie besprochen?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Bitte schreiben Sie kurz, was besprochen wurde.")},
    )
    next_steps = forms.CharField(
        label=_("Wie geht es weiter? (freiwillig)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, roles: list[TrackExpert] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.roles = {role.pk: role for role in roles or ()}
        if roles is None:  # an expert's own form: the meeting was with her
            del self.fields["role"]
        else:
            choices = [(role.pk, role.mentor.user.get_full_name()) for role in roles]
            self.fields["role"].choices = [("", _("ohne Expert:in")), *choices]

    def clean_role(self) -> TrackExpert | None:
        return self.roles.get(self.cleaned_data["role"])


class HandOverForm(forms.Form):
    mentor = forms.TypedChoiceField(
        label=_("An wen übergeben Sie?"),
        coerce=int,
        error_messages={"required": _("Bitte wählen Sie eine Kollegin oder einen Kollegen.")},
    )
    note = forms.CharField(
        label=_("Was muss sie oder er wissen?"),
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Bitte schreiben Sie Ihrer Kollegin, was sie wissen muss.")},
    )

    def __init__(self, *args, colleagues: list[tuple[int, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mentor"].choices = [("", "—"), *colleagues]


class TrackEndForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Wie endet die Begleitung?"),
        choices=SupportTrack.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie ein Ergebnis.")},
    )
    founded_on = forms.DateField(
        label=_("Gegründet am"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Nur wenn gegründet wurde: der Tag der Gewerbeanmeldung oder des Starts."),
        error_messages={"invalid": _("Bitte geben Sie ein Datum ein, z. B. 2027-03-01.")},
    )
