"""Writes for matching: start and carry out global runs, store their proposals, store the top
suggestions for a request, keep the schedules."""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from common.schedules import schedule_ensure
from founders.models import HelpRequest
from matching.models import MatchingRun, Suggestion
from matching.queue import enqueue_after_commit
from matching.run_parts import (
    RunPartsPairs,
    run_part_claim,
    run_part_compute,
    run_part_fail,
    run_parts_claim_assignment,
    run_parts_create,
    run_parts_pairs,
    run_parts_release,
    run_weights,
)
from matching.selectors import matching_input, suggestions_compute
from matching.storing import proposals_store

if TYPE_CHECKING:
    from matching.computing import Proposal

logger = logging.getLogger(__name__)

GLOBAL_SLOT = "global"
NIGHTLY_SCHEDULE_NAME = "matching: nightly run"
OFFERS_SCHEDULE_NAME = "matching: unanswered offers"
FEEDBACK_SCHEDULE_NAME = "matching: feedback requests"
CHECKIN_SCHEDULE_NAME = "matching: check-ins"
RECOVERY_SCHEDULE_NAME = "matching: runs left by a dead worker"


class MatchingRunBusy(Exception):
    """Another run is queued or running; only one runs at a time."""

    message = _("Es läuft bereits eine Vermittlung. Bitte warten Sie, bis sie fertig ist.")


@dataclass
class Computation:
    """A global assignment worked out but not yet stored (the CLI's dry run stops here)."""

    proposals: list[Proposal]
    parameters: dict
    requests_count: int = 0
    mentors_count: int = 0
    candidates_count: int = 0
    objective: int = 0
    engine_seconds: float = 0.0
    database_seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def served_count(self) -> int:
        return len(self.proposals)

    @property
    def total_score(self) -> float:
        return sum(p.score for p in self.proposals)


def _report(run: MatchingRun | None, stage: str, progress: int) -> None:
    # Outside any transaction, so that the admin's progress page sees it at once.
    if run is not None and run.pk:
        MatchingRun.objects.filter(pk=run.pk).update(stage=stage, progress=progress)


def matching_compute(
    *, run: MatchingRun | None = None, parts: RunPartsPairs | None = None
) -> Computation:
    """Load open requests and matchable mentors, assign them exactly; stores nothing. A split
    run passes its `parts` (their requests and candidate pairs, matching.run_parts)."""
    # Numeric libraries load when a matching runs, not when Django starts.
    from matching.computing import proposals_assign

    weights = run_weights(run=run)
    started = time.perf_counter()
    _report(run, MatchingRun.Stage.LOADING, 5)
    # Waiting times count to the run's start: the same for all the parts of a split run.
    now = run.started_at if run is not None else None
    if parts is None:
        data, packed = matching_input(now=now), None
    else:
        request_ids, packed = parts
        data = matching_input(help_request_ids=request_ids, now=now)
    loaded = time.perf_counter()
    proposals, result, n_candidates = proposals_assign(
        data, weights=weights, report=functools.partial(_report, run), parts=packed
    )
    return Computation(
        proposals=proposals,
        parameters={"weights": weights.__dict__}
        | ({} if packed is None else {"parts": len(packed)}),
        requests_count=len(data.requests),
        mentors_count=len(data.mentors),
        candidates_count=n_candidates,
        objective=result.objective,
        engine_seconds=time.perf_counter() - loaded,
        database_seconds=loaded - started,
    )


def matching_run_start(
    *, trigger: str, by: User | None = None, enqueue: bool = True, split: bool | None = None
) -> MatchingRun:
    """Queue a global run (one at a time); the worker carries it out after commit. A run whose
    worker died keeps the slot until the stale rule (matching.recovery) carries it out. A
    `split` run (by default as MATCHING_RUN_SPLIT_BY_AREA says) goes by service area."""
    split = settings.MATCHING_RUN_SPLIT_BY_AREA if split is None else split
    try:
        with transaction.atomic():
            run = MatchingRun.objects.create(
                trigger=trigger, started_by=by, slot=GLOBAL_SLOT, split=split
            )
    except IntegrityError as error:
        raise MatchingRunBusy from error
    if enqueue:
        enqueue_after_commit("matching.tasks.matching_run_execute", run.pk)
    return run


