"""Eight weeks after the introduction both sides are asked, once, whether they are finished."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from founders.models import HelpRequest
from matching.models import Match
from matching.tasks import completion_prompts_send

pytestmark = pytest.mark.django_db
S = Match.Status


def _ask(after: timedelta, django_capture_on_commit_callbacks) -> None:
    with (
        time_machine.travel(timezone.now() + after),
        django_capture_on_commit_callbacks(execute=True),
    ):
        completion_prompts_send()


def _links() -> dict[str, str]:
    found = {}
    for message in mail.outbox:
        url = re.search(r"https?://[^/\s]+(/\S*vermittlung/abschluss/\S+/)", message.body)
        found[message.to[0]] = url.group(1)
    return found


def test_both_are_asked_once_after_eight_weeks(introduced, django_capture_on_commit_callbacks):
    _ask(timedelta(weeks=7), django_capture_on_commit_callbacks)
    assert mail.outbox == []
    _ask(timedelta(weeks=8, days=1), django_capture_on_commit_callbacks)
    _ask(timedelta(weeks=8, days=2), django_capture_on_commit_callbacks)  # the next day's run
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [introduced.help_request.email, introduced.mentor.user.email]
    )
    assert all("vor 8 Wochen" in m.body for m in mail.outbox)


def test_a_finished_mentoring_is_not_asked_about(introduced, django_capture_on_commit_callbacks):
    Match.objects.filter(pk=introduced.pk).update(status=S.COMPLETED)
    _ask(timedelta(weeks=9), django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_one_click_finishes_the_mentoring_and_frees_the_place(
    client, introduced, django_capture_on_commit_callbacks
):
    _ask(timedelta(weeks=8, days=1), django_capture_on_commit_callbacks)
    url = _links()[introduced.mentor.user.email]
    assert "Ist Ihre Begleitung abgeschlossen?" in client.get(url).content.decode()
    done = client.post(url, {"decision": "finished"}).content.decode()
    assert "Die Begleitung ist abgeschlossen" in done
    introduced.refresh_from_db()
    introduced.help_request.refresh_from_db()
    assert introduced.status == S.COMPLETED
    assert introduced.help_request.status == HelpRequest.Status.CLOSED
    assert introduced.transitions.get(to_status=S.COMPLETED).by == introduced.mentor.user
    founder_page = client.get(_links()[introduced.help_request.email]).content.decode()
    assert "schon abgeschlossen" in founder_page


def test_going_on_changes_nothing_and_a_tampered_link_is_refused(
    client, introduced, django_capture_on_commit_callbacks
):
    _ask(timedelta(weeks=8, days=1), django_capture_on_commit_callbacks)
    url = _links()[introduced.help_request.email]
    assert "weiterhin viel Erfolg" in client.post(url, {"decision": "continue"}).content.decode()
    introduced.refresh_from_db()
    assert introduced.status == S.INTRODUCED
    tampered = url.rstrip("/") + "x/"
    assert client.post(tampered, {"decision": "finished"}).status_code == 400
    introduced.refresh_from_db()
    assert introduced.status == S.INTRODUCED
