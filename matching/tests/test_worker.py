"""The whole loop with a real django-q2 worker process, on the database broker and on Redis:
a coordinator starts a run, approves, the mentor accepts, feedback is asked; every task and
every mail goes through the queue and is carried out by `manage.py qcluster`."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import missing_tool
from matching.feedback import feedback_requests_send
from matching.lifecycle import match_accept, match_approve
from matching.models import Match, MatchingRun
from matching.services import matching_run_start
from outbox.models import Mail
from tests.worker import wait_for, worker_running

REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own, emptied around the test

pytestmark = pytest.mark.django_db(transaction=True)  # real commits the worker process can see


def _redis():
    import redis

    client = redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        missing_tool(f"no Redis at {REDIS_URL}")
    return client


@pytest.fixture(params=["orm", "redis"])
def worker(request, monkeypatch):
    if request.param == "orm":
        with worker_running(monkeypatch=monkeypatch):
            yield request.param
        return
    _redis().flushdb()
    try:
        with worker_running(monkeypatch=monkeypatch, redis_url=REDIS_URL):
            yield request.param
    finally:
        _redis().flushdb()


def _all_sent() -> bool:
    return not Mail.objects.exclude(status=Mail.Status.SENT).exists()


def test_the_whole_loop_runs_through_the_worker(
    worker, make_request, make_expert, coordinator_user
):
    help_request = make_request(email="jan@example.org")
    expert = make_expert()

    run = matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=coordinator_user)
    wait_for(
        lambda: MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.FINISHED,
        "the matching run",
    )
    proposal = Match.objects.get(help_request=help_request, status=Match.Status.PROPOSED)
    assert proposal.mentor == expert

    match_approve(match=proposal, by=coordinator_user)
    wait_for(lambda: Mail.objects.filter(to=expert.user.email).exists() and _all_sent(), "offer")

    match_accept(match=proposal, by=expert.user)
    wait_for(lambda: Mail.objects.count() == 3 and _all_sent(), "introductions")
    to_founder = Mail.objects.get(to="jan@example.org")
    assert expert.user.email in to_founder.text

    feedback_requests_send(now=timezone.now() + timedelta(weeks=7))
    wait_for(lambda: Mail.objects.count() == 5 and _all_sent(), "feedback requests")
    assert Mail.objects.filter(template="matching/mail/feedback").count() == 2
