"""The whole loop with a real django-q2 worker process, on the database broker and on Redis:
a coordinator starts a run, approves, the mentor accepts, feedback is asked; every task and
every mail goes through the queue and is carried out by `manage.py qcluster`."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from django_q.conf import Conf

from conftest import missing_tool
from matching.feedback import feedback_requests_send
from matching.lifecycle import match_accept, match_approve
from matching.models import Match, MatchingRun
from matching.services import matching_run_start
from outbox.models import Mail

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own, emptied around the test

pytestmark = [
    pytest.mark.django_db(transaction=True),  # real commits, which the worker process can see
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the worker process needs a database it can share (SQLite's test one is in memory)",
    ),
]


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _redis():
    import redis

    client = redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        missing_tool(f"no Redis at {REDIS_URL}")
    return client


@pytest.fixture(params=["orm", "redis"])
def worker(request, monkeypatch, seeded_topics):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _database_url(),
        "Q_SYNC": "0",
        "Q_WORKERS": "1",
    }
    env.pop("REDIS_URL", None)
    monkeypatch.setattr(Conf, "SYNC", False)  # this process queues, the worker carries out
    if request.param == "redis":
        client = _redis()
        client.flushdb()
        env["REDIS_URL"] = REDIS_URL
        monkeypatch.setattr(Conf, "ORM", None)
        monkeypatch.setattr(Conf, "REDIS", REDIS_URL)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield request.param
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    if request.param == "redis":
        _redis().flushdb()
    assert "Traceback" not in output, output


def wait_for(condition, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"the worker did not get there in {seconds} s: {what}")


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
    run.refresh_from_db()
    assert run.served_count == 1, (
        run.requests_count, run.mentors_count, run.candidates_count, run.error,
        list(help_request.topics.values_list("slug", flat=True)),
        list(expert.topics.values_list("slug", flat=True)),
    )  # fmt: skip
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
