"""Mentorings that stalled: introduced weeks ago and never met, the founder said they did not
meet, or a "Läuft es?" answer says it is stuck. Coordinators see them in one queue and send
the request to another expert."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from founders.services import help_request_reopen
from matching.checkins import matches_stuck
from matching.lifecycle import S, match_cancel, with_entered_at
from matching.models import Match
from matching.models.feedback import Side
from vocabulary.choices import EndReason


@dataclass(frozen=True)
class Stalled:
    match: Match
    introduced_at: datetime
    why: str  # "never_met", "founder_says_not_met" or "checkin_stuck"


def matches_stalled(*, now: datetime | None = None) -> list[Stalled]:
    """Oldest first: the founder has waited longest."""
    now = now or timezone.now()
    running = with_entered_at(
        Match.objects.filter(status__in=[S.INTRODUCED, S.ACTIVE]), S.INTRODUCED
    ).select_related("help_request__place", "mentor__user")
    quiet_since = now - timedelta(days=settings.MATCHING_STALLED_DAYS)
    not_met = set(
        Match.objects.filter(feedback__side=Side.FOUNDER, feedback__met=False).values_list(
            "pk", flat=True
        )
    )
    stuck = matches_stuck()
    found = []
    for match in running.order_by("entered_at", "pk"):
        if match.pk in stuck:
            found.append(Stalled(match, match.entered_at, "checkin_stuck"))
        elif match.pk in not_met:
            found.append(Stalled(match, match.entered_at, "founder_says_not_met"))
        elif match.status == S.INTRODUCED and match.entered_at < quiet_since:
            found.append(Stalled(match, match.entered_at, "never_met"))
    return found


@transaction.atomic
def match_rematch(*, match: Match, by: User) -> Match:
    """End a stalled mentoring and look for another expert at once (this one excluded); both
    sides are told, the founder that we are already searching."""
    cancelled = match_cancel(match=match, by=by, reason=EndReason.REMATCH)
    help_request_reopen(help_request=cancelled.help_request, by=by)
    return cancelled
