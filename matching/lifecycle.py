"""The match lifecycle of ../shared/DESIGN.md as services: only the listed transitions exist,
each is one transaction that locks what it changes and writes an audit record.

proposed → approved → offered → accepted → introduced → active → completed, with the exits
rejected (coordinator), declined (mentor), expired (no answer) and cancelled (anyone).
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from founders.models import HelpRequest
from founders.services import help_request_status_follow
from matching.mails import (
    cancellation_notices_enqueue,
    introduction_mails_enqueue,
    offer_mail_enqueue,
)
from matching.models import Match, MatchTransition
from matching.models.matches import ENGAGED
from matching.places import places_held
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
# Steps towards working together: each needs a live request and an active mentor.
FORWARD = frozenset({S.APPROVED, S.OFFERED, S.ACCEPTED, S.INTRODUCED, S.ACTIVE})
# Steps that take on something new: a paused mentor is not asked (her mentorings go on).
NEEDS_AVAILABLE_MENTOR = frozenset({S.APPROVED, S.OFFERED, S.ACCEPTED})
LIVE_REQUEST = frozenset({HelpRequest.Status.OPEN, HelpRequest.Status.MATCHED})


class MatchStateError(Exception):
    """A transition the lifecycle does not allow, or one that lost a race; says why in German."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


class MentorFullError(MatchStateError):
    pass


def _request_status_after(*, to: str, came_from: str, current: str) -> str:
    if current not in LIVE_REQUEST:
        return current  # withdrawn or closed: what happens to its matches cannot revive it
    if to in ENGAGED:
        return HelpRequest.Status.MATCHED
    if to == S.COMPLETED or (to == S.CANCELLED and came_from in ENGAGED):
        # Ended while under way: the founder decides whether to ask again ("find me another").
        return HelpRequest.Status.CLOSED
    if to in BACK_TO_MATCHING and current == HelpRequest.Status.MATCHED:
        return HelpRequest.Status.OPEN
    return current


def _refusal(*, to: str, help_request: HelpRequest, mentor: Mentor):
    """Why a step forward may no longer happen, or None: checked under the locks, so a
    withdrawal, a pause or a deletion committed a moment earlier always wins."""
    if to not in FORWARD:
        return None
    if help_request.status not in LIVE_REQUEST or not help_request.founder_consents:
        return _("Die Anfrage wurde zurückgezogen; die Vermittlung ist beendet.")
    if mentor.status != Mentor.Status.ACTIVE or not mentor.user.is_active:
        return _("Die Expert:in steht nicht mehr zur Verfügung.")
    if to in NEEDS_AVAILABLE_MENTOR and mentor.is_paused():
        return _("Die Expert:in pausiert gerade.")
    return None


def _locked_parties(*, help_request_id: int, mentor_id: int) -> tuple[HelpRequest, Mentor]:
    # Always request, then mentor, then match: the order every path of the lifecycle takes,
    # so two of them never wait for each other in a circle.
    help_request = HelpRequest.objects.select_for_update().get(pk=help_request_id)
    mentor = Mentor.objects.select_for_update().get(pk=mentor_id)
    return help_request, mentor


