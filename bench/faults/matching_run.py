"""The killed-worker fault: a global matching run is caught under way (running, progress
strictly between 0 and 100 %), its worker SIGKILLed; a fresh worker's stale rule (threshold
shortened by MATCHING_RUN_STALE_SECONDS) carries the same run out again, unattended.

Its proposals are compared with those of a clean run over the same data just before. Scores
count how long each request has waited, to the second, so two runs a minute apart may pair
near-ties differently: every request of this instance was confirmed ten years ago, where that
share of the score is 1.0 exactly, and the two runs have the same scores to the last bit."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from faults.harness import Result, kill, queue_empty, verdict, wait_for, worker

# Longer than a run of this instance takes (~10 s here), as the real threshold is longer than
# the task timeout: a live run is never taken over.
STALE_SECONDS = 30
LONG_AGO = datetime(2016, 1, 1, tzinfo=UTC)


def _proposals() -> tuple[set[tuple[int, int]], int]:
    from django.db.models import Count

    from matching.models import Match

    proposed = Match.objects.filter(status=Match.Status.PROPOSED)
    doubled = proposed.values("help_request").annotate(n=Count("pk")).filter(n__gt=1).count()
    return set(proposed.values_list("help_request_id", "mentor_id")), doubled


def killed_worker(n_requests: int = 3000, n_mentors: int = 900) -> Result:
    from matching_db import seed

    from matching.models import Match, MatchingRun
    from matching.services import matching_run_start

    # Long confirmed: the waiting-time part of every score is 1.0, so the recovered run and
    # the clean one a minute later score alike.
    seed(n_requests, n_mentors, 2026, confirmed_at=LONG_AGO)
    Match.objects.all().delete()
    MatchingRun.objects.all().delete()
    queue_empty()
    env = {"MATCHING_RUN_STALE_SECONDS": str(STALE_SECONDS)}
    status = MatchingRun.Status

    def run_of(pk: int) -> MatchingRun:
        return MatchingRun.objects.get(pk=pk)

    with worker(**env):  # the clean run, to compare against
        clean = matching_run_start(trigger=MatchingRun.Trigger.COMMAND)
        wait_for(lambda: run_of(clean.pk).status == status.FINISHED, seconds=300)
    clean.refresh_from_db()
    clean_pairs, _ = _proposals()
    clean_seconds = clean.engine_seconds + clean.database_seconds

    with worker(**env) as process:
        run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND)
        # Past loading, in the engine's work: candidates, scores or the assignment.
        wait_for(
            lambda: (r := run_of(run.pk)).status == status.RUNNING and 20 <= r.progress < 90,
            seconds=120,
            poll=0.02,
        )
        kill(process)
        killed_at = time.monotonic()
    run.refresh_from_db()
    stage, progress, killed_status = run.stage, run.progress, run.status
    midway = killed_status == status.RUNNING and 0 < progress < 100
    print(f"  killed at stage '{stage}' ({progress} %), status {killed_status}", flush=True)

    with worker(**env):
        finished = wait_for(
            lambda: run_of(run.pk).status == status.FINISHED, seconds=STALE_SECONDS + 150
        )
    recovered = time.monotonic() - killed_at
    run.refresh_from_db()
    pairs, doubled = _proposals()
    others = MatchingRun.objects.exclude(pk__in=[clean.pk, run.pk]).count()
    same = pairs == clean_pairs and len(pairs) == run.served_count
    same = same and run.objective == clean.objective
    return verdict(
        Result(
            "worker killed mid-run",
            "killed while running, 0 < progress < 100; the stale rule carries the same run "
            "out once more; proposals as a clean run's, none doubled",
            midway and finished and run.attempts == 2 and others == 0 and same and doubled == 0,
            f"killed at '{stage}' {progress} % ({killed_status}); "
            f"{'finished' if finished else 'NOT finished'} {recovered:.0f} s after the kill "
            f"(threshold {STALE_SECONDS} s, clean run {clean_seconds:.1f} s), "
            f"{run.attempts} attempts, {others} other runs; {len(pairs)} proposals "
            f"{'=' if pairs == clean_pairs else '!='} the clean run's {len(clean_pairs)} "
            f"(objective {'=' if run.objective == clean.objective else '!='}), "
            f"{doubled} requests with two",
        )
    )
