"""`manage.py qcluster` for the fault scripts (bench/faults/run.py starts it; not run by hand).

FAULTS_BREVO_URL sends mail through anymail's Brevo backend to the fake Brevo the mail scenario
runs (anymail's BREVO_API_URL). FAULTS_BROKEN applies one deliberately broken build before the
cluster forks its workers, so each scenario can be shown to FAIL against it:

  stale-rule   the stale rule never runs: a run left by a killed worker is never carried out
  no-key       mails go out without their idempotency key (Brevo cannot drop a repeat)
  repeat-lost  Brevo's refusal of a repeat counts as a failure, not as the mail sent before
  no-retry     a failed send is not retried for a day
  positional-jitter  the candidates' jitter follows a request's position, not its id (as before
               runs were split by area): a part's requests get other jitter than in one run
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _broken(name: str) -> None:
    import matching.tasks
    import outbox.services

    if name == "stale-rule":
        matching.tasks.matching_runs_recover = lambda: None
    elif name == "no-key":
        outbox.services.idempotency_headers = lambda **_: {}
    elif name == "repeat-lost":
        outbox.services.refused_as_repeat = lambda _error: False
    elif name == "no-retry":
        outbox.services._retry_delay = lambda _attempts: timedelta(days=1)
    elif name == "positional-jitter":
        import numpy as np

        import matching.engine.blocks

        by_id = matching.engine.blocks.jitter_factors
        matching.engine.blocks.jitter_factors = lambda ids, stream: by_id(
            np.arange(len(ids)), stream=stream
        )
    elif name not in ("", "no-reconnect", "one-upstream"):  # those break gunicorn or nginx
        sys.exit(f"unknown FAULTS_BROKEN={name}")


def main() -> None:
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    if url := os.environ.get("FAULTS_BREVO_URL"):
        settings.ANYMAIL = {**settings.ANYMAIL, "BREVO_API_URL": url}
    _broken(os.environ.get("FAULTS_BROKEN", ""))
    call_command("qcluster")


if __name__ == "__main__":
    main()
