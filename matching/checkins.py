""" "Läuft es?" — both sides are asked, once per round, how their mentoring goes; what an
answer changes: "it runs" counts as having met, "it is stuck" goes to the coordinators' queue
of stalled mentorings, "it has ended" completes it with the reason why."""

import contextlib
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from matching.feedback import RUNNING, match_finish_by_side, match_side_user
from matching.lifecycle import MatchStateError, S, match_activate, with_entered_at
from matching.mails import checkin_mails_enqueue
from matching.models import CheckIn, Match
from matching.models.checkins import CheckInAnswer
from matching.models.feedback import Side


class CheckInAnswered(Exception):
    """This question has been answered already."""


def checkins_send(*, now: datetime | None = None) -> int:
    """Ask both sides of every running match whose round (MATCHING_CHECKIN_DAYS after the
    introduction) has come, once; a mentoring long past a round is asked only the latest one
    it has reached, not every missed one at once."""
    now = now or timezone.now()
    rounds = sorted(settings.MATCHING_CHECKIN_DAYS)
    asked = 0
    for day, next_day in zip(rounds, [*rounds[1:], None], strict=True):
        due = with_entered_at(Match.objects.filter(status__in=RUNNING), S.INTRODUCED).filter(
            entered_at__lt=now - timedelta(days=day)
        )
        if next_day is not None:
            due = due.filter(entered_at__gte=now - timedelta(days=next_day))
        for match in due.exclude(checkins__day=day).order_by("pk"):
            asked += _ask(match=match, day=day, now=now)
    return asked


@transaction.atomic
def _ask(*, match: Match, day: int, now: datetime) -> int:
    # Locked and re-read: a second worker on the same day, or a match ended meanwhile, asks no one.
    locked = Match.objects.select_for_update().filter(pk=match.pk, status__in=RUNNING).first()
    if locked is None or locked.checkins.filter(day=day).exists():
        return 0
    checkins = CheckIn.objects.bulk_create(
        CheckIn(match=locked, side=side, day=day, asked_at=now) for side in Side.values
    )
    checkin_mails_enqueue(match=locked, checkins=checkins)
    return 1


@transaction.atomic
def checkin_answer(*, checkin: CheckIn, answer: str, close_reason: str, note: str) -> CheckIn:
    """Record one side's answer, once; the mentoring follows it where it still can (an answer
    to an old question about a mentoring ended since changes nothing but the record)."""
    locked = CheckIn.objects.select_for_update().select_related("match").get(pk=checkin.pk)
    if locked.answered_at is not None:
        raise CheckInAnswered
    locked.answer = answer
    locked.close_reason = close_reason if answer == CheckInAnswer.ENDED else ""
    locked.note = note.strip()
    locked.answered_at = timezone.now()
    locked.save(update_fields=["answer", "close_reason", "note", "answered_at"])
    match = locked.match
    if answer == CheckInAnswer.ENDED:
        match_finish_by_side(match=match, side=locked.side)
    elif answer == CheckInAnswer.RUNNING and match.status == S.INTRODUCED:
        # The other side or a coordinator may have ended it in the meantime.
        with contextlib.suppress(MatchStateError):
            match_activate(match=match, by=match_side_user(match=match, side=locked.side))
    return locked


def matches_stuck() -> set[int]:
    """Running matches whose latest answered check-in (from either side) says it is stuck."""
    latest: dict[int, str] = {}
    answered = CheckIn.objects.filter(match__status__in=RUNNING, answered_at__isnull=False)
    for match_id, answer in answered.order_by("answered_at", "pk").values_list(
        "match_id", "answer"
    ):
        latest[match_id] = answer
    return {match_id for match_id, answer in latest.items() if answer == CheckInAnswer.STUCK}
