"""A global run split by service area: one part per area, carried out by whichever worker takes
it, in any order and delivered twice; the proposals are those of one run over all requests."""

import itertools
from unittest import mock

import pytest

from founders.models import HelpRequest
from founders.services import help_request_withdraw
from matching.models import Match, MatchingRun, MatchingRunPart
from matching.recovery import matching_runs_recover
from matching.services import (
    matching_run_execute,
    matching_run_part_execute,
    matching_run_start,
)
from vocabulary.models import Land, Place, ServiceArea

pytestmark = pytest.mark.django_db

TOPICS = (("steuern",), ("recht",), ("steuern", "recht"), ("marketing",), ("recht", "marketing"))


@pytest.fixture
def region(make_request, make_expert, ratzeburg, moelln):
    """Two areas and a place outside both; more founders than places, so mentors are contested."""
    hagenow = Place.objects.create(
        postcode="19230", locality="Hagenow", land=Land.MV, latitude=53.431, longitude=11.187
    )
    ServiceArea.objects.create(name="Herzogtum Lauenburg", postcodes="23909\n23879")
    ServiceArea.objects.create(name="Ratzeburg allein", postcodes="23909")  # overlaps the first
    ServiceArea.objects.create(name="Mölln", postcodes="23879")
    places = (ratzeburg, moelln, hagenow)
    for n in range(24):
        make_request(
            topics=TOPICS[n % len(TOPICS)],
            place=places[n % 3],
            formats=("in_person", "video") if n % 4 else ("in_person",),
            description=f"Gründung Nummer {n}: Umsatzsteuer, Vertrag und Werbung im Dorf.",
        )
    for n in range(7):
        make_expert(
            topics=TOPICS[(n * 2) % len(TOPICS)],
            place=places[n % 3],
            capacity=1 + n % 3,
            radius=(20, 60, 120)[n % 3],
            remote=n % 2 == 0,
        )
    return places


def _proposals() -> dict[tuple[int, int], float]:
    rows = Match.objects.values_list("help_request_id", "mentor_id", "score")
    return {(request, mentor): score for request, mentor, score in rows}


def _same(found: dict, wanted: dict) -> bool:
    """The same pairs; scores alike but for the hair the waiting part grows between runs."""
    return found.keys() == wanted.keys() and all(
        abs(found[pair] - wanted[pair]) < 1e-6 for pair in wanted
    )


@pytest.fixture
def split_run(django_capture_on_commit_callbacks):
    def start() -> tuple[MatchingRun, list[int]]:
        run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False, split=True)
        with (
            mock.patch("django_q.tasks.async_task") as async_task,
            django_capture_on_commit_callbacks(execute=True),
        ):
            matching_run_execute(run_id=run.pk)
        # Only ids go to the broker (never personal data), one task per part.
        assert {call.args[0] for call in async_task.call_args_list} == {
            "matching.tasks.matching_run_part_execute"
        }
        return run, [call.args[1] for call in async_task.call_args_list]

    return start


def _single_run() -> dict[tuple[int, int], float]:
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False, split=False)
    matching_run_execute(run_id=run.pk)
    return _proposals()


