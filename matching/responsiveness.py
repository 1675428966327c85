"""How a mentor answers offers: the reminder and the expiry of an unanswered offer, her
record for coordinators, and a friendly pause for one who lets two offers in a row go
unanswered — the most common complaint about mentoring services is experts who go silent,
and a founder should not wait a week for each of them."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from matching.lifecycle import (
    MatchStateError,
    S,
    match_expire,
    match_mark_once,
    with_entered_at,
)
from matching.mails import offer_mail_enqueue, paused_for_silence_mail_enqueue
from matching.models import Match, MatchTransition
from mentors.models import Mentor
from mentors.services import mentor_pause

# How an offer that reached the mentor ended: her answer, or her silence.
OFFER_ENDS = (S.ACCEPTED, S.DECLINED, S.EXPIRED)
SILENT_IN_A_ROW = 2


@dataclass(frozen=True)
class ResponseRecord:
    offers: int
    answered: int
    expired: int
    median_days_to_answer: float | None
    last_activity: datetime | None


def mentor_response_record(*, mentor: Mentor) -> ResponseRecord:
    """What a coordinator wants to know before counting on a mentor."""
    steps = list(
        MatchTransition.objects.filter(match__mentor=mentor, from_status=S.OFFERED)
        .filter(to_status__in=OFFER_ENDS)
        .values_list("match_id", "to_status", "at")
    )
    offered_at = dict(
        MatchTransition.objects.filter(match__mentor=mentor, to_status=S.OFFERED)
        .values("match_id")
        .annotate(at=Max("at"))
        .values_list("match_id", "at")
    )
    answered = [(match_id, at) for match_id, to, at in steps if to != S.EXPIRED]
    # A match made offered by hand (an import, a test) has no time it was offered.
    answers = [at - offered_at[m] for m, at in answered if m in offered_at]
    last = MatchTransition.objects.filter(by=mentor.user).aggregate(at=Max("at"))["at"]
    return ResponseRecord(
        offers=len(set(offered_at) | {match_id for match_id, _to, _at in steps}),
        answered=len(answered),
        expired=sum(1 for _match, to, _at in steps if to == S.EXPIRED),
        median_days_to_answer=round(median(a.total_seconds() for a in answers) / 86400, 1)
        if answers
        else None,
        last_activity=last,
    )


def offers_remind_and_expire(*, now: datetime | None = None) -> tuple[int, int]:
    """Unanswered offers: a reminder after MATCHING_OFFER_REMINDER_DAYS, and after
    MATCHING_OFFER_EXPIRY_DAYS they expire and the request goes back to matching."""
    now = now or timezone.now()
    offers = with_entered_at(Match.objects.filter(status=S.OFFERED), S.OFFERED)
    expire_before = now - timedelta(days=settings.MATCHING_OFFER_EXPIRY_DAYS)
    expired = 0
    for match in offers.filter(entered_at__lt=expire_before):
        try:
            match_expire(match=match)
            expired += 1
        except MatchStateError:
            pass  # answered in the meantime
    remind_before = now - timedelta(days=settings.MATCHING_OFFER_REMINDER_DAYS)
    reminded = 0
    for match in offers.filter(
        status=S.OFFERED, entered_at__lt=remind_before, reminded_at__isnull=True
    ):
        with transaction.atomic():
            if match_mark_once(match=match, field="reminded_at", at=now, statuses={S.OFFERED}):
                offer_mail_enqueue(match=match, reminder=True)
                reminded += 1
    return reminded, expired


def offers_chase(*, now: datetime | None = None) -> tuple[int, int, int]:
    """The hourly look at unanswered offers: remind, expire, and pause who went silent.
    Returns (reminded, expired, paused)."""
    now = now or timezone.now()
    reminded, expired = offers_remind_and_expire(now=now)
    return reminded, expired, silent_mentors_pause(now=now)


def silent_mentors_pause(*, now: datetime) -> int:
    """A mentor whose last two offers since she last touched her profile both expired is
    paused for a while, told kindly, and given a one-click way back."""
    recently = MatchTransition.objects.filter(
        to_status=S.EXPIRED, at__gte=now - timedelta(days=settings.MATCHING_OFFER_EXPIRY_DAYS)
    )
    paused = 0
    candidates = Mentor.objects.filter(
        status=Mentor.Status.ACTIVE, matches__transitions__in=recently
    ).distinct()
    for mentor in candidates:
        if mentor.is_paused() or not _went_silent(mentor):
            continue
        with transaction.atomic():
            until = timezone.localdate() + timedelta(days=settings.MATCHING_SILENT_PAUSE_DAYS)
            paused_mentor = mentor_pause(mentor=mentor, until=until, by=None)
            paused_for_silence_mail_enqueue(mentor=paused_mentor)
        paused += 1
    return paused


def _went_silent(mentor: Mentor) -> bool:
    # Only since her profile last changed: "I'm back" (or any edit) starts the count afresh.
    last = MatchTransition.objects.filter(
        match__mentor=mentor,
        from_status=S.OFFERED,
        to_status__in=OFFER_ENDS,
        at__gt=mentor.updated_at,
    ).order_by("-at", "-pk")[:SILENT_IN_A_ROW]
    ends = [step.to_status for step in last]
    return len(ends) == SILENT_IN_A_ROW and all(end == S.EXPIRED for end in ends)
