"""What a mentor is: profession, base place, travel radius, capacity and verification status."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.models import StatusChange
from mentors.professions import profession_title_key
from privacy.registry import Erasure, personal_data
from vocabulary.choices import EndReason, Language


def _default_languages() -> list[str]:
    return [Language.DE.value]


@personal_data(
    owner="user",
    fields={
        "organisation": Erasure.BLANK,
        "profession_title": Erasure.BLANK,
        "bio": Erasure.BLANK,
        "photo": Erasure.DELETE_FILE,
        "chamber_membership": Erasure.BLANK,
        "rejection_reason": Erasure.BLANK,
        "paused_until": Erasure.NULL,
        # Kept for reporting (who helped where, in which field); not identifying on their own.
        "profession": Erasure.KEEP,
        "place": Erasure.KEEP,
        "travel_radius_km": Erasure.KEEP,
        "remote": Erasure.KEEP,
        "capacity": Erasure.KEEP,
        "languages": Erasure.KEEP,
        "status": Erasure.KEEP,
        "consent_version": Erasure.KEEP,
        "consented_at": Erasure.KEEP,
        "verified_at": Erasure.KEEP,
        "created_at": Erasure.KEEP,
        "updated_at": Erasure.KEEP,
    },
)
class Mentor(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wartet auf Prüfung")
        ACTIVE = "active", _("aktiv")
        REJECTED = "rejected", _("abgelehnt")
        RETIRED = "retired", _("beendet")

    class Profession(models.TextChoices):
        LAWYER = "lawyer", _("Rechtsanwält:in")
        TAX_ADVISER = "tax_adviser", _("Steuerberater:in")
        DESIGNER = "designer", _("Designer:in")
        ENTREPRENEUR = "entrepreneur", _("Unternehmer:in")
        FINANCE = "finance", _("Finanzierung/Bank")
        MARKETING = "marketing", _("Marketing")
        IT = "it", _("IT")
        OTHER = "other", _("Sonstiges")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        on_delete=models.CASCADE,
        related_name="mentor",
    )
    profession = models.CharField(_("Beruf"), max_length=20, choices=Profession.choices)
    # The person's own words ("Fachanwältin für Arbeitsrecht"); `profession` is the category
    # derived from it, which the legal rules read.
    profession_title = models.CharField(_("Berufsbezeichnung"), max_length=200, blank=True)
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    bio = models.TextField(_("Kurzvorstellung"), blank=True)
    topics = models.ManyToManyField(
        "vocabulary.Topic", verbose_name=_("Themen"), related_name="mentors", blank=True
    )
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("Standort"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    travel_radius_km = models.PositiveSmallIntegerField(
        _("Anfahrt bis (km)"), default=30, validators=[MaxValueValidator(300)]
    )
    remote = models.BooleanField(_("auch per Video oder Telefon"), default=True)
    capacity = models.PositiveSmallIntegerField(
        _("Gründer:innen gleichzeitig"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    paused_until = models.DateField(_("pausiert bis"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    # Any change to a profile moves this; matching reads it to know its cached profiles are stale.
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    languages = models.JSONField(_("Sprachen"), default=_default_languages, blank=True)
    photo = models.ImageField(_("Foto"), upload_to="mentors/photos/", blank=True)
    chamber_membership = models.CharField(
        _("Kammermitgliedschaft"),
        max_length=200,
        blank=True,
        help_text=_("Rechtsanwaltskammer oder Steuerberaterkammer und Mitgliedsnummer"),
    )
    consent_version = models.CharField(_("Einwilligung (Version)"), max_length=40, blank=True)
    consented_at = models.DateTimeField(_("Einwilligung am"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geprüft von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("geprüft am"), null=True, blank=True)
    rejection_reason = models.TextField(_("Grund der Ablehnung"), blank=True)

    class Meta:
        verbose_name = _("Expert:in")
        verbose_name_plural = _("Expert:innen")
        ordering = ["-created_at"]
        permissions = [("verify_mentor", _("Kann Expert:innen bestätigen oder ablehnen"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1, capacity__lte=10),
                name="mentor_capacity_1_to_10",
            )
        ]

    def __str__(self) -> str:
        return str(self.user)

    def is_paused(self, *, on: date | None = None) -> bool:
        """Paused up to and including `paused_until` (today by default)."""
        return self.paused_until is not None and self.paused_until >= (on or timezone.localdate())

    def state(self) -> str:
        """The status as people see it: an active mentor on a break is "paused"."""
        return PAUSED if self.status == Mentor.Status.ACTIVE and self.is_paused() else self.status

    @property
    def needs_chamber_membership(self) -> bool:
        return self.profession in CHAMBER_PROFESSIONS


# A pause is a status of its own here, so the history reads as people think of it.
PAUSED = "paused"
MENTOR_STATES = [*Mentor.Status.choices, (PAUSED, _("pausiert"))]


@personal_data(owner="by", fields={"by": Erasure.KEEP, "reason": Erasure.KEEP})
class MentorStatusChange(StatusChange):
    """Verified, rejected, paused (until when), back, retired — by whom and why."""

    mentor = models.ForeignKey(
        Mentor,
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(_("von"), max_length=20, choices=MENTOR_STATES)
    to_status = models.CharField(_("nach"), max_length=20, choices=MENTOR_STATES)
    paused_until = models.DateField(_("pausiert bis"), null=True, blank=True)
    reason = models.CharField(_("Grund"), max_length=20, choices=EndReason.choices, blank=True)

    class Meta(StatusChange.Meta):
        verbose_name = _("Statuswechsel einer Expert:in")
        verbose_name_plural = _("Statuswechsel der Expert:innen")


# Legal and tax advice are reserved to chamber members (§ 6 RDG, §§ 2–4 StBerG).
CHAMBER_PROFESSIONS = frozenset({Mentor.Profession.LAWYER, Mentor.Profession.TAX_ADVISER})


class ProfessionTitle(models.Model):
    """A job title as the region's lists write it, and the category it belongs to. Gendered and
    plural forms of a title are found without a row of their own (mentors.professions)."""

    title = models.CharField(_("Berufsbezeichnung"), max_length=200, unique=True)
    profession = models.CharField(
        _("Berufsgruppe"), max_length=20, choices=Mentor.Profession.choices
    )

    class Meta:
        verbose_name = _("Berufsbezeichnung")
        verbose_name_plural = _("Berufsbezeichnungen")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        key = profession_title_key(self.title)
        if not key:
            raise ValidationError({"title": _("Bitte eine Berufsbezeichnung angeben.")})
        for other in ProfessionTitle.objects.exclude(pk=self.pk):
            if profession_title_key(other.title) == key:
                raise ValidationError(
                    {
                        "title": _(
                            "Diese Bezeichnung ist schon als „%(other)s“ erfasst "
                            "(weibliche und Pluralformen gelten als dieselbe)."
                        )
                        % {"other": other.title}
                    }
                )