def matching_run_execute(*, run_id: int) -> MatchingRun:
    """Carry out a queued run: compute, then replace unreviewed proposals in one transaction;
    a split run is split into its parts here, which other tasks carry out."""
    # Claimed by a conditional update: a task delivered twice finds it claimed and stops.
    claimed = MatchingRun.objects.filter(pk=run_id, status=MatchingRun.Status.QUEUED).update(
        status=MatchingRun.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    run = MatchingRun.objects.get(pk=run_id)
    if not claimed:
        return run  # carried out already, or under way
    if run.split:
        run_parts_create(run=run)
        run.refresh_from_db()
        return run
    return matching_run_carry_out(run=run)


def matching_run_part_execute(*, part_id: int) -> MatchingRun | None:
    """Carry out one part of a split run; the worker finishing the last part assigns the run
    (returned then, finished). None when the part was taken already or its run is over."""
    part = run_part_claim(part_id=part_id)
    if part is None:
        return None
    try:
        run_part_compute(part=part)
    except Exception as error:
        run_part_fail(part=part)
        _fail(part.run, error)
        raise
    if not run_parts_claim_assignment(run=part.run):
        return None
    return matching_run_carry_out(run=part.run, parts=run_parts_pairs(run=part.run))


def _fail(run: MatchingRun, error: Exception) -> None:
    MatchingRun.objects.filter(pk=run.pk).update(
        status=MatchingRun.Status.FAILED,
        slot=None,
        finished_at=timezone.now(),
        error=type(error).__name__,  # the message might quote data; the log has the rest
    )
    run_parts_release(run=run)
    logger.exception("matching run %s failed", run.pk)


def matching_run_carry_out(*, run: MatchingRun, parts: RunPartsPairs | None = None) -> MatchingRun:
    """The work of a run its caller has claimed (status running): compute, store, finish."""
    try:
        computation = matching_compute(run=run, parts=parts)
        _report(run, MatchingRun.Stage.STORING, 90)
        stored_at = time.perf_counter()
        served = proposals_store(run=run, proposals=computation.proposals)
        database_seconds = computation.database_seconds + time.perf_counter() - stored_at
    except Exception as error:
        _fail(run, error)
        raise
    MatchingRun.objects.filter(pk=run.pk).update(
        status=MatchingRun.Status.FINISHED,
        slot=None,
        stage=MatchingRun.Stage.DONE,
        progress=100,
        finished_at=timezone.now(),
        parameters=computation.parameters | {"parts": len(parts[1])}
        if parts
        else computation.parameters,
        requests_count=computation.requests_count,
        mentors_count=computation.mentors_count,
        candidates_count=computation.candidates_count,
        served_count=served,
        total_score=computation.total_score,
        objective=computation.objective,
        engine_seconds=computation.engine_seconds,
        database_seconds=database_seconds,
    )
    run_parts_release(run=run)
    run.refresh_from_db()
    logger.info("matching run %s: %s of %s requests served", run.pk, served, run.requests_count)
    return run


@transaction.atomic
def suggestions_store(*, help_request: HelpRequest) -> list[Suggestion]:
    """Replace the stored top suggestions of one request with fresh ones."""
    found = suggestions_compute(help_request=help_request)
    Suggestion.objects.filter(help_request=help_request).delete()
    return Suggestion.objects.bulk_create(
        Suggestion(
            help_request=help_request,
            mentor_id=item.mentor_id,
            rank=rank,
            score=item.score,
            parts={name: round(value, 4) for name, value in item.parts.items()},
            reasons=[r.as_dict() for r in item.reasons],
        )
        for rank, item in enumerate(found, start=1)
    )


def suggestions_store_after_confirmation(*, help_request_id: int) -> None:
    """A request was confirmed: its suggestions are worked out in the background."""
    enqueue_after_commit("matching.tasks.suggestions_refresh", help_request_id)


def schedules_sync() -> None:
    """The nightly global run (02:30 local time), the hourly look at unanswered offers, the
    daily feedback requests and check-ins, and the stale rule every minute are scheduled once
    each (idempotent: a changed task name is corrected, nothing duplicated)."""
    from django_q.models import Schedule

    now = timezone.localtime()
    nightly = now.replace(hour=2, minute=30, second=0, microsecond=0)
    if nightly <= now:
        nightly += timedelta(days=1)
    wanted = {
        NIGHTLY_SCHEDULE_NAME: ("matching.tasks.matching_run_nightly", Schedule.DAILY, nightly),
        OFFERS_SCHEDULE_NAME: ("matching.tasks.offers_remind_and_expire", Schedule.HOURLY, now),
        FEEDBACK_SCHEDULE_NAME: ("matching.tasks.feedback_requests_send", Schedule.DAILY, now),
        CHECKIN_SCHEDULE_NAME: ("matching.tasks.checkins_send", Schedule.DAILY, now),
    }
    for name, (func, schedule_type, next_run) in wanted.items():
        schedule_ensure(name=name, func=func, schedule_type=schedule_type, next_run=next_run)
    schedule_ensure(
        name=RECOVERY_SCHEDULE_NAME,
        func="matching.tasks.matching_runs_recover",
        schedule_type=Schedule.MINUTES,
        minutes=1,
    )
