"""A match between one help request and one mentor, from proposal to completion."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data


def match_owner(user) -> models.Q:
    """Rows about a match belong to both its founder and its mentor."""
    return models.Q(help_request__founder__user=user) | models.Q(mentor__user=user)


class DeclineReason(models.TextChoices):
    NO_TIME = "no_time", _("keine Zeit")
    NOT_MY_TOPIC = "topic", _("nicht mein Thema")
    TOO_FAR = "too_far", _("zu weit weg")
    CONFLICT = "conflict", _("Interessenkonflikt")
    OTHER = "other", _("anderer Grund")


# Reasons may name words from the founder's description ("gemeinsame Begriffe: …").
@personal_data(owner=match_owner, fields={"reasons": Erasure.NULL})
class Match(models.Model):
    """The lifecycle of ../shared/DESIGN.md; a proposal is a match in its first state."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("vorgeschlagen")
        APPROVED = "approved", _("freigegeben")
        OFFERED = "offered", _("angeboten")
        ACCEPTED = "accepted", _("angenommen")
        INTRODUCED = "introduced", _("vorgestellt")
        ACTIVE = "active", _("läuft")
        COMPLETED = "completed", _("abgeschlossen")
        REJECTED = "rejected", _("verworfen")
        DECLINED = "declined", _("abgelehnt")
        EXPIRED = "expired", _("abgelaufen")
        CANCELLED = "cancelled", _("abgebrochen")

    help_request = models.ForeignKey(
        "founders.HelpRequest",
        verbose_name=_("Anfrage"),
        on_delete=models.CASCADE,
        related_name="matches",
    )
    mentor = models.ForeignKey(
        "mentors.Mentor",
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="matches",
    )
    run = models.ForeignKey(
        "matching.MatchingRun",
        verbose_name=_("Lauf"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    score = models.FloatField(_("Punktzahl"))
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)
    feedback_requested_at = models.DateTimeField(
        _("um Rückmeldung gebeten am"), null=True, blank=True
    )
    decline_reason = models.CharField(
        _("Grund der Absage"), max_length=12, choices=DeclineReason.choices, blank=True
    )
    # Proposed by the mentor on accepting; both get it as a calendar file with the introduction.
    first_meeting_at = models.DateTimeField(_("erstes Treffen am"), null=True, blank=True)
    first_meeting_where = models.CharField(_("erstes Treffen wo"), max_length=200, blank=True)
    parts = models.JSONField(_("Teilwerte"), default=dict, blank=True)
    reasons = models.JSONField(_("Gründe"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Vermittlung")
        verbose_name_plural = _("Vermittlungen")
        ordering = ["-created_at"]
        constraints = [
            # However runs and coordinators race, a request has at most one live match.
            models.UniqueConstraint(
                fields=["help_request"],
                condition=models.Q(
                    status__in=[
                        "proposed",
                        "approved",
                        "offered",
                        "accepted",
                        "introduced",
                        "active",
                    ]
                ),
                name="match_one_live_per_request",
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=0, score__lte=1), name="match_score_0_to_1"
            ),
        ]
        indexes = [models.Index(fields=["status"], name="match_status_idx")]
        permissions = [("review_match", _("Kann Vorschläge freigeben, verwerfen und umlenken"))]

    def __str__(self) -> str:
        return f"{_('Vermittlung')} {self.pk}"


# Still open: the request cannot be matched again while one of these exists.
LIVE = frozenset(
    {
        Match.Status.PROPOSED,
        Match.Status.APPROVED,
        Match.Status.OFFERED,
        Match.Status.ACCEPTED,
        Match.Status.INTRODUCED,
        Match.Status.ACTIVE,
    }
)
# The mentor works with the founder: these use up the mentor's capacity.
ENGAGED = frozenset({Match.Status.ACCEPTED, Match.Status.INTRODUCED, Match.Status.ACTIVE})
# The mentor said no, a coordinator did, or the pair ended early: never suggest it again.
EXCLUDING = frozenset(
    {
        Match.Status.REJECTED,
        Match.Status.DECLINED,
        Match.Status.EXPIRED,
        Match.Status.CANCELLED,
    }
)
