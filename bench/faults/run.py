"""Fault scripts (issue 7): each breaks something for real and prints a verdict.

  mail     the mail provider fails every send for a while; after it recovers every mail has
           reached its recipient exactly once (counted in the files the mail backend writes)
  worker   the worker is killed (SIGKILL) in the middle of a global matching run; a re-run
           completes and no request holds two proposals
  postgres PostgreSQL is restarted under load (wrk); the site answers again by itself, without a
           restart of gunicorn (run bench/http/run.py once first: it builds that database)

Run: .venv/bin/python bench/faults/run.py [mail] [worker] [postgres]
Uses PostgreSQL at 127.0.0.1:5432 (database landvorteil_faults) and a django-q2 worker process
(`manage.py qcluster`). The postgres scenario restarts the machine's PostgreSQL: run it alone.
Not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT), str(ROOT / "site")]
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/landvorteil_faults"
MAIL_DIR = Path(tempfile.mkdtemp(prefix="landvorteil-faults-mail-"))
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


def verdict(ok: bool, text: str) -> bool:
    print(f"{'PASS' if ok else 'FAIL'}  {text}", flush=True)
    return ok


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


@contextlib.contextmanager
def worker(**extra_env: str):
    """`manage.py qcluster` in its own process group, so a kill takes its children too."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "qcluster"],
        env={**WORKER_ENV, **extra_env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
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


def mail_outage(count: int = 200, outage_seconds: int = 20) -> bool:
    from django.db import transaction

    from outbox.models import Mail
    from outbox.services import mail_enqueue

    Mail.objects.all().delete()
    recipients = [f"gruender{n}@faults.invalid" for n in range(count)]
    with worker(MAIL_FAIL_RATE="1.0"):
        for address in recipients:
            with transaction.atomic():
                mail_enqueue(
                    template="faults/outage", to=address, language="de", subject="Test", text="T"
                )
        time.sleep(outage_seconds)
        sent_during = Mail.objects.filter(status=Mail.Status.SENT).count()
        tried = Mail.objects.filter(attempts__gt=0).count()
    print(f"  outage: {tried} of {count} mails tried, {sent_during} sent", flush=True)
    started = time.monotonic()
    with worker(MAIL_FAIL_RATE="0"):
        done = wait_for(
            lambda: not Mail.objects.exclude(status=Mail.Status.SENT).exists(), seconds=240
        )
    print(f"  recovery: all sent after {time.monotonic() - started:.0f} s", flush=True)
    delivered = Counter(
        line.split(":", 1)[1].strip()
        for path in MAIL_DIR.glob("*.log")
        for line in path.read_text().splitlines()
        if line.startswith("To: ")
    )
    once = all(delivered[address] == 1 for address in recipients)
    return verdict(
        done and sent_during == 0 and once and len(delivered) == count,
        f"mail: {count} mails through a {outage_seconds} s outage; "
        f"{sum(delivered.values())} deliveries to {len(delivered)} recipients, each exactly once",
    )


def killed_worker(n_requests: int = 3000, n_mentors: int = 900) -> bool:
    from django.db.models import Count
    from matching_db import seed

    from founders.models import HelpRequest
    from matching.models import Match, MatchingRun
    from matching.services import matching_run_start

    if HelpRequest.objects.count() < n_requests:
        seed(n_requests, n_mentors, 2026)
    Match.objects.all().delete()
    MatchingRun.objects.all().delete()
    with worker() as process:
        run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND)
        midway = wait_for(
            lambda: MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.RUNNING,
            seconds=60,
        )
        time.sleep(0.5)
        os.killpg(process.pid, signal.SIGKILL)
    run.refresh_from_db()
    print(f"  killed at stage '{run.stage}' ({run.progress} %), status {run.status}", flush=True)
    with worker():
        from django.test import override_settings

        with override_settings(MATCHING_RUN_STALE_MINUTES=0):  # the dead run's slot is freed
            rerun = matching_run_start(trigger=MatchingRun.Trigger.COMMAND)
        finished = wait_for(
            lambda: MatchingRun.objects.get(pk=rerun.pk).status == MatchingRun.Status.FINISHED,
            seconds=300,
        )
    rerun.refresh_from_db()
    doubled = (
        Match.objects.filter(status=Match.Status.PROPOSED)
        .values("help_request")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    proposals = Match.objects.filter(status=Match.Status.PROPOSED).count()
    return verdict(
        midway and finished and doubled == 0 and proposals == rerun.served_count,
        f"worker: killed mid-run, re-run served {rerun.served_count} of "
        f"{rerun.requests_count} requests; {proposals} proposals, {doubled} requests with two",
    )


def _http_bench():
    """bench/http/run.py as a module (its folder's name would shadow the standard `http`)."""
    spec = importlib.util.spec_from_file_location("http_bench", ROOT / "bench" / "http" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def postgres_restart(seconds: int = 40) -> bool:
    import urllib.error
    import urllib.request

    http_bench = _http_bench()
    guide = http_bench.prepare()
    codes: list[tuple[float, int]] = []
    with http_bench.gunicorn(http_bench.CACHED_PORT, 4, PAGE_CACHE_SECONDS="0") as base:
        started = time.monotonic()
        restart = None
        load = subprocess.Popen(
            ["wrk", "-t", "2", "-c", "16", "-d", f"{seconds}s", f"{base}{guide}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        while (elapsed := time.monotonic() - started) < seconds:
            if restart is None and elapsed > seconds / 4:
                restart = subprocess.Popen(["pg_ctlcluster", "15", "main", "restart"])
                restarted_at = elapsed
            try:
                with urllib.request.urlopen(f"{base}{guide}", timeout=5) as response:
                    codes.append((elapsed, response.status))
            except urllib.error.HTTPError as error:
                codes.append((elapsed, error.code))
            except OSError:
                codes.append((elapsed, 0))
            time.sleep(0.1)
        restart.wait()
        wrk_out, _ = load.communicate()
    failed = [(t, code) for t, code in codes if code != 200]
    settled = [code for t, code in codes if t > seconds * 0.75]
    recovered = bool(settled) and all(code == 200 for code in settled)
    outage = f"{failed[0][0]:.1f}–{failed[-1][0]:.1f} s" if failed else "none seen"
    kinds = sorted({code for _, code in failed})
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk_out)
    total = re.search(r"(\d+) requests in", wrk_out)
    return verdict(
        recovered,
        f"postgres: restarted at {restarted_at:.1f} s under load (wrk 16 connections, "
        f"{total.group(1) if total else '?'} requests, "
        f"{non_2xx.group(1) if non_2xx else 0} answered 5xx); probes failed {outage} "
        f"with {kinds}, every probe in the last quarter answered 200, same gunicorn",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", default=["mail", "worker"])
    args = parser.parse_args()
    from matching_db import setup_django

    os.environ.update({k: v for k, v in WORKER_ENV.items() if k.startswith(("OUTBOX", "EMAIL"))})
    setup_django(DATABASE_URL)
    logging.getLogger("django-q").setLevel(logging.WARNING)  # not one line per queued task
    run = {"mail": mail_outage, "worker": killed_worker, "postgres": postgres_restart}
    results = [run[name]() for name in args.scenarios]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
