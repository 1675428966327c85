"""Races on PostgreSQL: many acceptances for one last place, coordinators approving at once."""

import threading

import pytest
from django.db import connection, connections

from matching.lifecycle import MatchStateError, match_accept, match_approve
from matching.models import Match

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks all)"
    ),
]
S = Match.Status


def race(functions) -> list[str]:
    """Run every function in its own thread and connection, released at the same moment."""
    start = threading.Barrier(len(functions))
    outcomes: list[str] = []

    def run(function) -> None:
        try:
            start.wait()
            function()
            outcomes.append("ok")
        except MatchStateError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(f,)) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_twenty_acceptances_for_one_last_place_let_exactly_one_win(make_request, make_expert):
    mentor = make_expert(capacity=1)
    offers = [
        Match.objects.create(
            help_request=make_request(), mentor=mentor, status=S.OFFERED, score=0.5
        )
        for _ in range(20)
    ]
    outcomes = race([lambda m=m: match_accept(match=m, by=mentor.user) for m in offers])
    assert sorted(outcomes) == ["ok"] + ["refused"] * 19
    assert Match.objects.filter(mentor=mentor, status=S.INTRODUCED).count() == 1


def test_two_coordinators_approving_the_same_proposal_approve_it_once(
    make_request, make_expert, coordinator_user
):
    match = Match.objects.create(help_request=make_request(), mentor=make_expert(), score=0.5)
    outcomes = race([lambda: match_approve(match=match, by=coordinator_user)] * 2)
    assert sorted(outcomes) == ["ok", "refused"]
    assert match.transitions.filter(to_status=S.APPROVED).count() == 1
