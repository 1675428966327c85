"""Every change of a request's and a mentor's status leaves an audit record — from what, to
what, by whom, why — written by the service that changes it, in the same transaction."""

from datetime import timedelta

import pytest
from django.utils import timezone

from founders.models import HelpRequest
from founders.services import help_request_confirm, help_request_withdraw
from matching.lifecycle import match_accept, match_approve, match_cancel
from matching.models import Match
from matching.stalled import match_rematch
from mentors.models import Mentor
from mentors.services import mentor_pause, mentor_retire, mentor_verify
from vocabulary.choices import EndReason

pytestmark = pytest.mark.django_db
H, M = HelpRequest.Status, Mentor.Status


def _history(row) -> list[tuple]:
    return [
        (change.from_status, change.to_status, change.by, change.reason)
        for change in row.status_changes.all()
    ]


def test_a_request_records_each_step_of_its_way(
    make_request, make_expert, coordinator_user, django_capture_on_commit_callbacks
):
    help_request = make_request(status=H.UNCONFIRMED)
    confirmed = help_request_confirm(help_request=help_request)
    founder = confirmed.founder.user
    match = Match.objects.create(help_request=confirmed, mentor=make_expert(), score=0.7)
    match_approve(match=match, by=coordinator_user)
    match_accept(match=match, by=match.mentor.user)
    match_rematch(match=match, by=coordinator_user)
    help_request_withdraw(help_request=confirmed, by=founder)
    assert _history(confirmed) == [
        (H.UNCONFIRMED, H.OPEN, founder, ""),
        (H.OPEN, H.MATCHED, match.mentor.user, ""),
        (H.MATCHED, H.CLOSED, coordinator_user, EndReason.REMATCH),
        (H.CLOSED, H.OPEN, coordinator_user, ""),
        (H.OPEN, H.WITHDRAWN, founder, EndReason.REQUEST_WITHDRAWN),
    ]


def test_an_offer_falling_through_leaves_the_request_as_it_was(
    make_request, make_expert, coordinator_user
):
    help_request = make_request()
    match = Match.objects.create(help_request=help_request, mentor=make_expert(), score=0.7)
    match_approve(match=match, by=coordinator_user)
    match_cancel(match=match, by=coordinator_user, reason=EndReason.COORDINATOR)
    assert _history(help_request) == []  # open all along: nothing changed, nothing recorded


def test_a_mentor_records_verification_pauses_and_the_end(make_expert, coordinator_user):
    mentor = make_expert(status=M.PENDING)
    mentor_verify(mentor=mentor, by=coordinator_user)
    until = timezone.localdate() + timedelta(days=14)
    mentor_pause(mentor=mentor, until=until, by=mentor.user)
    mentor_pause(mentor=mentor, until=until, by=mentor.user)  # the same again: no new record
    mentor_pause(mentor=mentor, until=None, by=mentor.user)
    mentor_pause(mentor=mentor, until=until, by=None)  # the schedules (two offers expired)
    mentor_retire(mentor=mentor, by=coordinator_user)
    mentor_retire(mentor=mentor, by=coordinator_user)  # idempotent
    assert _history(mentor) == [
        (M.PENDING, M.ACTIVE, coordinator_user, ""),
        (M.ACTIVE, "paused", mentor.user, EndReason.MENTOR_PAUSED),
        ("paused", M.ACTIVE, mentor.user, ""),
        (M.ACTIVE, "paused", None, EndReason.MENTOR_PAUSED),
        ("paused", M.RETIRED, coordinator_user, EndReason.MENTOR_RETIRED),
    ]
    assert mentor.status_changes.filter(to_status="paused").first().paused_until == until


def test_coordinators_read_the_history_on_the_request_and_the_mentor_page(
    client, make_request, make_expert, coordinator_user
):
    help_request = help_request_confirm(help_request=make_request(status=H.UNCONFIRMED))
    help_request_withdraw(help_request=help_request, by=help_request.founder.user)
    mentor = make_expert(status=M.PENDING)
    mentor_verify(mentor=mentor, by=coordinator_user)
    mentor_pause(mentor=mentor, until=timezone.localdate() + timedelta(days=3), by=None)
    client.force_login(coordinator_user)
    page = client.get(f"/admin/help-requests/inspect/{help_request.pk}/").content.decode()
    assert "unbestätigt → offen" in page and "offen → zurückgezogen" in page
    assert "Anfrage zurückgezogen" in page
    page = client.get(f"/admin/mentors/review/{mentor.pk}/").content.decode()
    assert "wartet auf Prüfung → aktiv" in page
    assert "aktiv → pausiert" in page and "automatisch" in page
