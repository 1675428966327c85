"""Experts who go silent: the record coordinators see, and the friendly pause after two
unanswered offers in a row, with a one-click way back."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from matching.lifecycle import match_accept, match_approve
from matching.models import Match
from matching.responsiveness import mentor_response_record, offers_chase
from mentors.models import Mentor

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.fixture
def offer_to(make_request, coordinator_user, django_capture_on_commit_callbacks):
    def offer(mentor: Mentor) -> Match:
        match = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.7)
        with django_capture_on_commit_callbacks(execute=True):
            match_approve(match=match, by=coordinator_user)
        return match

    return offer


@pytest.fixture
def clock():
    """Time that only moves forward, as it does for the people in these stories."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def let_expire(clock) -> None:
    clock.shift(timedelta(days=8))
    offers_chase()


def test_two_offers_in_a_row_unanswered_pause_her_kindly_and_one_click_brings_her_back(
    client, clock, make_expert, offer_to, django_capture_on_commit_callbacks
):
    mentor = make_expert(capacity=3)
    offer_to(mentor)
    let_expire(clock)
    mentor.refresh_from_db()
    assert not mentor.is_paused()  # once can happen to anyone
    offer_to(mentor)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        let_expire(clock)
    mentor.refresh_from_db()
    assert mentor.paused_until is not None
    (notice,) = [m for m in mail.outbox if m.to == [mentor.user.email]]
    assert "pausiert" in notice.body and "Laufende Begleitungen gehen" in notice.body
    link = re.search(r"https?://\S+(/expertin-werden/wieder-da/\S+/)", notice.body).group(1)
    assert "Ja, ich bin wieder da" in client.get(link).content.decode()
    client.post(link)
    mentor.refresh_from_db()
    assert mentor.paused_until is None
    let_expire(clock)  # the old silence does not count again
    mentor.refresh_from_db()
    assert mentor.paused_until is None


def test_an_answer_in_between_breaks_the_row(clock, make_expert, offer_to):
    mentor = make_expert(capacity=3)
    offer_to(mentor)
    let_expire(clock)
    match_accept(match=offer_to(mentor), by=mentor.user)
    offer_to(mentor)
    let_expire(clock)
    mentor.refresh_from_db()
    assert mentor.paused_until is None


def test_the_coordinator_sees_how_a_mentor_answers(
    client, clock, make_expert, offer_to, coordinator_user
):
    mentor = make_expert(capacity=3)
    offer_to(mentor)
    let_expire(clock)
    answered = offer_to(mentor)
    clock.shift(timedelta(days=2))
    match_accept(match=answered, by=mentor.user)
    record = mentor_response_record(mentor=mentor)
    assert (record.offers, record.answered, record.expired) == (2, 1, 1)
    assert record.median_days_to_answer == pytest.approx(2.0, abs=0.1)
    assert record.last_activity is not None
    client.force_login(coordinator_user)
    page = client.get(f"/admin/mentors/review/{mentor.pk}/").content.decode()
    assert "Antwortverhalten" in page and "ohne Antwort abgelaufen" in page
