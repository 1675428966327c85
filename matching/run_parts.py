"""Global runs split by service area: the open requests fixed per area when the run begins,
one task per part (candidate pairs, the costly search over all mentors), and the assignment
over all parts at once by the worker that finishes the last. Whichever workers are free take
the parts, on one cluster or several sharing the broker; the proposals are those of one run
over all requests (matching.engine.candidates.candidates_merge).

Each step is a conditional update, so a task delivered twice, or two parts finishing at the
same moment, never do one piece of work twice. A part whose worker died leaves the run
holding its slot; the stale rule (matching.recovery) then carries the run out again whole.
"""

from __future__ import annotations

import os
import time

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from matching.engine.weights import Weights
from matching.models import MatchingRun, MatchingRunPart
from matching.queue import enqueue_after_commit
from matching.selectors import help_requests_open, matching_input, matching_weights
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_q

PART_TASK = "matching.tasks.matching_run_part_execute"
# What the assignment of a split run works from: its requests' ids and each part's packed pairs.
RunPartsPairs = tuple[list[int], list[bytes]]


def run_weights(*, run: MatchingRun | None) -> Weights:
    """The weights a run was begun with (split runs keep them for all their parts), or the
    coordinators' current ones."""
    if run is not None and run.parameters.get("weights"):
        return Weights(**run.parameters["weights"])
    return matching_weights()[0]


@transaction.atomic
def run_parts_create(*, run: MatchingRun) -> list[MatchingRunPart]:
    """One part per service area with open requests (a request covered by several areas goes to
    the first by name), one more for the requests outside every area; each queued after commit.
    """
    open_requests = help_requests_open().order_by("pk")
    taken: set[int] = set()
    parts = []
    for area in ServiceArea.objects.order_by("name", "pk"):
        inside = open_requests.filter(service_area_q(area=area, path="place__"))
        ids = [pk for pk in inside.values_list("pk", flat=True) if pk not in taken]
        taken.update(ids)
        if ids:
            parts.append(MatchingRunPart(run=run, area=area, request_ids=ids))
    rest = [pk for pk in open_requests.values_list("pk", flat=True) if pk not in taken]
    if rest or not parts:
        parts.append(MatchingRunPart(run=run, area=None, request_ids=rest))
    parts = MatchingRunPart.objects.bulk_create(parts)
    MatchingRun.objects.filter(pk=run.pk).update(
        parameters={"weights": matching_weights()[0].__dict__, "parts": len(parts)},
        stage=MatchingRun.Stage.CANDIDATES,
        progress=20,
    )
    for part in parts:
        enqueue_after_commit(PART_TASK, part.pk)
    return parts


def run_part_claim(*, part_id: int) -> MatchingRunPart | None:
    """The part, if this worker is the one to work it out (it was queued, its run still runs)."""
    claimed = MatchingRunPart.objects.filter(
        pk=part_id,
        status=MatchingRunPart.Status.QUEUED,
        run__status=MatchingRun.Status.RUNNING,
    ).update(
        status=MatchingRunPart.Status.RUNNING,
        started_at=timezone.now(),
        worker=f"{settings.WORKER_NAME}:{os.getpid()}"[:100],
    )
    return MatchingRunPart.objects.select_related("run").get(pk=part_id) if claimed else None


def run_part_compute(*, part: MatchingRunPart) -> None:
    """Work out a claimed part's candidate pairs and keep them with it."""
    # Numeric libraries load when a matching runs, not when Django starts.
    from matching.computing import candidate_part_find

    started = time.perf_counter()
    run = part.run
    data = matching_input(help_request_ids=part.request_ids, now=run.started_at)
    packed, count = candidate_part_find(data, weights=run_weights(run=run))
    MatchingRunPart.objects.filter(
        pk=part.pk, status=MatchingRunPart.Status.RUNNING, run__status=MatchingRun.Status.RUNNING
    ).update(
        status=MatchingRunPart.Status.FINISHED,
        pairs=packed,
        pairs_count=count,
        finished_at=timezone.now(),
        seconds=time.perf_counter() - started,
    )


def run_part_fail(*, part: MatchingRunPart) -> None:
    MatchingRunPart.objects.filter(pk=part.pk).update(
        status=MatchingRunPart.Status.FAILED, finished_at=timezone.now()
    )


def run_parts_claim_assignment(*, run: MatchingRun) -> bool:
    """Whether this worker assigns the run: all its parts are finished and no other worker has
    claimed the assignment (one conditional update decides). Otherwise the progress moves on."""
    unfinished = MatchingRunPart.objects.filter(run=OuterRef("pk")).exclude(
        status=MatchingRunPart.Status.FINISHED
    )
    claimed = (
        MatchingRun.objects.filter(
            pk=run.pk, status=MatchingRun.Status.RUNNING, stage=MatchingRun.Stage.CANDIDATES
        )
        .exclude(Exists(unfinished))
        .update(stage=MatchingRun.Stage.SCORING, progress=40)
    )
    if not claimed:
        parts = list(run.parts.values_list("status", flat=True))
        done = parts.count(MatchingRunPart.Status.FINISHED)
        MatchingRun.objects.filter(
            pk=run.pk, status=MatchingRun.Status.RUNNING, stage=MatchingRun.Stage.CANDIDATES
        ).update(progress=20 + 20 * done // max(len(parts), 1))
    return bool(claimed)


def run_parts_pairs(*, run: MatchingRun) -> RunPartsPairs:
    """The requests of all a run's parts still open (a founder may have withdrawn meanwhile:
    her pairs are dropped, her mentor stays free for others) and their packed candidate pairs."""
    rows = list(run.parts.order_by("pk").values_list("request_ids", "pairs"))
    still_open = set(help_requests_open().values_list("pk", flat=True))
    ids = [pk for request_ids, _ in rows for pk in request_ids if pk in still_open]
    return ids, [bytes(pairs) for _, pairs in rows]


def run_parts_release(*, run: MatchingRun) -> None:
    """Drop a finished or failed run's candidate pairs (megabytes a night, needed only until
    the assignment); the parts stay as the record of who worked out what."""
    MatchingRunPart.objects.filter(run=run, pairs__isnull=False).update(pairs=None)
