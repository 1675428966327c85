"""The match lifecycle of ../shared/DESIGN.md as services: only the listed transitions exist,
each is one transaction that locks what it changes and writes an audit record.

proposed → approved → offered → accepted → introduced → active → completed, with the exits
rejected (coordinator), declined (mentor), expired (no answer) and cancelled (anyone).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from founders.models import HelpRequest
from matching.mails import introduction_mails_enqueue, offer_mail_enqueue
from matching.models import Match, MatchTransition
from matching.models.matches import ENGAGED
from mentors.models import Mentor

logger = logging.getLogger(__name__)

S = Match.Status
TRANSITIONS: dict[str, frozenset[str]] = {
    S.PROPOSED: frozenset({S.APPROVED, S.REJECTED, S.CANCELLED}),
    S.APPROVED: frozenset({S.OFFERED, S.REJECTED, S.CANCELLED}),
    S.OFFERED: frozenset({S.ACCEPTED, S.DECLINED, S.EXPIRED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.INTRODUCED, S.CANCELLED}),
    S.INTRODUCED: frozenset({S.ACTIVE, S.COMPLETED, S.CANCELLED}),
    S.ACTIVE: frozenset({S.COMPLETED, S.CANCELLED}),
}
# Ending here sends the request back to matching (the mentor is then excluded for it).
BACK_TO_MATCHING = frozenset({S.REJECTED, S.DECLINED, S.EXPIRED, S.CANCELLED})


class MatchStateError(Exception):
    """A transition the lifecycle does not allow, or one that lost a race; says why in German."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


class MentorFullError(MatchStateError):
    pass


def _request_status_after(to_status: str, current: str) -> str:
    if to_status in ENGAGED:
        return HelpRequest.Status.MATCHED
    if to_status == S.COMPLETED:
        return HelpRequest.Status.CLOSED
    if to_status in BACK_TO_MATCHING and current == HelpRequest.Status.MATCHED:
        return HelpRequest.Status.OPEN
    return current


@transaction.atomic
def match_transition(*, match: Match, to: str, by: User | None = None, note: str = "") -> Match:
    """Move `match` to `to` if the lifecycle allows it from its current (locked) state."""
    locked = Match.objects.select_for_update().get(pk=match.pk)
    current = locked.status
    if to not in TRANSITIONS.get(current, frozenset()):
        raise MatchStateError(
            _("Diese Vermittlung ist „%(current)s“; das geht jetzt nicht mehr.")
            % {"current": locked.get_status_display()}
        )
    if to == S.ACCEPTED:
        _take_place(mentor_id=locked.mentor_id)
    help_request = HelpRequest.objects.select_for_update().get(pk=locked.help_request_id)
    locked.status = to
    locked.save(update_fields=["status", "updated_at"])
    new_request_status = _request_status_after(to, help_request.status)
    if new_request_status != help_request.status:
        help_request.status = new_request_status
        help_request.save(update_fields=["status", "updated_at"])
    MatchTransition.objects.create(
        match=locked, from_status=current, to_status=to, by=by, note=note
    )
    logger.info("match %s: %s → %s", locked.pk, current, to)
    match.status = locked.status
    return locked


def _take_place(*, mentor_id: int) -> None:
    # The mentor row is the lock all acceptances for this mentor queue on: of two racing for
    # the last place, the second sees the first's acceptance and is refused.
    mentor = Mentor.objects.select_for_update().get(pk=mentor_id)
    engaged = Match.objects.filter(mentor_id=mentor_id, status__in=ENGAGED).count()
    if engaged >= mentor.capacity:
        raise MentorFullError(
            _("Alle Plätze sind schon vergeben. Bitte geben Sie erst eine Begleitung ab.")
        )


@transaction.atomic
def match_approve(*, match: Match, by: User, note: str = "") -> Match:
    """A coordinator approves: the mentor is offered the request at once (mail after commit)."""
    match_transition(match=match, to=S.APPROVED, by=by, note=note)
    offered = match_transition(match=match, to=S.OFFERED)
    offer_mail_enqueue(match=offered)
    return offered


def match_reject(*, match: Match, by: User, note: str = "") -> Match:
    return match_transition(match=match, to=S.REJECTED, by=by, note=note)


@transaction.atomic
def match_accept(
    *,
    match: Match,
    by: User,
    first_meeting_at: datetime | None = None,
    first_meeting_where: str = "",
) -> Match:
    """The mentor accepts (a place is taken); both are introduced by mail, with the first
    meeting as a calendar file when the mentor proposed one."""
    match_transition(match=match, to=S.ACCEPTED, by=by)
    introduced = match_transition(match=match, to=S.INTRODUCED)
    if first_meeting_at is not None:
        introduced.first_meeting_at = first_meeting_at
        introduced.first_meeting_where = first_meeting_where.strip()
        introduced.save(update_fields=["first_meeting_at", "first_meeting_where", "updated_at"])
    introduction_mails_enqueue(match=introduced)
    return introduced


@transaction.atomic
def match_decline(*, match: Match, by: User, reason: str, note: str = "") -> Match:
    """The mentor says no: the request goes back to matching without this mentor."""
    declined = match_transition(match=match, to=S.DECLINED, by=by, note=note)
    declined.decline_reason = reason
    declined.save(update_fields=["decline_reason", "updated_at"])
    return declined


def match_expire(*, match: Match) -> Match:
    return match_transition(match=match, to=S.EXPIRED)


def match_cancel(*, match: Match, by: User | None, note: str = "") -> Match:
    return match_transition(match=match, to=S.CANCELLED, by=by, note=note)


def match_introduce(*, match: Match) -> Match:
    return match_transition(match=match, to=S.INTRODUCED)


def match_activate(*, match: Match, by: User | None = None) -> Match:
    return match_transition(match=match, to=S.ACTIVE, by=by)


def match_complete(*, match: Match, by: User | None) -> Match:
    return match_transition(match=match, to=S.COMPLETED, by=by)


@transaction.atomic
def matches_approve_above(*, threshold: float, by: User) -> int:
    """Approve every open proposal scoring at least `threshold`, all or none."""
    proposals = Match.objects.select_for_update().filter(status=S.PROPOSED, score__gte=threshold)
    count = 0
    for match in proposals.order_by("-score", "pk"):
        match_approve(match=match, by=by, note=f"≥ {threshold:.2f}")
        count += 1
    return count


@transaction.atomic
def match_reassign(
    *, match: Match, mentor: Mentor, score: float, reasons: list[dict], by: User, note: str
) -> Match:
    """A coordinator prefers another mentor: the proposal is rejected, a new one made."""
    if mentor.pk == match.mentor_id:
        raise MatchStateError(_("Das ist schon die vorgeschlagene Expert:in."))
    match_transition(match=match, to=S.REJECTED, by=by, note=note)
    new = Match.objects.create(
        help_request_id=match.help_request_id,
        mentor=mentor,
        score=score,
        reasons=reasons,
        status=S.PROPOSED,
    )
    MatchTransition.objects.create(
        match=new, from_status=S.PROPOSED, to_status=S.PROPOSED, by=by, note=note
    )
    return new


def with_entered_at(queryset, status: str):
    """Annotate `entered_at`: when each match last moved into `status` (from its audit)."""
    return queryset.annotate(
        entered_at=Max("transitions__at", filter=Q(transitions__to_status=status))
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
            # Marked first, so a second pass never reminds twice.
            if Match.objects.filter(pk=match.pk, reminded_at__isnull=True).update(reminded_at=now):
                offer_mail_enqueue(match=match, reminder=True)
                reminded += 1
    return reminded, expired
