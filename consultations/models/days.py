"""A Sprechtag: experts at one Innovationsort (or online) for an afternoon, and their answers to
the coordinator's invitation. What may change and when is decided in consultations.services."""

import datetime as dt
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data

DEFAULT_SLOT_MINUTES = 30


class ConsultationDay(models.Model):
    """One afternoon: its time window, where, the topics wanted and how slots are cut."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("in Planung")
        CONFIRMED = "confirmed", _("Besetzung bestätigt")
        CANCELLED = "cancelled", _("abgesagt")

    title = models.CharField(
        _("Titel"),
        max_length=120,
        help_text=_("Zum Beispiel: „Gründungssprechtag im Dorfbüro Gadebusch“."),
    )
    date = models.DateField(_("Datum"))
    starts_at = models.TimeField(_("Beginn"))
    ends_at = models.TimeField(_("Ende"))
    space = models.ForeignKey(
        "consultations.InnovationSpace",
        verbose_name=_("Innovationsort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="days",
    )
    online = models.BooleanField(
        _("online"), default=False, help_text=_("Die Gespräche finden per Video statt.")
    )
    topics = models.ManyToManyField(
        "vocabulary.Topic", verbose_name=_("gewünschte Themen"), related_name="+"
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("Länge eines Gesprächs (Minuten)"),
        default=DEFAULT_SLOT_MINUTES,
        validators=[MinValueValidator(15), MaxValueValidator(120)],
    )
    break_starts_at = models.TimeField(_("Pause von"), null=True, blank=True)
    break_ends_at = models.TimeField(_("Pause bis"), null=True, blank=True)
    note = models.TextField(
        _("Hinweis für Gründer:innen"),
        blank=True,
        help_text=_("Zum Beispiel: was mitzubringen ist, wo der Raum ist."),
    )
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geplant von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    reminded_at = models.DateTimeField(
        _("Erinnerungen verschickt am"),
        null=True,
        blank=True,
        help_text=_("Am Tag davor: Gründer:innen ihre Termine, Expert:innen ihren Ablauf."),
    )
    followed_up_at = models.DateTimeField(
        _("nachgefragt am"),
        null=True,
        blank=True,
        help_text=_("Am Tag danach: Gründer:innen, ob sie weitere Hilfe möchten."),
    )
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    cancel_reason = models.CharField(
        _("Grund der Absage"),
        max_length=300,
        blank=True,
        help_text=_("Steht in der Mail an alle, die gebucht haben oder zugesagt hatten."),
    )
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Sprechtag")
        verbose_name_plural = _("Sprechtage")
        ordering = ["date", "starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="day_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(online=True) | models.Q(space__isnull=False),
                name="day_has_a_venue_or_is_online",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d.%m.%Y})"

    @property
    def schedule_from(self) -> dt.date:  # not `date`: in here that is the field
        """From this day on the experts see who comes (name, topic, question): the day before."""
        return self.date - timedelta(days=1)

    def at(self, time) -> datetime:
        """A time of this day as an aware datetime in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.date, time))


def _invitation_owner(user) -> models.Q:
    return models.Q(mentor__user=user)


# The reasons describe the expert (how far she lives from the venue, which topics she covers).
@personal_data(owner=_invitation_owner, fields={"reasons": Erasure.NULL})
class ConsultationInvitation(models.Model):
    """An expert asked to a Sprechtag, and her answer: yes with the hours she can stay, or no."""

    class Status(models.TextChoices):
        INVITED = "invited", _("eingeladen")
        ACCEPTED = "accepted", _("zugesagt")
        DECLINED = "declined", _("abgesagt")
        WITHDRAWN = "withdrawn", _("zurückgezogen")

    day = models.ForeignKey(
        ConsultationDay,
        verbose_name=_("Sprechtag"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    mentor = models.ForeignKey(
        "mentors.Mentor",
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="consultation_invitations",
    )
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.INVITED
    )
    score = models.FloatField(_("Eignung"), default=0)
    reasons = models.JSONField(_("Gründe"), default=list, blank=True, null=True)
    shown_publicly = models.BooleanField(
        _("öffentlich genannt"),
        default=False,
        help_text=_(
            "Die Expert:in ist einverstanden, dass Vorname, Beruf und Themen auf der "
            "Seite des Sprechtags stehen."
        ),
    )
    available_from = models.TimeField(_("da von"), null=True, blank=True)
    available_until = models.TimeField(_("da bis"), null=True, blank=True)
    invited_at = models.DateTimeField(_("eingeladen am"), default=timezone.now)
    answered_at = models.DateTimeField(_("geantwortet am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Einladung zum Sprechtag")
        verbose_name_plural = _("Einladungen zum Sprechtag")
        ordering = ["day", "-score"]
        constraints = [
            models.UniqueConstraint(fields=["day", "mentor"], name="one_invitation_per_expert")
        ]

    def __str__(self) -> str:
        return f"{self.mentor} – {self.day}"


class ConsultationSlot(models.Model):
    """One conversation of one expert at a confirmed Sprechtag."""

    day = models.ForeignKey(
        ConsultationDay, verbose_name=_("Sprechtag"), on_delete=models.CASCADE, related_name="slots"
    )
    invitation = models.ForeignKey(
        ConsultationInvitation,
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="slots",
    )
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))

    class Meta:
        verbose_name = _("Gesprächstermin")
        verbose_name_plural = _("Gesprächstermine")
        ordering = ["starts_at", "invitation"]
        constraints = [
            models.UniqueConstraint(fields=["invitation", "starts_at"], name="one_slot_per_start")
        ]

    def __str__(self) -> str:
        return f"{timezone.localtime(self.starts_at):%H:%M} {self.invitation.mentor}"
