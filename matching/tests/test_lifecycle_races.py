"""Races on PostgreSQL: many acceptances for one last place, coordinators approving at once."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from founders.models import HelpRequest
from founders.services import help_request_withdraw
from matching.lifecycle import MatchStateError, match_accept, match_approve
from matching.models import Match
from mentors.services import mentor_pause

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
        except Exception as error:  # a deadlock or any other failure is an outcome too
            outcomes.append(type(error).__name__)
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


def test_a_withdrawal_racing_an_acceptance_never_leaves_a_withdrawn_request_introduced(
    make_request, make_expert
):
    for _ in range(5):
        mentor = make_expert()
        help_request = make_request()
        offer = Match.objects.create(
            help_request=help_request, mentor=mentor, status=S.OFFERED, score=0.5
        )
        founder = help_request.founder.user
        outcomes = race(
            [
                lambda o=offer, u=mentor.user: match_accept(match=o, by=u),
                lambda r=help_request, u=founder: help_request_withdraw(help_request=r, by=u),
            ]
        )
        offer.refresh_from_db()
        help_request.refresh_from_db()
        assert help_request.status == HelpRequest.Status.WITHDRAWN
        # Accepted first and then ended, or refused: never introduced to a withdrawn request.
        assert offer.status == S.CANCELLED, outcomes
        introduced = offer.transitions.filter(to_status=S.INTRODUCED).exists()
        assert sorted(outcomes) == (["ok", "ok"] if introduced else ["ok", "refused"])


def test_a_pause_racing_an_acceptance_ends_in_one_consistent_state(make_request, make_expert):
    for _ in range(5):
        mentor = make_expert(capacity=3)
        offer = Match.objects.create(
            help_request=make_request(), mentor=mentor, status=S.OFFERED, score=0.5
        )
        until = timezone.localdate() + timedelta(days=7)
        outcomes = race(
            [
                lambda o=offer, u=mentor.user: match_accept(match=o, by=u),
                lambda m=mentor, d=until: mentor_pause(mentor=m, until=d, by=m.user),
            ]
        )
        offer.refresh_from_db()
        mentor.refresh_from_db()
        assert mentor.paused_until == until
        # Accepted before the pause (a mentoring under way goes on) or given back by it.
        assert offer.status in (S.INTRODUCED, S.CANCELLED), outcomes
        assert sorted(outcomes) in (["ok", "ok"], ["ok", "refused"]), outcomes
