"""The stale rule: a run a dead worker left holding the slot is carried out again by the next
worker's sweep, exactly once, and given up when its worker died on it every time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from matching.models import Match, MatchingRun
from matching.recovery import RUN_MAX_ATTEMPTS, matching_runs_recover
from matching.services import matching_run_execute, matching_run_start

pytestmark = pytest.mark.django_db

S = MatchingRun.Status


def _left_by_a_dead_worker(*, seconds_ago: float, attempts: int = 1, **fields) -> MatchingRun:
    run = matching_run_start(trigger=MatchingRun.Trigger.SCHEDULE, enqueue=False)
    begun = timezone.now() - timedelta(seconds=seconds_ago)
    values = {"status": S.RUNNING, "started_at": begun, "attempts": attempts}
    values.update(stage=MatchingRun.Stage.SCORING, progress=40, **fields)
    MatchingRun.objects.filter(pk=run.pk).update(**values)
    return run


def test_a_run_whose_worker_died_is_carried_out_again_once_stale(
    settings, make_request, make_expert
):
    settings.MATCHING_RUN_STALE_SECONDS = 60
    mentor = make_expert()
    help_request = make_request()
    run = _left_by_a_dead_worker(seconds_ago=61)
    recovered = matching_runs_recover()
    assert recovered.pk == run.pk
    assert (recovered.status, recovered.slot, recovered.progress) == (S.FINISHED, None, 100)
    assert recovered.attempts == 2 and recovered.served_count == 1
    [proposal] = Match.objects.all()
    assert (proposal.help_request, proposal.mentor, proposal.run_id) == (
        help_request,
        mentor,
        run.pk,
    )
    assert matching_runs_recover() is None  # nothing left to recover
    assert MatchingRun.objects.count() == 1


def test_a_run_begun_within_the_threshold_is_left_to_its_worker(settings, make_request):
    settings.MATCHING_RUN_STALE_SECONDS = 60
    make_request()
    run = _left_by_a_dead_worker(seconds_ago=30)
    assert matching_runs_recover() is None
    run.refresh_from_db()
    assert (run.status, run.attempts, run.progress) == (S.RUNNING, 1, 40)


def test_a_queued_run_whose_task_was_lost_is_carried_out(settings, make_request, make_expert):
    settings.MATCHING_RUN_STALE_SECONDS = 60
    make_expert()
    make_request()
    run = matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, enqueue=False)
    MatchingRun.objects.filter(pk=run.pk).update(created_at=timezone.now() - timedelta(minutes=2))
    recovered = matching_runs_recover()
    assert (recovered.pk, recovered.status, recovered.attempts) == (run.pk, S.FINISHED, 1)


def test_a_run_whose_worker_died_every_time_is_given_up_and_frees_the_slot(
    settings, make_request, make_expert
):
    settings.MATCHING_RUN_STALE_SECONDS = 60
    make_expert()
    make_request()
    run = _left_by_a_dead_worker(seconds_ago=61, attempts=RUN_MAX_ATTEMPTS)
    assert matching_runs_recover() is None
    run.refresh_from_db()
    assert (run.status, run.slot) == (S.FAILED, None) and run.error.startswith("stale")
    assert not Match.objects.exists()
    fresh = matching_run_execute(
        run_id=matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False).pk
    )
    assert fresh.status == S.FINISHED and fresh.served_count == 1


def test_the_run_s_own_task_delivered_late_does_not_carry_it_out_a_second_time(
    settings, make_request, make_expert
):
    settings.MATCHING_RUN_STALE_SECONDS = 60
    make_expert()
    make_request()
    run = _left_by_a_dead_worker(seconds_ago=61)
    matching_runs_recover()
    again = matching_run_execute(run_id=run.pk)  # the broker hands the dead worker's task on
    assert (again.status, again.attempts) == (S.FINISHED, 2)
    assert Match.objects.count() == 1


def test_a_task_delivered_twice_carries_the_run_out_once(make_request, make_expert):
    make_expert()
    make_request()
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
    matching_run_execute(run_id=run.pk)
    again = matching_run_execute(run_id=run.pk)
    assert (again.status, again.attempts) == (S.FINISHED, 1)
    assert Match.objects.count() == 1
