"""Mentor forms: registration ("Expert:in werden"), profile edit, capacity and pause."""

from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from antispam.forms import SpamProtectedFormMixin
from mentors.models import CHAMBER_PROFESSIONS, Mentor
from mentors.photos import photo_normalise
from vocabulary.choices import Language
from vocabulary.consent import MENTOR_CONSENT
from vocabulary.forms import PlaceField
from vocabulary.models import Topic

BIO_MIN_LENGTH = 80


CHAMBER_MEMBERSHIP_MISSING = _(
    "Rechtsanwält:innen und Steuerberater:innen geben bitte ihre Kammer und "
    "Mitgliedsnummer an. Koordinator:innen prüfen sie."
)


class MentorProfileFieldsForm(forms.Form):
    """The profile fields shared by registration and the mentor's own profile edit."""

    chamber_membership = forms.CharField(
        label=_("Kammermitgliedschaft"),
        max_length=200,
        required=False,
        help_text=_(
            "Nur für Rechtsanwält:innen und Steuerberater:innen: Kammer und Mitgliedsnummer, "
            "zum Beispiel „Rechtsanwaltskammer Schleswig-Holstein, 12345“."
        ),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Themen"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens ein Thema.")},
    )
    bio = forms.CharField(
        label=_("Kurzvorstellung"),
        min_length=BIO_MIN_LENGTH,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Mindestens 80 Zeichen: Wer sind Sie, wobei können Sie helfen?"),
    )
    place = PlaceField(label=_("Ihr Standort (PLZ oder Ort)"))
    travel_radius_km = forms.IntegerField(
        label=_("Anfahrt bis (km)"), min_value=0, max_value=150, initial=30
    )
    remote = forms.BooleanField(
        label=_("Beratung auch per Video oder Telefon"), required=False, initial=True
    )
    languages = forms.MultipleChoiceField(
        label=_("Sprachen"),
        choices=Language.choices,
        initial=[Language.DE.value],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens eine Sprache.")},
    )
    photo = forms.FileField(
        label=_("Foto (freiwillig)"),
        required=False,
        help_text=_("JPEG, PNG oder WebP, höchstens 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def chamber_profession(self) -> str | None:
        """The profession the chamber check applies to: the one chosen in the form (the edit
        form, which has no profession field, uses the verified one)."""
        return self.cleaned_data.get("profession")

    def clean_photo(self):
        # A new upload is decoded and re-encoded; anything else (nothing, the current file)
        # is None, meaning "no new photo".
        upload = self.cleaned_data.get("photo")
        return photo_normalise(upload=upload) if isinstance(upload, UploadedFile) else None

    def clean(self):
        cleaned = super().clean()
        if (
            self.chamber_profession() in CHAMBER_PROFESSIONS
            and not cleaned.get("chamber_membership", "").strip()
        ):
            self.add_error("chamber_membership", CHAMBER_MEMBERSHIP_MISSING)
        return cleaned


class MentorRegistrationForm(SpamProtectedFormMixin, MentorProfileFieldsForm):
    antispam_form_key = "mentor_register"
    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "profession",
        "chamber_membership",
        "organisation",
        "topics",
        "bio",
        "place",
        "travel_radius_km",
        "remote",
        "languages",
        "capacity",
        "photo",
        "consent",
    ]

    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)
    email = forms.EmailField(label=_("E-Mail-Adresse"))
    password1 = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Mindestens 10 Zeichen, nicht nur Ziffern."),
    )
    password2 = forms.CharField(
        label=_("Passwort wiederholen"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    profession = forms.ChoiceField(
        label=_("Beruf"), choices=Mentor.Profession.choices, widget=forms.RadioSelect
    )
    capacity = forms.IntegerField(
        label=_("Wie viele Gründer:innen können Sie gleichzeitig begleiten?"),
        min_value=1,
        max_value=10,
        initial=2,
    )
    consent = forms.BooleanField(
        label=MENTOR_CONSENT.text,
        error_messages={"required": _("Bitte stimmen Sie zu, damit wir Ihr Profil speichern.")},
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("Die beiden Passwörter stimmen nicht überein."))
        elif password1:
            try:
                password_validation.validate_password(
                    password1,
                    user=User(
                        email=cleaned.get("email", ""),
                        first_name=cleaned.get("first_name", ""),
                        last_name=cleaned.get("last_name", ""),
                    ),
                )
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class MentorProfileForm(MentorProfileFieldsForm):
    """The logged-in mentor edits their own profile; profession, account and consent stay."""

    field_order = [
        "chamber_membership",
        "organisation",
        "topics",
        "bio",
        "place",
        "travel_radius_km",
        "remote",
        "languages",
        "photo",
    ]

    def __init__(self, *args, mentor: Mentor, **kwargs) -> None:
        kwargs.setdefault(
            "initial",
            {
                "chamber_membership": mentor.chamber_membership,
                "organisation": mentor.organisation,
                "topics": list(mentor.topics.all()),
                "bio": mentor.bio,
                "place": mentor.place,
                "travel_radius_km": mentor.travel_radius_km,
                "remote": mentor.remote,
                "languages": list(mentor.languages or []),
                "photo": mentor.photo or None,
            },
        )
        super().__init__(*args, **kwargs)
        self.mentor = mentor
        if not mentor.needs_chamber_membership:
            del self.fields["chamber_membership"]

    def chamber_profession(self) -> str | None:
        return self.mentor.profession

    def clean_photo(self):
        # The "remove" box of the file input: False means "delete the current photo".
        if self.cleaned_data.get("photo") is False:
            return False
        return super().clean_photo()


class MentorCapacityForm(forms.Form):
    capacity = forms.IntegerField(
        label=_("Gründer:innen gleichzeitig"),
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        min_value=1,
        max_value=10,
    )


class MentorPauseForm(forms.Form):
    paused_until = forms.DateField(
        label=_("Pausieren bis einschließlich"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leer lassen, um die Pause zu beenden."),
    )

    def clean_paused_until(self):
        until = self.cleaned_data.get("paused_until")
        if until is not None and until < timezone.localdate():
            raise ValidationError(_("Bitte wählen Sie ein Datum ab heute."))
        return until


class MentorRejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund der Ablehnung (geht per E-Mail an die Person)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
