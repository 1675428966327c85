"""Stalled mentorings: introduced weeks ago without a meeting, or the founder said they did not
meet; the coordinator sends the request to another expert with one click."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from founders.models import HelpRequest
from matching.lifecycle import match_accept, match_activate, match_approve
from matching.models import Match
from matching.selectors import suggestions_compute
from matching.stalled import matches_stalled

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.fixture
def introduced(make_request, make_expert, coordinator_user):
    def introduce() -> Match:
        match = Match.objects.create(help_request=make_request(), mentor=make_expert(), score=0.7)
        match_approve(match=match, by=coordinator_user)
        return match_accept(match=match, by=match.mentor.user)

    return introduce


def test_a_mentoring_without_a_meeting_after_three_weeks_is_in_the_queue(introduced):
    quiet, met = introduced(), introduced()
    match_activate(match=met, by=met.mentor.user)
    assert matches_stalled() == []
    later = timezone.now() + timedelta(days=22)
    assert [item.match.pk for item in matches_stalled(now=later)] == [quiet.pk]


def test_one_click_ends_it_and_looks_for_another_expert_at_once(
    client, introduced, coordinator_user, make_expert, django_capture_on_commit_callbacks
):
    stalled = introduced()
    other = make_expert()
    with time_machine.travel(timezone.now() + timedelta(days=22)):
        client.force_login(coordinator_user)
        page = client.get("/admin/matching/stalled/").content.decode()
        assert "seit der Vorstellung kein Treffen gemeldet" in page
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/admin/matching/stalled/", {"match": stalled.pk})
    stalled.refresh_from_db()
    stalled.help_request.refresh_from_db()
    assert stalled.status == S.CANCELLED
    assert stalled.help_request.status == HelpRequest.Status.OPEN
    found = {s.mentor_id for s in suggestions_compute(help_request=stalled.help_request)}
    assert other.pk in found and stalled.mentor_id not in found
    to_founder = next(m for m in mail.outbox if m.to == [stalled.help_request.email])
    assert "Wir suchen schon" in to_founder.body and not re.search(
        r"weiter-suchen", to_founder.body
    )
    assert client.post("/admin/matching/stalled/", {"match": "x"}).status_code == 404


def test_only_coordinators_see_the_queue(client, founder_user):
    client.force_login(founder_user)
    assert client.get("/admin/matching/stalled/").status_code in (302, 403)
