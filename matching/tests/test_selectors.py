"""The engine's input from the database: who is open, who is matchable, what holds a place."""

from datetime import timedelta

import pytest
from django.utils import timezone

from founders.models import HelpRequest
from matching.models import Match, MatchingRun
from matching.selectors import matching_input, suggestions_compute
from mentors.models import Mentor

pytestmark = pytest.mark.django_db


def test_only_open_requests_and_matchable_mentors_are_loaded(make_request, make_expert):
    open_request = make_request()
    make_request(status=HelpRequest.Status.UNCONFIRMED)
    make_request(status=HelpRequest.Status.WITHDRAWN)
    active = make_expert()
    make_expert(status=Mentor.Status.PENDING)
    make_expert(status=Mentor.Status.REJECTED)
    make_expert(paused_until=timezone.localdate() + timedelta(days=3))
    data = matching_input()
    assert data.requests.ids.tolist() == [open_request.pk]
    assert data.mentors.ids.tolist() == [active.pk]


def test_formats_languages_and_waiting_time_reach_the_engine(make_request, make_expert):
    make_request(formats=("in_person", "phone"), languages=("de", "uk"))
    make_expert()
    data = matching_input(now=timezone.now() + timedelta(days=10))
    requests = data.requests
    assert requests.in_person.tolist() == [True] and requests.remote.tolist() == [True]
    assert requests.languages.tolist() == [0b1001]  # de is bit 0, uk bit 3
    assert 9.9 < requests.waiting_days[0] < 10.1


def test_approved_matches_take_a_place_and_keep_their_request_out(make_request, make_expert):
    mentor = make_expert(capacity=2)
    matched = make_request()
    waiting = make_request()
    Match.objects.create(
        help_request=matched, mentor=mentor, status=Match.Status.APPROVED, score=0.5
    )
    data = matching_input()
    assert data.requests.ids.tolist() == [waiting.pk]
    assert data.mentors.capacity.tolist() == [1] and data.mentors.load.tolist() == [1]


def test_unreviewed_run_proposals_hold_nothing_because_the_next_run_replaces_them(
    make_request, make_expert
):
    mentor = make_expert(capacity=1)
    proposed = make_request()
    run = MatchingRun.objects.create(trigger=MatchingRun.Trigger.COMMAND)
    Match.objects.create(help_request=proposed, mentor=mentor, run=run, score=0.5)
    data = matching_input()
    assert data.requests.ids.tolist() == [proposed.pk]
    assert data.mentors.capacity.tolist() == [1]


def test_a_coordinators_own_proposal_holds_the_place(make_request, make_expert):
    mentor = make_expert(capacity=1)
    Match.objects.create(help_request=make_request(), mentor=mentor, score=0.5)
    assert matching_input().mentors.capacity.tolist() == [0]


@pytest.mark.parametrize(
    "status", [Match.Status.DECLINED, Match.Status.REJECTED, Match.Status.EXPIRED]
)
def test_a_mentor_who_declined_or_was_rejected_is_never_suggested_again(
    make_request, make_expert, status
):
    help_request = make_request()
    refused, other = make_expert(), make_expert()
    Match.objects.create(help_request=help_request, mentor=refused, status=status, score=0.5)
    found = suggestions_compute(help_request=help_request)
    assert [s.mentor_id for s in found] == [other.pk]


def test_a_mentor_is_never_suggested_for_their_own_request(make_request, make_expert):
    help_request = make_request()
    make_expert(user=help_request.founder.user)
    assert suggestions_compute(help_request=help_request) == []


def test_suggestions_respect_distance_and_topics(make_request, make_expert, places, moelln):
    help_request = make_request(place=moelln)
    near = make_expert(radius=20)  # Ratzeburg, 10 km away
    make_expert(radius=5)  # too far for this mentor
    make_expert(topics=("recht",), radius=50)  # another topic
    make_expert(place=places["berlin"], radius=100, remote=True)  # founder wants to meet
    found = suggestions_compute(help_request=help_request)
    assert [s.mentor_id for s in found] == [near.pk]
    assert "10 km entfernt, bietet Treffen vor Ort" in [str(r) for r in found[0].reasons]


def test_loading_takes_a_fixed_number_of_queries(
    make_request, make_expert, django_assert_max_num_queries
):
    for _ in range(3):
        make_request(topics=("steuern", "recht"))
        make_expert(topics=("steuern", "marketing"))
    # One of them for the places a Begleitung's experts hold (support's hook).
    with django_assert_max_num_queries(10):
        few = matching_input()
    for _ in range(20):
        make_request()
        make_expert()
    with django_assert_max_num_queries(10):
        many = matching_input()
    assert len(few.requests) == 3 and len(many.requests) == 23


def test_profiles_kept_between_requests_follow_every_change(make_request, make_expert):
    help_request = make_request()
    first = make_expert()
    assert [s.mentor_id for s in suggestions_compute(help_request=help_request)] == [first.pk]
    second = make_expert()  # a new mentor
    found = {s.mentor_id for s in suggestions_compute(help_request=help_request)}
    assert found == {first.pk, second.pk}
    first.paused_until = timezone.localdate() + timedelta(days=7)
    first.save()
    assert [s.mentor_id for s in suggestions_compute(help_request=help_request)] == [second.pk]
    second.topics.clear()
    second.save()  # as every service and admin form does after changing topics
    assert suggestions_compute(help_request=help_request) == []