@transaction.atomic
def match_transition(
    *,
    match: Match,
    to: str,
    by: User | None = None,
    note: str = "",
    reason: str = "",
    only_from: frozenset[str] | None = None,
) -> Match:
    """Move `match` to `to` if the lifecycle allows it from its current (locked) state — and
    that state is among `only_from`, when given — and the request, its founder and the mentor
    still allow it."""
    help_request, mentor = _locked_parties(
        help_request_id=match.help_request_id, mentor_id=match.mentor_id
    )
    locked = Match.objects.select_for_update().get(pk=match.pk)
    current = locked.status
    if to not in TRANSITIONS.get(current, frozenset()) or (
        only_from is not None and current not in only_from
    ):
        raise MatchStateError(
            _("Diese Vermittlung ist „%(current)s“; das geht jetzt nicht mehr.")
            % {"current": locked.get_status_display()}
        )
    refusal = _refusal(to=to, help_request=help_request, mentor=mentor)
    if refusal is not None:
        raise MatchStateError(refusal)
    if to == S.ACCEPTED:
        mentor_place_take(mentor=mentor)
    locked.status = to
    locked.save(update_fields=["status", "updated_at"])
    new_request_status = _request_status_after(
        to=to, came_from=current, current=help_request.status
    )
    if new_request_status != help_request.status:
        help_request_status_follow(
            help_request=help_request, to=new_request_status, by=by, reason=reason
        )
    MatchTransition.objects.create(
        match=locked, from_status=current, to_status=to, by=by, note=note, reason=reason
    )
    logger.info("match %s: %s → %s", locked.pk, current, to)
    match.status = locked.status
    return locked


def mentor_place_take(*, mentor: Mentor) -> None:
    """Refuse when all her places are taken. The mentor row, locked by the caller, is the lock
    all acceptances for her queue on (a match's or a Begleitung's): of two racing for the last
    place, the second sees the first's acceptance."""
    engaged = Match.objects.filter(status__in=ENGAGED)
    if (
        places_held(matches=engaged, engaged=True, mentor_ids=[mentor.pk])[mentor.pk]
        >= mentor.capacity
    ):
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


@transaction.atomic
def match_cancel(
    *,
    match: Match,
    by: User | None,
    reason: str,
    note: str = "",
    only_from: frozenset[str] | None = None,
) -> Match:
    """End a live match before its time (if still in `only_from`, when given), with the
    reason (EndReason) in the audit; whoever it concerns on the other side is told in plain
    words, never with the founder's details."""
    cancelled = match_transition(
        match=match, to=S.CANCELLED, by=by, note=note, reason=reason, only_from=only_from
    )
    came_from = cancelled.transitions.order_by("-pk").values_list("from_status", flat=True)[0]
    cancellation_notices_enqueue(match=cancelled, came_from=came_from, reason=reason)
    return cancelled


def match_introduce(*, match: Match) -> Match:
    return match_transition(match=match, to=S.INTRODUCED)


def match_activate(*, match: Match, by: User | None = None) -> Match:
    return match_transition(match=match, to=S.ACTIVE, by=by)


def match_complete(*, match: Match, by: User | None) -> Match:
    return match_transition(match=match, to=S.COMPLETED, by=by)


@transaction.atomic
def matches_approve_above(*, threshold: float, by: User) -> int:
    """Approve every open proposal scoring at least `threshold` that may still be approved;
    an unexpected error approves none."""
    proposals = Match.objects.filter(status=S.PROPOSED, score__gte=threshold)
    count = 0
    for match in proposals.order_by("-score", "pk"):
        try:
            with transaction.atomic():
                match_approve(match=match, by=by, note=f"≥ {threshold:.2f}")
        except MatchStateError:
            continue  # its request was withdrawn or its mentor paused since the run
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
    help_request, mentor = _locked_parties(
        help_request_id=match.help_request_id, mentor_id=mentor.pk
    )
    refusal = _refusal(to=S.APPROVED, help_request=help_request, mentor=mentor)
    if refusal is not None:
        raise MatchStateError(refusal)
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


def match_mark_once(*, match: Match, field: str, at: datetime, statuses: set[str]) -> bool:
    """Stamp `field` (a reminder or a question sent) if it is not stamped yet and the match is
    still in one of `statuses`; True when stamped now. Marked before the mail is written, in
    its transaction, so a second pass never asks twice and a match ended meanwhile never."""
    locked = (
        Match.objects.select_for_update()
        .filter(pk=match.pk, status__in=statuses, **{field: None})
        .first()
    )
    if locked is None:
        return False
    setattr(locked, field, at)
    locked.save(update_fields=[field, "updated_at"])
    return True
