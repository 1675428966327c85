""" "Läuft es?" 30 and 90 days after the introduction: both sides are asked once per round,
answer with one click and no login; "stuck" lands in the stalled queue, "ended" closes the
mentoring with the reason why."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from founders.models import HelpRequest
from matching.checkins import checkins_send
from matching.lifecycle import match_cancel
from matching.models import CheckIn, Match
from matching.stalled import matches_stalled
from vocabulary.choices import EndReason

pytestmark = pytest.mark.django_db
S = Match.Status


def _ask(after: timedelta, capture) -> None:
    with time_machine.travel(timezone.now() + after), capture(execute=True):
        checkins_send()


def _links() -> dict[str, str]:
    found = {}
    for message in mail.outbox:
        url = re.search(r"https?://[^/\s]+(/\S*vermittlung/laeuft-es/\S+/)", message.body)
        if url:
            found[message.to[0]] = url.group(1)
    return found


def test_both_are_asked_once_after_30_and_again_after_90_days(
    introduced, django_capture_on_commit_callbacks
):
    both = sorted([introduced.help_request.email, introduced.mentor.user.email])
    _ask(timedelta(days=29), django_capture_on_commit_callbacks)
    assert mail.outbox == []
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    _ask(timedelta(days=32), django_capture_on_commit_callbacks)  # the next day's run
    assert sorted(m.to[0] for m in mail.outbox) == both
    assert all("vor 30 Tagen" in m.body and "Läuft es?" in m.body for m in mail.outbox)
    mail.outbox.clear()
    _ask(timedelta(days=91), django_capture_on_commit_callbacks)
    _ask(timedelta(days=95), django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mail.outbox) == both
    assert all("vor 90 Tagen" in m.body for m in mail.outbox)


def test_a_mentoring_long_past_both_rounds_is_asked_only_the_latest(
    introduced, django_capture_on_commit_callbacks
):
    _ask(timedelta(days=120), django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    assert set(CheckIn.objects.values_list("day", flat=True)) == {90}


def test_an_ended_mentoring_is_not_asked(introduced, django_capture_on_commit_callbacks):
    match_cancel(match=introduced, by=None, reason=EndReason.FOUNDER_ENDED)
    mail.outbox.clear()
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_it_runs_counts_as_having_met(client, introduced, django_capture_on_commit_callbacks):
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    url = _links()[introduced.help_request.email]
    page = client.get(url).content.decode()
    assert "Läuft es mit Ihrer Begleitung?" in page and 'type="radio"' in page
    thanks = client.post(url, {"answer": "running"}).content.decode()
    assert "weiterhin viel Erfolg" in thanks
    introduced.refresh_from_db()
    assert introduced.status == S.ACTIVE
    assert introduced.transitions.get(to_status=S.ACTIVE).by == introduced.help_request.founder.user
    assert "schon geantwortet" in client.post(url, {"answer": "stuck"}).content.decode()
    assert CheckIn.objects.get(side="founder").answer == "running"


def test_stuck_puts_it_in_the_coordinators_queue(
    client, introduced, coordinator_user, django_capture_on_commit_callbacks
):
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    mentor_url = _links()[introduced.mentor.user.email]
    client.post(mentor_url, {"answer": "running"})  # the mentor thinks it runs …
    founder_url = _links()[introduced.help_request.email]
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):
        response = client.post(founder_url, {"answer": "stuck", "note": "Er meldet sich nie."})
    assert "Unsere Koordination meldet sich" in response.content.decode()
    # … the founder, answering later, says it is stuck: the latest word counts.
    assert [(s.match.pk, s.why) for s in matches_stalled()] == [(introduced.pk, "checkin_stuck")]
    client.force_login(coordinator_user)
    queue = client.get("/admin/matching/stalled/").content.decode()
    assert "„Es hakt“" in queue
    review = client.get(f"/admin/matching/matches/review/{introduced.pk}/").content.decode()
    assert "Er meldet sich nie." in review


def test_ended_needs_a_reason_keeps_the_note_and_completes_it(
    client, introduced, django_capture_on_commit_callbacks
):
    _ask(timedelta(days=91), django_capture_on_commit_callbacks)
    url = _links()[introduced.mentor.user.email]
    refused = client.post(url, {"answer": "ended", "note": "Alles geklärt, danke!"})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "warum die Begleitung beendet ist" in page
    assert "Alles geklärt, danke!" in page  # what she typed is still there
    introduced.refresh_from_db()
    assert introduced.status == S.INTRODUCED
    done = client.post(url, {"answer": "ended", "close_reason": "solved", "note": "Danke!"})
    assert "Die Begleitung ist abgeschlossen" in done.content.decode()
    introduced.refresh_from_db()
    introduced.help_request.refresh_from_db()
    assert introduced.status == S.COMPLETED
    assert introduced.help_request.status == HelpRequest.Status.CLOSED
    checkin = CheckIn.objects.get(side="mentor")
    assert (checkin.close_reason, checkin.note) == ("solved", "Danke!")


def test_an_answer_after_the_end_is_kept_and_changes_nothing(
    client, introduced, django_capture_on_commit_callbacks
):
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    url = _links()[introduced.help_request.email]
    match_cancel(match=introduced, by=None, reason=EndReason.MENTOR_ENDED)
    assert client.post(url, {"answer": "running"}).status_code == 200
    introduced.refresh_from_db()
    assert introduced.status == S.CANCELLED
    assert CheckIn.objects.get(side="founder").answer == "running"
    assert matches_stalled() == []


def test_a_tampered_link_is_refused(client, introduced, django_capture_on_commit_callbacks):
    _ask(timedelta(days=31), django_capture_on_commit_callbacks)
    url = _links()[introduced.help_request.email]
    assert client.post(url.rstrip("/") + "x/", {"answer": "stuck"}).status_code == 400
    assert not CheckIn.objects.exclude(answered_at=None).exists()
