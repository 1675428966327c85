"""Global runs and stored suggestions: what a coordinator finds after a run or a confirmation."""

import json
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_q.models import Schedule

from founders.models import HelpRequest
from founders.services import help_request_confirm
from matching.models import Match, MatchingRun, Suggestion
from matching.services import (
    NIGHTLY_SCHEDULE_NAME,
    OFFERS_SCHEDULE_NAME,
    RECOVERY_SCHEDULE_NAME,
    MatchingRunBusy,
    matching_compute,
    matching_run_execute,
    matching_run_start,
    schedules_sync,
)
from matching.tasks import matching_run_nightly

pytestmark = pytest.mark.django_db


def run_now() -> MatchingRun:
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
    return matching_run_execute(run_id=run.pk)


def test_a_run_proposes_one_mentor_per_served_request_within_capacity(make_request, make_expert):
    mentor = make_expert(capacity=2)
    requests = [make_request() for _ in range(3)]
    run = run_now()
    assert run.status == MatchingRun.Status.FINISHED and run.slot is None
    assert (run.requests_count, run.mentors_count, run.served_count) == (3, 1, 2)
    proposals = list(run.proposals.all())
    assert len(proposals) == 2 and {p.mentor_id for p in proposals} == {mentor.pk}
    assert {p.help_request_id for p in proposals} < {r.pk for r in requests}
    assert all(p.status == Match.Status.PROPOSED and 0 < p.score <= 1 for p in proposals)
    assert proposals[0].reasons[0] == {"code": "topics", "shared": 1, "total": 1}


def test_the_run_serves_more_founders_than_first_come_first_served(make_request, make_expert):
    # The first request could take either mentor; served first-come, it would take the only
    # mentor the second request can use.
    flexible = make_request(topics=("steuern", "recht"))
    narrow = make_request(topics=("recht",))
    make_expert(topics=("steuern", "recht"), capacity=1)
    make_expert(topics=("steuern",), capacity=1)
    HelpRequest.objects.filter(pk=flexible.pk).update(confirmed_at=timezone.now() - timedelta(30))
    run = run_now()
    assert run.served_count == 2
    assert set(run.proposals.values_list("help_request_id", flat=True)) == {flexible.pk, narrow.pk}


def test_a_rerun_replaces_unreviewed_proposals_and_never_duplicates(make_request, make_expert):
    make_expert(capacity=3)
    for _ in range(3):
        make_request()
    first = run_now()
    second = run_now()
    assert Match.objects.count() == 3
    assert set(Match.objects.values_list("run_id", flat=True)) == {second.pk}
    assert not first.proposals.exists()


def test_a_rerun_keeps_approved_matches_and_counts_them_against_capacity(make_request, make_expert):
    make_expert(capacity=2)
    for _ in range(3):
        make_request()
    run_now()
    approved = Match.objects.first()
    Match.objects.filter(pk=approved.pk).update(status=Match.Status.APPROVED)
    run_now()
    approved.refresh_from_db()
    assert approved.status == Match.Status.APPROVED
    assert Match.objects.count() == 2  # the approved one and one new proposal


def test_a_request_approved_while_the_engine_works_gets_no_second_proposal(
    make_request, make_expert
):
    mentor = make_expert(capacity=2)
    help_request = make_request()
    computation = matching_compute()
    Match.objects.create(
        help_request=help_request, mentor=mentor, status=Match.Status.APPROVED, score=0.4
    )
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
    with mock.patch("matching.services.matching_compute", return_value=computation):
        run = matching_run_execute(run_id=run.pk)
    assert run.served_count == 0
    assert Match.objects.filter(help_request=help_request).count() == 1


def test_only_one_run_at_a_time(make_request):
    matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, enqueue=False)
    with pytest.raises(MatchingRunBusy):
        matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, enqueue=False)


