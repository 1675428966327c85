"""What the fault scripts share: the database, the worker process they kill, the results table.

FAULTS_BROKEN names a deliberately broken build (bench/faults/qcluster.py, postgres.py): each
scenario must report FAIL against the breakage that concerns it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/landvorteil_faults"
MAIL_DIR = Path(tempfile.mkdtemp(prefix="landvorteil-faults-mail-"))
BROKEN = os.environ.get("FAULTS_BROKEN", "")
WORKER_ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    "DATABASE_URL": DATABASE_URL,
    "EMAIL_FILE_PATH": str(MAIL_DIR),
    "OUTBOX_RETRY_SECONDS": "1",
    "OUTBOX_MAX_ATTEMPTS": "30",
    "Q_WORKERS": "2",
}
WORKER_ENV.pop("REDIS_URL", None)
WORKER_ENV.pop("EMAIL_PROVIDER", None)
WORKER_LOG = Path(tempfile.gettempdir()) / "landvorteil-faults-worker.log"  # every worker's output


@dataclass
class Result:
    scenario: str
    checked: str
    ok: bool
    figures: str


def verdict(result: Result) -> Result:
    print(f"{'PASS' if result.ok else 'FAIL'}  {result.scenario}: {result.figures}", flush=True)
    return result


def table(results: list[Result]) -> str:
    rows = [("scenario", "checked", "result", "figures")]
    rows += [(r.scenario, r.checked, "PASS" if r.ok else "FAIL", r.figures) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = []
    for n, row in enumerate(rows):
        lines.append(" | ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[3]]))
        if n == 0:
            lines.append("-+-".join(["-" * w for w in widths] + ["-" * 7]))
    return "\n".join(lines)


def wait_for(condition: Callable[[], bool], seconds: float, poll: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(poll)
    return condition()


@contextlib.contextmanager
def worker(**extra_env: str):
    """A django-q2 cluster (bench/faults/qcluster.py: `manage.py qcluster`, with the broken
    build applied if one is asked for) in its own process group, so a kill takes its children."""
    with WORKER_LOG.open("a") as log:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "faults" / "qcluster.py")],
            env={**WORKER_ENV, **extra_env},
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def kill(process: subprocess.Popen) -> None:
    """SIGKILL the worker and its children: no handler runs, nothing is recorded."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def queue_empty() -> None:
    """Tasks a killed worker had taken stay locked in the database broker (until django-q2's
    retry, 15 minutes): cleared, so they cannot reach a later scenario."""
    from django_q.models import OrmQ

    OrmQ.objects.all().delete()
