"""The stale rule for global runs: a run whose worker died (killed, out of memory, stopped by
the task timeout) still holds the slot; the next worker's sweep carries it out again, or gives
it up once it has had RUN_MAX_ATTEMPTS tries."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from matching.models import MatchingRun, MatchingRunPart
from matching.services import GLOBAL_SLOT, matching_run_carry_out

logger = logging.getLogger(__name__)

# A run that killed its worker this often is not tried again: it would block every later run.
RUN_MAX_ATTEMPTS = 3


def _stale() -> Q:
    # No worker has begun the run for this long: a live one would have finished or been stopped
    # by the task timeout, which the threshold exceeds. A run never begun counts from its creation.
    cutoff = timezone.now() - timedelta(seconds=settings.MATCHING_RUN_STALE_SECONDS)
    return Q(slot=GLOBAL_SLOT) & (
        Q(started_at__lt=cutoff) | Q(started_at__isnull=True, created_at__lt=cutoff)
    )


def matching_runs_recover() -> MatchingRun | None:
    """Carry out again the run a dead worker left holding the slot; returns it, or None.

    Each step is a conditional update on the stale condition, so two sweeps (or a sweep and a
    late delivery of the run's own task) never both take one run over."""
    now = timezone.now()
    given_up = (
        MatchingRun.objects.filter(_stale(), attempts__gte=RUN_MAX_ATTEMPTS)
        .values_list("pk", flat=True)
        .first()
    )
    if given_up is not None:
        MatchingRun.objects.filter(_stale(), pk=given_up).update(
            status=MatchingRun.Status.FAILED,
            slot=None,
            finished_at=now,
            error=f"stale: its worker died {RUN_MAX_ATTEMPTS} times",
        )
        logger.warning("matching run %s given up: its worker died each time", given_up)
        return None
    run_id = MatchingRun.objects.filter(_stale()).values_list("pk", flat=True).first()
    if run_id is None:
        return None
    taken = MatchingRun.objects.filter(_stale(), pk=run_id).update(
        status=MatchingRun.Status.RUNNING,
        started_at=now,
        stage=MatchingRun.Stage.WAITING,
        progress=0,
        attempts=F("attempts") + 1,
    )
    if not taken:
        return None  # another worker took it over first
    # A split run is carried out again whole: its parts still queued or under way are given up.
    MatchingRunPart.objects.filter(run_id=run_id).exclude(
        status=MatchingRunPart.Status.FINISHED
    ).update(status=MatchingRunPart.Status.FAILED)
    logger.warning("matching run %s taken over: its worker died", run_id)
    return matching_run_carry_out(run=MatchingRun.objects.get(pk=run_id))
