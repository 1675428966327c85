""" "Läuft es?": both sides are asked 30 and 90 days after the introduction how their mentoring
goes; an answer "it is stuck" puts it in the coordinators' queue, "it has ended" closes it with
the reason why."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from matching.models.feedback import Side, side_owner
from matching.models.matches import Match
from privacy.registry import Erasure, personal_data


class CheckInAnswer(models.TextChoices):
    RUNNING = "running", _("Ja, es läuft.")
    STUCK = "stuck", _("Es hakt: Wir kommen nicht richtig zusammen.")
    ENDED = "ended", _("Die Begleitung ist beendet.")


class CloseReason(models.TextChoices):
    """Why a mentoring ended, in the words of the side that says so."""

    SOLVED = "solved", _("Die Fragen sind geklärt.")
    PLANS_CHANGED = "plans_changed", _("Die Gründung ist verschoben oder abgesagt.")
    NOT_A_FIT = "not_a_fit", _("Es hat nicht gepasst.")
    NO_TIME = "no_time", _("Es fehlte die Zeit.")
    OTHER = "other", _("Ein anderer Grund.")


@personal_data(owner=side_owner, fields={"note": Erasure.BLANK})
class CheckIn(models.Model):
    match = models.ForeignKey(
        Match, verbose_name=_("Vermittlung"), on_delete=models.CASCADE, related_name="checkins"
    )
    side = models.CharField(_("an"), max_length=8, choices=Side.choices)
    day = models.PositiveSmallIntegerField(_("Tage nach der Vorstellung"))
    asked_at = models.DateTimeField(_("gefragt am"))
    answer = models.CharField(
        _("Läuft es?"), max_length=8, choices=CheckInAnswer.choices, blank=True
    )
    close_reason = models.CharField(
        _("Warum ist sie beendet?"), max_length=16, choices=CloseReason.choices, blank=True
    )
    note = models.TextField(_("Möchten Sie uns noch etwas sagen?"), blank=True)
    answered_at = models.DateTimeField(_("beantwortet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Nachfrage „Läuft es?“")
        verbose_name_plural = _("Nachfragen „Läuft es?“")
        ordering = ["asked_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["match", "side", "day"], name="checkin_once"),
            models.CheckConstraint(
                condition=models.Q(answer="ended") | models.Q(close_reason=""),
                name="checkin_close_reason_only_when_ended",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.match_id} ({self.side}, {self.day})"
