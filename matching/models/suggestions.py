"""The top suggestions for one request, stored when it is confirmed, for the coordinators' lists."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from matching.models.matches import match_owner
from privacy.registry import Erasure, personal_data


@personal_data(owner=match_owner, fields={"reasons": Erasure.NULL})
class Suggestion(models.Model):
    help_request = models.ForeignKey(
        "founders.HelpRequest",
        verbose_name=_("Anfrage"),
        on_delete=models.CASCADE,
        related_name="suggestions",
    )
    mentor = models.ForeignKey(
        "mentors.Mentor",
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="suggestions",
    )
    rank = models.PositiveSmallIntegerField(_("Rang"))
    score = models.FloatField(_("Punktzahl"))
    parts = models.JSONField(_("Teilwerte"), default=dict, blank=True)
    reasons = models.JSONField(_("Gründe"), null=True, blank=True)
    computed_at = models.DateTimeField(_("berechnet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Vorschlag")
        verbose_name_plural = _("Vorschläge")
        ordering = ["help_request", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["help_request", "rank"], name="suggestion_unique_rank"),
            models.UniqueConstraint(
                fields=["help_request", "mentor"], name="suggestion_unique_mentor"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.help_request_id} → {self.mentor_id} ({self.rank})"
