"""Some weeks after an introduction: feedback from both sides; who is asked when, and what an
answer changes."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from matching.lifecycle import (
    MatchStateError,
    S,
    match_complete,
    match_mark_once,
    with_entered_at,
)
from matching.mails import feedback_mails_enqueue
from matching.models import Feedback, Match
from matching.models.feedback import Outcome, Side

RUNNING = {S.INTRODUCED, S.ACTIVE}


class FeedbackGiven(Exception):
    """This side has answered already."""


def feedback_requests_send(*, now: datetime | None = None) -> int:
    """Ask both sides of every match introduced MATCHING_FEEDBACK_WEEKS ago and still running
    for feedback, once."""
    now = now or timezone.now()
    due = with_entered_at(
        Match.objects.filter(status__in=RUNNING, feedback_requested_at=None), S.INTRODUCED
    ).filter(entered_at__lt=now - timedelta(weeks=settings.MATCHING_FEEDBACK_WEEKS))
    asked = 0
    for match in due:
        with transaction.atomic():
            if match_mark_once(
                match=match, field="feedback_requested_at", at=now, statuses=RUNNING
            ):
                feedback_mails_enqueue(match=match)
                asked += 1
    return asked


def match_finish_by_side(*, match: Match, side: str) -> bool:
    """One side says the mentoring is finished; False when it was finished already."""
    try:
        match_complete(match=match, by=match_side_user(match=match, side=side))
    except MatchStateError:
        return False
    return True


def match_side_user(*, match: Match, side: str):
    """The account of the founder or of the mentor of `match`."""
    return match.help_request.founder.user if side == Side.FOUNDER else match.mentor.user


@transaction.atomic
def feedback_submit(
    *, match: Match, side: str, met: bool, helpful: int, outcome: str, comment: str
) -> Feedback:
    """Record one side's answer; "we are finished" completes the mentoring."""
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                match=match, side=side, met=met, helpful=helpful, outcome=outcome, comment=comment
            )
    except IntegrityError as error:
        raise FeedbackGiven from error
    if outcome == Outcome.FINISHED:
        match_finish_by_side(match=match, side=side)  # or the other side did already
    return feedback
