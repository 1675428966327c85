"""The match lifecycle: every legal transition, illegal ones refused, audit records, capacity."""

import pytest

from founders.models import HelpRequest
from founders.services import help_request_reopen
from matching.lifecycle import (
    TRANSITIONS,
    MatchStateError,
    MentorFullError,
    match_accept,
    match_transition,
)
from matching.models import Match, MatchTransition

pytestmark = pytest.mark.django_db
S = Match.Status
LEGAL = [(current, to) for current, targets in TRANSITIONS.items() for to in sorted(targets)]
ILLEGAL = [
    (S.PROPOSED, S.ACCEPTED),
    (S.PROPOSED, S.OFFERED),
    (S.APPROVED, S.ACCEPTED),
    (S.OFFERED, S.COMPLETED),
    (S.ACCEPTED, S.DECLINED),
    (S.COMPLETED, S.ACTIVE),
    (S.DECLINED, S.ACCEPTED),
    (S.REJECTED, S.APPROVED),
    (S.EXPIRED, S.OFFERED),
    (S.CANCELLED, S.PROPOSED),
]


@pytest.fixture
def make_match(make_request, make_expert):
    def make(status=S.PROPOSED, *, mentor=None, help_request_status=HelpRequest.Status.OPEN):
        help_request = make_request(status=help_request_status)
        return Match.objects.create(
            help_request=help_request, mentor=mentor or make_expert(), status=status, score=0.5
        )

    return make


@pytest.mark.parametrize(("current", "to"), LEGAL)
def test_every_legal_transition_happens_and_is_recorded(make_match, coordinator_user, current, to):
    match = make_match(current)
    match_transition(match=match, to=to, by=coordinator_user, note="geprüft")
    match.refresh_from_db()
    assert match.status == to
    record = MatchTransition.objects.get(match=match)
    assert (record.from_status, record.to_status, record.by, record.note) == (
        current,
        to,
        coordinator_user,
        "geprüft",
    )
    assert record.at is not None


@pytest.mark.parametrize(("current", "to"), ILLEGAL)
def test_an_illegal_transition_is_refused_and_changes_nothing(make_match, current, to):
    match = make_match(current)
    with pytest.raises(MatchStateError):
        match_transition(match=match, to=to)
    match.refresh_from_db()
    assert match.status == current and not MatchTransition.objects.exists()


def test_the_request_is_matched_on_acceptance_closed_on_completion(make_match, make_expert):
    match = make_match(S.OFFERED)
    match_accept(match=match, by=match.mentor.user)
    match.help_request.refresh_from_db()
    assert match.help_request.status == HelpRequest.Status.MATCHED
    assert match.status == S.INTRODUCED  # accepted, and both introduced by mail
    for to in (S.ACTIVE, S.COMPLETED):
        match_transition(match=match, to=to)
    match.help_request.refresh_from_db()
    assert match.help_request.status == HelpRequest.Status.CLOSED


def test_a_cancelled_introduction_closes_the_request_until_the_founder_asks_again(make_match):
    match = make_match(S.INTRODUCED, help_request_status=HelpRequest.Status.MATCHED)
    match_transition(match=match, to=S.CANCELLED)
    match.help_request.refresh_from_db()
    assert match.help_request.status == HelpRequest.Status.CLOSED
    help_request_reopen(help_request=match.help_request, by=None)
    match.help_request.refresh_from_db()
    assert match.help_request.status == HelpRequest.Status.OPEN


def test_a_cancelled_offer_sends_the_request_straight_back_to_matching(make_match):
    match = make_match(S.OFFERED)
    match_transition(match=match, to=S.CANCELLED)
    match.help_request.refresh_from_db()
    assert match.help_request.status == HelpRequest.Status.OPEN


def test_acceptance_takes_a_place_and_a_full_mentor_cannot_accept(make_match, make_expert):
    mentor = make_expert(capacity=1)
    first, second = make_match(S.OFFERED, mentor=mentor), make_match(S.OFFERED, mentor=mentor)
    match_accept(match=first, by=mentor.user)
    with pytest.raises(MentorFullError):
        match_accept(match=second, by=mentor.user)
    second.refresh_from_db()
    assert second.status == S.OFFERED
