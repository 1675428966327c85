"""Feedback some weeks after an introduction: who is asked when, and what an answer changes."""

import contextlib
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from matching.lifecycle import MatchStateError, S, match_complete, with_entered_at
from matching.mails import feedback_mails_enqueue
from matching.models import Feedback, Match
from matching.models.feedback import Outcome, Side


class FeedbackGiven(Exception):
    """This side has answered already."""


def feedback_requests_send(*, now: datetime | None = None) -> int:
    """Ask both sides of every match introduced MATCHING_FEEDBACK_WEEKS ago, once."""
    now = now or timezone.now()
    due = with_entered_at(
        Match.objects.filter(status__in=[S.INTRODUCED, S.ACTIVE], feedback_requested_at=None),
        S.INTRODUCED,
    ).filter(entered_at__lt=now - timedelta(weeks=settings.MATCHING_FEEDBACK_WEEKS))
    asked = 0
    for match in due:
        with transaction.atomic():
            # Marked first, so a second pass never asks twice.
            if Match.objects.filter(pk=match.pk, feedback_requested_at=None).update(
                feedback_requested_at=now
            ):
                feedback_mails_enqueue(match=match)
                asked += 1
    return asked


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
        by = match.help_request.founder.user if side == Side.FOUNDER else match.mentor.user
        with contextlib.suppress(MatchStateError):  # completed already by the other side
            match_complete(match=match, by=by)
    return feedback
