"""Property tests: on random small instances no engine output ever breaks a hard constraint.

Feasibility is recomputed here from the raw rows (own haversine, own set logic), so a constraint
dropped or loosened anywhere in candidates, suggest or assign makes these tests fail.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st

from matching.engine.assign import SCALE, assign
from matching.engine.candidates import candidates
from matching.engine.score import score
from matching.engine.suggest import suggest
from matching.tests import factories
from matching.tests.test_assign import check_valid, reference

# Places in a ~22 km × 20 km box around Ratzeburg, so radii of 0–40 km both reach and miss.
LAT, LON = (53.6, 53.8), (10.6, 10.9)
LANGS = ("de", "en", "pl", "uk")
WORDS = ("Steuer", "Gründung", "Hofladen", "Förderung", "Marketing", "Recht", "Café", "GmbH")
# The engine works with 1e-4 score resolution (assign.SCALE); a per-pair rounding of at most
# half a step each way bounds the gap to the true optimum by one step per served request.
STEP = 1 / SCALE
# On exactly the radius the engine's and this file's haversine may disagree in the last bit.
EDGE_KM = 1e-6

PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Skewed towards a few common topics and German, so pairs are often feasible and contended.
topic = st.integers(0, factories.N_TOPICS - 1) | st.integers(0, 1) | st.just(0)
topics = st.sets(topic, min_size=1, max_size=4)
languages = st.just(["de"]) | st.sets(st.sampled_from(LANGS), min_size=1, max_size=2).map(sorted)
places = st.tuples(st.floats(*LAT), st.floats(*LON))
texts = st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join)

request_rows = st.fixed_dictionaries(
    {
        "topics": topics,
        "languages": languages,
        "in_person": st.booleans(),
        "remote": st.booleans(),
        "place": places,
        "waiting_days": st.floats(0, 200),
        "text": texts,
    }
)
mentor_rows = st.fixed_dictionaries(
    {
        "topics": topics,
        "languages": languages,
        "place": places,
        "radius_km": st.floats(0, 40),
        "remote": st.booleans(),
        "capacity": st.integers(0, 3) | st.integers(1, 3),
        "load": st.integers(0, 3),
        "text": texts,
    }
)


@st.composite
def instances(draw):
    """Raw rows (what the test judges by) plus the engine inputs built from them."""
    r_rows = draw(st.lists(request_rows, min_size=2, max_size=10))
    m_rows = draw(st.lists(mentor_rows, min_size=1, max_size=4))
    r_rows = [row | {"id": 100 + i} for i, row in enumerate(r_rows)]
    m_rows = [row | {"id": 1 + i} for i, row in enumerate(m_rows)]
    all_pairs = [(r["id"], m["id"]) for r in r_rows for m in m_rows]
    excluded = draw(st.sets(st.sampled_from(all_pairs), max_size=4))
    return r_rows, m_rows, excluded, factories.requests(r_rows), factories.mentors(m_rows)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def meets_in_person(r: dict, m: dict) -> bool:
    # A mentor with radius 0 meets nobody in person (the engine's reading: no travel at all).
    return (
        r["in_person"]
        and m["radius_km"] > 0
        and haversine_km(r["place"], m["place"]) <= m["radius_km"]
    )


def feasible(r: dict, m: dict, excluded: set) -> bool:
    """Every hard constraint, written out independently of the engine."""
    return (
        m["capacity"] > 0
        and bool(r["topics"] & m["topics"])
        and bool(set(r["languages"]) & set(m["languages"]))
        and (meets_in_person(r, m) or (r["remote"] and m["remote"]))
        and (r["id"], m["id"]) not in excluded
    )


def on_radius_edge(r: dict, m: dict) -> bool:
    return abs(haversine_km(r["place"], m["place"]) - m["radius_km"]) < EDGE_KM


def assert_feasible(r: dict, m: dict, excluded: set) -> None:
    if on_radius_edge(r, m):
        return
    assert feasible(r, m, excluded), f"infeasible pair offered: request {r}, mentor {m}"


@PROPERTY_SETTINGS
@given(instances())
def test_candidates_are_exactly_the_pairs_meeting_every_hard_constraint(instance):
    r_rows, m_rows, excluded, reqs, ments = instance
    cands = candidates(reqs, ments, excluded=excluded)
    found = set(zip(cands.req.tolist(), cands.mentor.tolist(), strict=True))
    assert len(found) == len(cands)  # no pair twice
    for i, r in enumerate(r_rows):
        for j, m in enumerate(m_rows):
            if on_radius_edge(r, m):
                continue
            assert ((i, j) in found) == feasible(r, m, excluded), (r, m)


@PROPERTY_SETTINGS
@given(instances())
def test_candidate_distance_is_the_travel_distance_only_when_meeting_in_person(instance):
    r_rows, m_rows, excluded, reqs, ments = instance
    cands = candidates(reqs, ments, excluded=excluded)
    for i, j, dist in zip(cands.req, cands.mentor, cands.distance_km, strict=True):
        r, m = r_rows[i], m_rows[j]
        if meets_in_person(r, m):
            assert dist == pytest.approx(haversine_km(r["place"], m["place"]), abs=1e-6)
        elif not on_radius_edge(r, m):
            assert np.isnan(dist)


@PROPERTY_SETTINGS
@given(instances(), st.integers(1, 4))
def test_suggestions_are_feasible_at_most_k_best_first_and_scored_in_unit_range(instance, k):
    r_rows, m_rows, excluded, reqs, ments = instance
    by_id = {m["id"]: m for m in m_rows}
    result = suggest(reqs, ments, k=k, excluded=excluded)
    assert len(result) == len(r_rows)
    for r, offered in zip(r_rows, result, strict=True):
        n_feasible = sum(feasible(r, m, excluded) for m in m_rows)
        assert len(offered) <= k
        mentor_ids = [s.mentor_id for s in offered]
        assert len(set(mentor_ids)) == len(mentor_ids)
        for s in offered:
            assert s.request_id == r["id"]
            assert_feasible(r, by_id[s.mentor_id], excluded)
            assert 0 <= s.score <= 1
            assert all(0 <= part <= 1 for part in s.parts.values())
        if not any(on_radius_edge(r, m) for m in m_rows):
            assert len(offered) == min(k, n_feasible)  # nobody feasible is left out below k
        scores = [s.score for s in offered]
        assert scores == sorted(scores, reverse=True)


def engine_assign(reqs, ments, excluded):
    cands = candidates(reqs, ments, excluded=excluded)
    scores = score(reqs, ments, cands).total
    return cands, scores, assign(cands, scores, ments.capacity, len(reqs))


@PROPERTY_SETTINGS
@given(instances())
def test_assignment_is_feasible_within_capacity_and_serves_each_request_at_most_once(instance):
    r_rows, m_rows, excluded, reqs, ments = instance
    cands, _, result = engine_assign(reqs, ments, excluded)
    check_valid(result, cands, ments.capacity, len(r_rows))
    for i, j in zip(result.req, result.mentor, strict=True):
        assert_feasible(r_rows[i], m_rows[j], excluded)
    per_mentor = np.bincount(result.mentor, minlength=len(m_rows))
    assert all(per_mentor[j] <= m["capacity"] for j, m in enumerate(m_rows))
    assert len(set(result.req.tolist())) == len(result.req) == result.served


@PROPERTY_SETTINGS
@given(instances())
def test_assignment_serves_the_most_and_then_scores_the_most_like_scipy(instance):
    r_rows, _, excluded, reqs, ments = instance
    cands, scores, result = engine_assign(reqs, ments, excluded)
    # reference(): maximum_bipartite_matching on capacity-expanded slots for the count, then
    # linear_sum_assignment for the lexicographic optimum on the engine's unrounded scores.
    most, best = reference(cands, scores, ments.capacity, len(r_rows))
    assert result.served == most
    assert result.total_score <= best + 1e-9
    assert result.total_score >= best - result.served * STEP - 1e-9


@settings(PROPERTY_SETTINGS, max_examples=80)  # no scoring step, so examples are cheaper
@given(instances(), st.data())
def test_assignment_serves_the_most_whatever_the_scores(instance, data):
    # Arbitrary scores on the solver's grid (including 0 and 1) make "serve one more founder"
    # and "keep the higher score" disagree far more often than the engine's own scores do.
    r_rows, _, excluded, reqs, ments = instance
    cands = candidates(reqs, ments, excluded=excluded)
    steps = data.draw(st.lists(st.integers(0, SCALE), min_size=len(cands), max_size=len(cands)))
    scores = np.asarray(steps, dtype=np.float64) / SCALE
    result = assign(cands, scores, ments.capacity, len(r_rows))
    check_valid(result, cands, ments.capacity, len(r_rows))
    most, best = reference(cands, scores, ments.capacity, len(r_rows))
    target(float(len(set(cands.req.tolist())) - most), label="founders left unserved")
    assert result.served == most
    assert result.total_score == pytest.approx(best, abs=1e-9)
