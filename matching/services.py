"""Writes for matching: start and carry out global runs, store their proposals, store the top
suggestions for a request, keep the schedules."""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from common.schedules import schedule_ensure
from founders.models import HelpRequest
from matching.models import Match, MatchingRun, MatchTransition, Suggestion
from matching.queue import enqueue_after_commit
from matching.selectors import (
    help_requests_open,
    matches_holding,
    matching_input,
    matching_weights,
    suggestions_compute,
)
from mentors.models import Mentor

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


def matching_compute(*, run: MatchingRun | None = None) -> Computation:
    """Load open requests and matchable mentors, assign them exactly; stores nothing."""
    # Numeric libraries load when a matching runs, not when Django starts.
    from matching.computing import proposals_assign

    weights, _k = matching_weights()
    started = time.perf_counter()
    _report(run, MatchingRun.Stage.LOADING, 5)
    data = matching_input()
    loaded = time.perf_counter()
    proposals, result, n_candidates = proposals_assign(
        data, weights=weights, report=functools.partial(_report, run)
    )
    return Computation(
        proposals=proposals,
        parameters={"weights": weights.__dict__},
        requests_count=len(data.requests),
        mentors_count=len(data.mentors),
        candidates_count=n_candidates,
        objective=result.objective,
        engine_seconds=time.perf_counter() - loaded,
        database_seconds=loaded - started,
    )


def matching_run_start(
    *, trigger: str, by: User | None = None, enqueue: bool = True
) -> MatchingRun:
    """Queue a global run (one at a time); the worker carries it out after commit. A run whose
    worker died keeps the slot until the stale rule (matching.recovery) carries it out."""
    try:
        with transaction.atomic():
            run = MatchingRun.objects.create(trigger=trigger, started_by=by, slot=GLOBAL_SLOT)
    except IntegrityError as error:
        raise MatchingRunBusy from error
    if enqueue:
        enqueue_after_commit("matching.tasks.matching_run_execute", run.pk)
    return run


@transaction.atomic
def _store(*, run: MatchingRun, computation: Computation) -> int:
    run = MatchingRun.objects.select_for_update().get(pk=run.pk)
    # Unreviewed proposals of earlier runs (and of this run, if it is carried out again).
    # Deleted in two statements: Django's collector would load every proposal first (seconds
    # for a region's thousands); no signals or other relations depend on them. _raw_delete is
    # the collector's own fast path, private (pinned: tests/test_private_api_pins.py).
    stale = Match.objects.filter(status=Match.Status.PROPOSED, run__isnull=False)
    MatchTransition.objects.filter(match__in=stale).delete()
    stale._raw_delete(stale.db)
    # Coordinators may have approved or proposed something while the engine was working.
    blocked = set(matches_holding().values_list("help_request_id", flat=True))
    still_open = set(help_requests_open().values_list("pk", flat=True))
    held = Counter(matches_holding().values_list("mentor_id", flat=True))
    capacity = dict(
        Mentor.objects.filter(pk__in={p.mentor_id for p in computation.proposals}).values_list(
            "pk", "capacity"
        )
    )
    created = []
    for proposal in computation.proposals:
        request_id, mentor_id = proposal.help_request_id, proposal.mentor_id
        if request_id in blocked or request_id not in still_open:
            continue
        if held[mentor_id] >= capacity.get(mentor_id, 0):
            continue
        held[mentor_id] += 1
        created.append(
            Match(
                help_request_id=request_id,
                mentor_id=mentor_id,
                run=run,
                score=proposal.score,
                parts=proposal.parts,
                reasons=proposal.reasons,
            )
        )
    _insert(matches=created)
    return len(created)


def _insert(*, matches: list[Match]) -> None:
    """Insert new matches: by COPY on PostgreSQL, about three times faster than INSERTs for a
    run's thousands of proposals; by bulk_create elsewhere (SQLite)."""
    if connection.vendor != "postgresql":
        Match.objects.bulk_create(matches, batch_size=1000)
        return
    # Django's own preparation per field: defaults, auto_now stamps and JSON as bulk_create has.
    fields = [f for f in Match._meta.local_concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(Match._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    sql = f"COPY {table} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for match in matches:
            copy.write_row(
                [f.get_db_prep_save(f.pre_save(match, add=True), connection) for f in fields]
            )


def matching_run_execute(*, run_id: int) -> MatchingRun:
    """Carry out a queued run: compute, then replace unreviewed proposals in one transaction."""
    # Claimed by a conditional update: a task delivered twice finds it claimed and stops.
    claimed = MatchingRun.objects.filter(pk=run_id, status=MatchingRun.Status.QUEUED).update(
        status=MatchingRun.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    run = MatchingRun.objects.get(pk=run_id)
    if not claimed:
        return run  # carried out already, or under way
    return matching_run_carry_out(run=run)


def matching_run_carry_out(*, run: MatchingRun) -> MatchingRun:
    """The work of a run its caller has claimed (status running): compute, store, finish."""
    try:
        computation = matching_compute(run=run)
        _report(run, MatchingRun.Stage.STORING, 90)
        stored_at = time.perf_counter()
        served = _store(run=run, computation=computation)
        database_seconds = computation.database_seconds + time.perf_counter() - stored_at
    except Exception as error:
        MatchingRun.objects.filter(pk=run.pk).update(
            status=MatchingRun.Status.FAILED,
            slot=None,
            finished_at=timezone.now(),
            error=type(error).__name__,  # the message might quote data; the log has the rest
        )
        logger.exception("matching run %s failed", run.pk)
        raise
    MatchingRun.objects.filter(pk=run.pk).update(
        status=MatchingRun.Status.FINISHED,
        slot=None,
        stage=MatchingRun.Stage.DONE,
        progress=100,
        finished_at=timezone.now(),
        parameters=computation.parameters,
        requests_count=computation.requests_count,
        mentors_count=computation.mentors_count,
        candidates_count=computation.candidates_count,
        served_count=served,
        total_score=computation.total_score,
        objective=computation.objective,
        engine_seconds=computation.engine_seconds,
        database_seconds=database_seconds,
    )
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