def test_a_run_splits_into_one_part_per_area_and_one_for_the_rest(region, split_run):
    run, part_ids = split_run()
    parts = {p.area.name if p.area else None: p for p in MatchingRunPart.objects.all()}
    assert sorted(part_ids) == sorted(p.pk for p in parts.values())
    # Ratzeburg lies in two areas: it goes to the first by name, never to both.
    assert set(parts) == {"Herzogtum Lauenburg", None}
    hagenow = region[2]
    lauenburg = parts["Herzogtum Lauenburg"].request_ids
    rest = parts[None].request_ids
    assert len(lauenburg) == 16 and len(rest) == 8 and not set(lauenburg) & set(rest)
    assert set(rest) == set(HelpRequest.objects.filter(place=hagenow).values_list("pk", flat=True))
    run.refresh_from_db()
    assert (run.status, run.stage, run.slot) == (
        MatchingRun.Status.RUNNING,
        MatchingRun.Stage.CANDIDATES,
        "global",
    )


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_split_run_proposes_what_one_run_proposes_in_any_order(region, order, split_run):
    ServiceArea.objects.filter(name="Herzogtum Lauenburg").delete()  # three parts now
    single = _single_run()
    assert len(single) >= 10
    Match.objects.all().delete()
    run, part_ids = split_run()
    assert len(part_ids) == 3
    finished = [matching_run_part_execute(part_id=part_ids[i]) for i in order]
    assert finished[:2] == [None, None]  # only the last part's worker assigns
    run.refresh_from_db()
    assert finished[2] == run and run.status == MatchingRun.Status.FINISHED
    assert (run.slot, run.progress, run.parameters["parts"]) == (None, 100, 3)
    assert _same(_proposals(), single)
    assert run.requests_count == 24 and run.served_count == len(single)


def test_a_part_delivered_twice_is_carried_out_once(region, split_run):
    run, part_ids = split_run()
    first, *others = part_ids
    assert matching_run_part_execute(part_id=first) is None
    assert matching_run_part_execute(part_id=first) is None  # the broker's second delivery
    for part_id in others:
        matching_run_part_execute(part_id=part_id)
    assert matching_run_part_execute(part_id=others[-1]) is None
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.FINISHED
    assert Match.objects.count() == run.served_count > 0


def test_a_part_that_fails_fails_the_run_and_frees_the_slot(region, split_run):
    run, part_ids = split_run()
    with (
        mock.patch("matching.computing.candidates_part", side_effect=MemoryError),
        pytest.raises(MemoryError),
    ):
        matching_run_part_execute(part_id=part_ids[0])
    run.refresh_from_db()
    assert (run.status, run.slot, run.error) == (MatchingRun.Status.FAILED, None, "MemoryError")
    assert all(matching_run_part_execute(part_id=pk) is None for pk in part_ids[1:])
    assert not Match.objects.exists()
    matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)  # the slot is free


def test_a_split_run_whose_worker_died_is_carried_out_whole_by_the_stale_rule(
    region, settings, split_run
):
    single = _single_run()
    Match.objects.all().delete()
    settings.MATCHING_RUN_STALE_SECONDS = 0
    run, part_ids = split_run()
    matching_run_part_execute(part_id=part_ids[0])  # the other part's worker was killed
    recovered = matching_runs_recover()
    assert recovered.pk == run.pk and recovered.status == MatchingRun.Status.FINISHED
    assert _same(_proposals(), single)
    # The dead worker's task, delivered again, finds the run over and does nothing.
    assert matching_run_part_execute(part_id=part_ids[1]) is None
    assert _same(_proposals(), single)


def test_the_parts_keep_no_candidate_pairs_once_the_run_is_over(region, split_run):
    run, part_ids = split_run()
    for part_id in part_ids:
        matching_run_part_execute(part_id=part_id)
    parts = MatchingRunPart.objects.filter(run=run)
    assert {p.status for p in parts} == {MatchingRunPart.Status.FINISHED}
    assert all(p.pairs is None and p.pairs_count > 0 and p.worker for p in parts)


def test_a_founder_who_withdraws_while_the_parts_run_gets_no_proposal(region, split_run):
    run, part_ids = split_run()
    for part_id in part_ids[:-1]:
        matching_run_part_execute(part_id=part_id)
    first = MatchingRunPart.objects.get(pk=part_ids[0]).request_ids[0]
    help_request_withdraw(help_request=HelpRequest.objects.get(pk=first), by=None)
    matching_run_part_execute(part_id=part_ids[-1])
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.FINISHED and run.requests_count == 23
    assert not Match.objects.filter(help_request_id=first).exists()
    assert Match.objects.count() == run.served_count > 0
