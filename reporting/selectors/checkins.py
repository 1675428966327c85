"""What "Läuft es?" tells funders: per round, how many said it runs, is stuck or has ended,
and why mentorings ended. Counts only, never a word a person wrote."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q

from matching.models import CheckIn
from matching.models.checkins import CheckInAnswer, CloseReason
from reporting.periods import Period
from reporting.selectors.figures import requests_in
from vocabulary.models import ServiceArea


@dataclass(frozen=True)
class CheckInRound:
    day: int
    running: int
    stuck: int
    ended: int
    unanswered: int


@dataclass(frozen=True)
class CheckInFigures:
    rounds: list[CheckInRound]
    close_reasons: list[tuple[str, int]]  # (label, count) for every reason, none left out


def checkin_figures(*, period: Period, area: ServiceArea | None) -> CheckInFigures:
    """The questions asked in the period (both sides each count), in two queries."""
    asked = CheckIn.objects.filter(
        asked_at__gte=period.start,
        asked_at__lt=period.end,
        match__help_request__in=requests_in(area),
    )
    by_round = {
        row["day"]: row
        for row in asked.values("day").annotate(
            running=Count("pk", filter=Q(answer=CheckInAnswer.RUNNING)),
            stuck=Count("pk", filter=Q(answer=CheckInAnswer.STUCK)),
            ended=Count("pk", filter=Q(answer=CheckInAnswer.ENDED)),
            unanswered=Count("pk", filter=Q(answered_at__isnull=True)),
        )
    }
    empty = {"running": 0, "stuck": 0, "ended": 0, "unanswered": 0}
    days = sorted({*settings.MATCHING_CHECKIN_DAYS, *by_round})
    rounds = [
        CheckInRound(day=day, **{key: by_round.get(day, empty)[key] for key in empty})
        for day in days
    ]
    reasons = dict(
        asked.filter(answer=CheckInAnswer.ENDED).values_list("close_reason").annotate(n=Count("pk"))
    )
    return CheckInFigures(
        rounds=rounds,
        close_reasons=[(str(reason.label), reasons.get(reason.value, 0)) for reason in CloseReason],
    )
