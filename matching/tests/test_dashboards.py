"""After logging in, each person lands on their own page, and it says what happens next: a
mentor sees her offers with the day to answer by, the founders she works with (with their
contact data) and what is due from her; a founder reads in one sentence what happens now."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from django.utils.formats import date_format

from conftest import PASSWORD, make_user
from founders.services import help_request_confirm
from matching.checkins import checkins_send
from matching.feedback import feedback_requests_send
from matching.lifecycle import match_accept, match_approve
from matching.models import Match

pytestmark = pytest.mark.django_db


def _log_in(client, email: str) -> str:
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return response.url


def test_a_mentor_lands_on_her_page_and_sees_what_waits_for_her(
    client, make_request, make_expert, coordinator_user, django_capture_on_commit_callbacks
):
    mentor = make_expert(user=make_user(email="eva@example.org"), capacity=3)
    offered = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.8)
    working = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.7)
    with django_capture_on_commit_callbacks(execute=True):
        match_approve(match=offered, by=coordinator_user)
        match_approve(match=working, by=coordinator_user)
        match_accept(match=working, by=mentor.user)
    assert _log_in(client, "eva@example.org") == "/expertin-werden/profil/"
    page = client.get("/expertin-werden/profil/").content.decode()
    answer_by = timezone.localdate() + timedelta(days=7)
    assert f"bitte antworten Sie bis {date_format(answer_by, 'l, j. F')}" in page
    assert offered.help_request.last_name not in page  # not before she says yes
    founder = working.help_request
    assert f"{founder.first_name} {founder.last_name}" in page
    assert f'href="mailto:{founder.email}"' in page
    assert "Erstes Treffen vereinbaren" in page
    assert "Rückmeldung geben" not in page


def test_feedback_and_checkins_due_are_on_her_page_until_answered(
    client, introduced, django_capture_on_commit_callbacks
):
    later = timezone.now() + timedelta(days=45)
    with time_machine.travel(later), django_capture_on_commit_callbacks(execute=True):
        client.force_login(introduced.mentor.user)
        feedback_requests_send()
        checkins_send()
        page = client.get("/expertin-werden/profil/").content.decode()
        assert "Kurze Rückmeldung geben" in page
        checkin_url = re.search(r'href="(/vermittlung/laeuft-es/[^"]+)"', page).group(1)
        client.post(checkin_url, {"answer": "running"})
        page = client.get("/expertin-werden/profil/").content.decode()
    assert "„Läuft es?“ beantworten" not in page
    assert "Erstes Treffen vereinbaren" not in page  # "it runs" counted as having met
    assert mail.outbox  # the same links went out by mail


def test_a_founder_lands_on_her_requests_and_reads_what_happens_now(client, make_request):
    help_request = help_request_confirm(
        help_request=make_request(status="unconfirmed", email="jana@example.org")
    )
    help_request.founder.user.set_password(PASSWORD)
    help_request.founder.user.save()
    assert _log_in(client, "jana@example.org") == "/hilfe-anfragen/meine-anfragen/"
    page = client.get("/hilfe-anfragen/meine-anfragen/").content.decode()
    assert "Wir suchen eine passende Expert:in; meist dauert das unter einer Woche." in page
    with time_machine.travel(timezone.now() + timedelta(days=9)):
        page = client.get("/hilfe-anfragen/meine-anfragen/").content.decode()
    assert "Es dauert diesmal länger als sonst" in page


def test_coordinators_land_in_the_admin(client, coordinator_user):
    assert _log_in(client, coordinator_user.email) == "/admin/"
