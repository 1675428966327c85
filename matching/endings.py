"""What a founder's or a mentor's change of mind means for their matches. Founders, mentors
and privacy announce it by signals sent inside their own transaction; the lifecycle ends what
depends on it in that same transaction, so nothing can be accepted in between."""

from __future__ import annotations

import logging

from django.db import transaction

from accounts.models import User
from founders.models import HelpRequest
from founders.signals import help_request_withdrawn
from matching.lifecycle import MatchStateError, match_cancel
from matching.models import Match
from matching.models.matches import ENGAGED, LIVE
from matching.queue import enqueue_after_commit
from mentors.signals import mentor_unavailable
from vocabulary.choices import EndReason

logger = logging.getLogger(__name__)

# A paused mentor gives back what she has not yet taken on; mentorings under way go on.
NOT_YET_TAKEN_ON = LIVE - ENGAGED


@transaction.atomic
def matches_end_for_request(*, help_request_id: int, by: User | None, reason: str) -> int:
    """The founder withdrew the request, her consent or her account: every live match ends."""
    ended = 0
    for match in Match.objects.filter(help_request_id=help_request_id, status__in=LIVE):
        try:
            match_cancel(match=match, by=by, reason=reason, only_from=LIVE)
        except MatchStateError:
            continue  # ended meanwhile (the request row is locked: only by this transaction)
        ended += 1
    return ended


@transaction.atomic
def matches_end_for_mentor(*, mentor_id: int, by: User | None, reason: str) -> int:
    """The mentor paused (what is not yet taken on ends) or left (everything ends); requests
    that go back to matching are looked at again at once, without this mentor."""
    statuses = NOT_YET_TAKEN_ON if reason == EndReason.MENTOR_PAUSED else LIVE
    ended = 0
    for match in Match.objects.filter(mentor_id=mentor_id, status__in=statuses):
        try:
            # Under the locks it may have moved on: an offer accepted a moment before a pause
            # is a mentoring under way, and goes on.
            cancelled = match_cancel(match=match, by=by, reason=reason, only_from=statuses)
        except MatchStateError:
            continue
        ended += 1
        if cancelled.help_request.status == HelpRequest.Status.OPEN:
            enqueue_after_commit("matching.tasks.suggestions_refresh", cancelled.help_request_id)
    if ended:
        logger.info("mentor %s: %s matches ended (%s)", mentor_id, ended, reason)
    return ended


def _request_withdrawn(sender, *, help_request_id: int, by, reason: str, **kwargs) -> None:
    matches_end_for_request(help_request_id=help_request_id, by=by, reason=reason)


def _mentor_unavailable(sender, *, mentor_id: int, by, reason: str, **kwargs) -> None:
    matches_end_for_mentor(mentor_id=mentor_id, by=by, reason=reason)


def endings_connect() -> None:
    help_request_withdrawn.connect(_request_withdrawn, dispatch_uid="matching.request_withdrawn")
    mentor_unavailable.connect(_mentor_unavailable, dispatch_uid="matching.mentor_unavailable")
