"""A real django-q2 worker (`manage.py qcluster`) on the test database, for tests that prove
the work really goes through the queue: this process queues, the worker process carries out.

The worker needs a database it can open from another process: PostgreSQL, or SQLite when the test
database is a file (config.settings.test makes it one). Tests using it need real commits:
`django_db(transaction=True, serialized_rollback=True)` (the latter restores the topics a data
migration wrote).
"""

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django_q.conf import Conf

ROOT = Path(__file__).resolve().parents[1]


def shared_database_url() -> str | None:
    """DATABASE_URL of the test database for another process, or None if it cannot share it."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
        return f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}"
    name = str(db["NAME"])
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        return f"sqlite:///{name}"
    return None


def worker_can_share_database() -> bool:
    return shared_database_url() is not None


@contextmanager
def worker_running(
    *,
    monkeypatch: pytest.MonkeyPatch,
    redis_url: str | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[subprocess.Popen]:
    """Start `manage.py qcluster` on the test database (ORM broker, or Redis at redis_url) with
    `env` added to its environment; stop it afterwards and fail the test if it logged a
    traceback."""
    extra_env = env or {}
    database_url = shared_database_url()
    if database_url is None:
        pytest.skip("the worker process needs a test database it can share (not SQLite in memory)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "Q_SYNC": "0",
        "Q_WORKERS": "1",
        **extra_env,
    }
    for name in ("REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    monkeypatch.setattr(Conf, "SYNC", False)  # this process queues, the worker carries out
    if redis_url:
        env["REDIS_URL"] = redis_url
        monkeypatch.setattr(Conf, "ORM", None)
        monkeypatch.setattr(Conf, "REDIS", redis_url)
    # A file, not a pipe: a chatty worker must never block on a full pipe nobody reads.
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            yield process
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.seek(0)
            output = log.read()
    assert "Traceback" not in output, output


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 60) -> None:
    """Poll until the worker has done something; fail with `what` if it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"the worker did not get there in {seconds} s: {what}")
