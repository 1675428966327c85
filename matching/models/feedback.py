"""Short feedback from both sides some weeks after the introduction (coordinators only)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from matching.models.matches import Match
from privacy.registry import Erasure, personal_data


class Side(models.TextChoices):
    FOUNDER = "founder", _("Gründer:in")
    MENTOR = "mentor", _("Expert:in")


class Outcome(models.TextChoices):
    CONTINUE = "continue", _("Wir machen weiter.")
    FINISHED = "finished", _("Wir sind fertig.")


def side_owner(user) -> models.Q:
    """Answers a founder or a mentor gave about a match: each side owns its own."""
    return models.Q(side=Side.FOUNDER, match__help_request__founder__user=user) | models.Q(
        side=Side.MENTOR, match__mentor__user=user
    )


@personal_data(owner=side_owner, fields={"comment": Erasure.BLANK})
class Feedback(models.Model):
    match = models.ForeignKey(
        Match, verbose_name=_("Vermittlung"), on_delete=models.CASCADE, related_name="feedback"
    )
    side = models.CharField(_("von"), max_length=8, choices=Side.choices)
    met = models.BooleanField(_("Haben Sie sich getroffen?"))
    helpful = models.PositiveSmallIntegerField(
        _("Wie hilfreich war es? (1 = gar nicht, 5 = sehr)"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    outcome = models.CharField(_("Wie geht es weiter?"), max_length=8, choices=Outcome.choices)
    comment = models.TextField(_("Möchten Sie uns noch etwas sagen? (freiwillig)"), blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Rückmeldung")
        verbose_name_plural = _("Rückmeldungen")
        constraints = [
            models.UniqueConstraint(fields=["match", "side"], name="feedback_once_per_side"),
            models.CheckConstraint(
                condition=models.Q(helpful__gte=1, helpful__lte=5), name="feedback_helpful_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.match_id} ({self.side})"
