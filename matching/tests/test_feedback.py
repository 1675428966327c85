"""Feedback weeks after the introduction: both asked once by signed link, answers recorded."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from matching.models import Feedback, Match
from matching.tasks import feedback_requests_send

pytestmark = pytest.mark.django_db
S = Match.Status


def links(messages) -> dict[str, str]:
    found = {}
    for message in messages:
        url = re.search(r"https?://[^/\s]+(/\S*vermittlung/rueckmeldung/\S+/)", message.body)
        found[message.to[0]] = url.group(1)
    return found


def test_both_sides_are_asked_once_after_six_weeks_and_answer(
    client, introduced, django_capture_on_commit_callbacks
):
    with (
        time_machine.travel(timezone.now() + timedelta(weeks=5)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        feedback_requests_send()
    assert mail.outbox == []
    with time_machine.travel(timezone.now() + timedelta(weeks=6, days=1)):
        for _ in range(2):  # the daily task runs again: nobody is asked twice
            with django_capture_on_commit_callbacks(execute=True):
                feedback_requests_send()
    urls = links(mail.outbox)
    founder_email = introduced.help_request.email
    assert set(urls) == {founder_email, introduced.mentor.user.email}
    assert client.post(urls[founder_email], {"met": "yes"}).status_code == 400
    answer = {"met": "yes", "helpful": "4", "outcome": "continue", "comment": "Sehr hilfreich"}
    assert "Danke" in client.post(urls[founder_email], answer).content.decode()
    again = client.post(urls[founder_email], answer).content.decode()
    assert "schon geantwortet" in again
    client.post(urls[introduced.mentor.user.email], answer | {"outcome": "finished"})
    feedback = {f.side: f for f in Feedback.objects.filter(match=introduced)}
    assert feedback["founder"].helpful == 4 and feedback["founder"].comment == "Sehr hilfreich"
    introduced.refresh_from_db()
    assert introduced.status == S.COMPLETED  # "we are finished" completes the mentoring


def test_feedback_is_shown_to_coordinators_only_in_the_review(client, introduced, coordinator_user):
    Feedback.objects.create(
        match=introduced, side="founder", met=True, helpful=5, outcome="continue", comment="Top"
    )
    client.force_login(coordinator_user)
    page = client.get(f"/admin/matching/matches/review/{introduced.pk}/").content.decode()
    assert "5/5" in page and "Top" in page
    client.force_login(introduced.mentor.user)
    assert "Top" not in client.get("/vermittlung/").content.decode()


def test_a_tampered_feedback_link_is_refused(client, introduced):
    assert client.get("/vermittlung/rueckmeldung/1:founder:bad/").status_code == 400