def test_a_failing_run_is_marked_failed_and_frees_the_slot(make_request, make_expert):
    make_expert()
    make_request()
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
    with (
        mock.patch("matching.computing.assign", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        matching_run_execute(run_id=run.pk)
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.FAILED and run.slot is None
    assert not Match.objects.exists()
    assert run_now().served_count == 1


def test_a_run_started_by_a_coordinator_goes_to_the_worker_with_its_id_only(
    coordinator_user, django_capture_on_commit_callbacks
):
    with (
        mock.patch("django_q.tasks.async_task") as async_task,
        django_capture_on_commit_callbacks(execute=True),
    ):
        run = matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=coordinator_user)
    async_task.assert_called_once_with("matching.tasks.matching_run_execute", run.pk)


def test_the_nightly_task_runs_matching(make_request, make_expert):
    make_expert()
    make_request()
    matching_run_nightly()
    assert MatchingRun.objects.get().trigger == MatchingRun.Trigger.SCHEDULE
    assert Match.objects.count() == 1


def test_the_nightly_schedule_is_registered_once():
    schedules_sync()
    schedules_sync()
    schedule = Schedule.objects.get(name=NIGHTLY_SCHEDULE_NAME)
    assert schedule.func == "matching.tasks.matching_run_nightly"
    assert timezone.localtime(schedule.next_run).hour == 2
    offers = Schedule.objects.get(name=OFFERS_SCHEDULE_NAME)
    assert (offers.func, offers.schedule_type) == (
        "matching.tasks.offers_remind_and_expire",
        Schedule.HOURLY,
    )
    recovery = Schedule.objects.get(name=RECOVERY_SCHEDULE_NAME)
    assert (recovery.func, recovery.schedule_type, recovery.minutes) == (
        "matching.tasks.matching_runs_recover",
        Schedule.MINUTES,
        1,
    )
    assert Schedule.objects.filter(name__startswith="matching:").count() == 5


def test_confirming_a_request_stores_its_suggestions(
    make_request, make_expert, django_capture_on_commit_callbacks
):
    experts = [make_expert(), make_expert(topics=("recht", "steuern"))]
    help_request = make_request(status=HelpRequest.Status.UNCONFIRMED)
    with django_capture_on_commit_callbacks(execute=True):  # django-q runs tasks in-line here
        help_request_confirm(help_request=help_request)
    suggestions = list(Suggestion.objects.filter(help_request=help_request))
    assert [s.rank for s in suggestions] == [1, 2]
    assert {s.mentor_id for s in suggestions} == {e.pk for e in experts}
    assert suggestions[0].score >= suggestions[1].score


def test_match_command_prints_json_and_a_dry_run_stores_nothing(make_request, make_expert):
    mentor = make_expert()
    help_request = make_request()
    out = StringIO()
    call_command("match", "--dry-run", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert not MatchingRun.objects.exists() and not Match.objects.exists()
    assert data["run"]["served"] == 1 and data["run"]["dry_run"] is True
    assert data["proposals"] == [
        {
            "request": help_request.pk,
            "founder_email": help_request.email,
            "mentor": mentor.pk,
            "mentor_email": mentor.user.email,
            "score": data["proposals"][0]["score"],
            "reasons": [
                "deckt 1 von 1 Thema ab",
                "weniger als 1 km entfernt, bietet Treffen vor Ort",
                "spricht Deutsch",
                "2 von 2 Plätzen frei",
                "gemeinsame Begriffe: umsatzsteuer",
            ],
        }
    ]


def test_match_command_stores_a_run(make_request, make_expert):
    make_expert()
    make_request()
    out = StringIO()
    call_command("match", stdout=out)
    run = MatchingRun.objects.get()
    assert run.trigger == MatchingRun.Trigger.COMMAND and run.served_count == 1
    assert "served: 1" in out.getvalue()


def test_match_command_refuses_while_another_run_is_going(make_request):
    matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, enqueue=False)
    with pytest.raises(CommandError, match="läuft bereits"):
        call_command("match", stdout=StringIO())
