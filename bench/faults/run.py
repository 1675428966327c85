"""Fault scripts (issues 7 and 17): each breaks something for real, checks a claim that can fail,
and prints a verdict; a table of all results comes last.

  mail        the mail provider fails every send for a while; after it recovers every mail has
              reached its recipient exactly once (counted in the files the mail backend writes)
  mail-crash  a fake Brevo accepts a mail and kills the worker before the outbox records it,
              three times; the outbox sends those mails again. Measured without the per-mail
              idempotency key (duplicates, within the bound of one per mail in flight per
              crash), then with it (none: Brevo refuses a repeated key, the outbox counts that
              refusal as the earlier send)
  worker      the worker is SIGKILLed while a global matching run is running (progress strictly
              between 0 and 100 %); a fresh worker's stale rule, threshold shortened, carries that
              run out once more: same proposals as a clean run, none doubled
  postgres    PostgreSQL is restarted under load (wrk); the site answers again by itself, without
              a restart of gunicorn (bench/faults/postgres.py: run bench/http/run.py once first)

Run: .venv/bin/python bench/faults/run.py [mail] [mail-crash] [worker] [postgres]
FAULTS_BROKEN=<breakage> runs against a deliberately broken build, to show the scenario that
checks it reports FAIL: stale-rule (worker), no-key or repeat-lost (mail-crash), no-retry (mail),
no-reconnect (postgres); bench/faults/qcluster.py and postgres.py say what each one breaks.
Uses PostgreSQL at 127.0.0.1:5432 (database landvorteil_faults) and django-q2 worker processes
(`manage.py qcluster`, logged to /tmp/landvorteil-faults-worker.log). The postgres scenario
restarts the machine's PostgreSQL unless given a private cluster: run it alone. Not a test.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT), str(ROOT / "site")]

from faults.harness import BROKEN, DATABASE_URL, WORKER_ENV, Result, table  # noqa: E402


def _scenarios() -> dict:
    from faults.mail import mail_crash, mail_outage
    from faults.matching_run import killed_worker
    from faults.postgres import postgres_restart

    return {
        "mail": mail_outage,
        "mail-crash": mail_crash,
        "worker": killed_worker,
        "postgres": postgres_restart,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", default=["mail", "mail-crash", "worker"])
    args = parser.parse_args()
    run = _scenarios()
    if unknown := set(args.scenarios) - set(run):
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    print(f"build: {f'deliberately broken ({BROKEN})' if BROKEN else 'as committed'}", flush=True)
    if "postgres" not in args.scenarios or len(args.scenarios) > 1:
        from matching_db import setup_django

        os.environ.update(
            {k: v for k, v in WORKER_ENV.items() if k.startswith(("OUTBOX", "EMAIL"))}
        )
        setup_django(DATABASE_URL)
        logging.getLogger("django-q").setLevel(logging.WARNING)  # not one line per task
    results: list[Result] = []
    for name in args.scenarios:
        got = run[name]()
        results += got if isinstance(got, list) else [got]
    print("\n" + table(results), flush=True)
    sys.exit(0 if all(r.ok for r in results) else 1)


if __name__ == "__main__":
    main()
