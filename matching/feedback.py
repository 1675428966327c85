"""Some weeks after an introduction: feedback from both sides, and the question whether the
mentoring is finished; who is asked when, and what an answer changes."""

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
from matching.mails import completion_mails_enqueue, feedback_mails_enqueue
from matching.models import Feedback, Match
from matching.models.feedback import Outcome, Side

RUNNING = {S.INTRODUCED, S.ACTIVE}


class FeedbackGiven(Exception):
    """This side has answered already."""


def _ask_once(*, asked_field: str, weeks: int, now: datetime, enqueue) -> int:
    """Every match introduced `weeks` ago and still running gets `enqueue(match=…)` once."""
    due = with_entered_at(
        Match.objects.filter(status__in=RUNNING, **{asked_field: None}),
        S.INTRODUCED,
    ).filter(entered_at__lt=now - timedelta(weeks=weeks))
    asked = 0
    for match in due:
        with transaction.atomic():
            if match_mark_once(match=match, field=asked_field, at=now, statuses=RUNNING):
                enqueue(match=match)
                asked += 1
    return asked


def feedback_requests_send(*, now: datetime | None = None) -> int:
    """Ask both sides of every match introduced MATCHING_FEEDBACK_WEEKS ago, once."""
    return _ask_once(
        asked_field="feedback_requested_at",
        weeks=settings.MATCHING_FEEDBACK_WEEKS,
        now=now or timezone.now(),
        enqueue=feedback_mails_enqueue,
    )


def completion_prompts_send(*, now: datetime | None = None) -> int:
    """Ask both sides of every match still running MATCHING_COMPLETION_PROMPT_WEEKS after the
    introduction whether it is finished, once."""
    return _ask_once(
        asked_field="completion_asked_at",
        weeks=settings.MATCHING_COMPLETION_PROMPT_WEEKS,
        now=now or timezone.now(),
        enqueue=completion_mails_enqueue,
    )


def match_finish_by_side(*, match: Match, side: str) -> bool:
    """One side says the mentoring is finished; False when it was finished already."""
    try:
        match_complete(match=match, by=_side_user(match=match, side=side))
    except MatchStateError:
        return False
    return True


def _side_user(*, match: Match, side: str):
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
