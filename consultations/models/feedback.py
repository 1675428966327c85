"""The two questions after a Sprechtag: a founder answers them for her conversation, an expert
for her afternoon. Answers on a scale only, so funders' reporting can show them as they are."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Helpful(models.TextChoices):
    VERY = "very", _("sehr")
    SOMEWHAT = "somewhat", _("etwas")
    NOT = "not", _("nicht")


class Again(models.TextChoices):
    YES = "yes", _("ja")
    MAYBE = "maybe", _("vielleicht")
    NO = "no", _("nein")


class ConsultationFeedback(models.Model):
    """One answer per conversation (the founder's) or per expert and day (the expert's)."""

    class Role(models.TextChoices):
        FOUNDER = "founder", _("Gründer:in")
        EXPERT = "expert", _("Expert:in")

    day = models.ForeignKey(
        "consultations.ConsultationDay",
        verbose_name=_("Sprechtag"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    role = models.CharField(_("von"), max_length=10, choices=Role.choices)
    booking = models.OneToOneField(
        "consultations.ConsultationBooking",
        verbose_name=_("Buchung"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    invitation = models.OneToOneField(
        "consultations.ConsultationInvitation",
        verbose_name=_("Einladung"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    helpful = models.CharField(_("hilfreich"), max_length=10, choices=Helpful.choices)
    again = models.CharField(_("wieder"), max_length=10, choices=Again.choices)
    given_at = models.DateTimeField(_("am"), default=timezone.now)

    class Meta:
        verbose_name = _("Rückmeldung zum Sprechtag")
        verbose_name_plural = _("Rückmeldungen zum Sprechtag")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(role="founder", booking__isnull=False, invitation__isnull=True)
                    | models.Q(role="expert", invitation__isnull=False, booking__isnull=True)
                ),
                name="feedback_from_one_side",
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.get_role_display()}: {self.get_helpful_display()} / {self.get_again_display()}"
        )
