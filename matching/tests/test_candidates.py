"""Hard constraints: every excluded pair stays out, every feasible pair stays in."""

import math
from pathlib import Path

import numpy as np

from matching.engine.candidates import EARTH_RADIUS_KM, candidates
from matching.tests.factories import BERLIN, COTTBUS, POTSDAM, mentors, requests


def pairs(reqs, ments, **kwargs) -> set[tuple[int, int]]:
    c = candidates(reqs, ments, **kwargs)
    return {(int(reqs.ids[r]), int(ments.ids[m])) for r, m in zip(c.req, c.mentor, strict=True)}


def test_feasible_pair_is_found_with_its_distance():
    c = candidates(requests([{"place": BERLIN}]), mentors([{"place": POTSDAM}]))
    assert len(c) == 1
    assert 25 < c.distance_km[0] < 30


def test_mentor_without_remaining_capacity_is_never_a_candidate():
    ments = mentors([{"id": 1, "capacity": 0, "remote": True}, {"id": 2, "capacity": 1}])
    assert pairs(requests([{"id": 7}]), ments) == {(7, 2)}


def test_mentor_without_shared_topic_is_never_a_candidate():
    ments = mentors([{"id": 1, "topics": {3}, "remote": True}, {"id": 2, "topics": {0, 3}}])
    assert pairs(requests([{"id": 7, "topics": {0, 1}}]), ments) == {(7, 2)}


def test_mentor_without_shared_language_is_never_a_candidate():
    ments = mentors(
        [{"id": 1, "languages": ("pl",), "remote": True}, {"id": 2, "languages": ("pl", "en")}]
    )
    assert pairs(requests([{"id": 7, "languages": ("de", "en")}]), ments) == {(7, 2)}


def test_mentor_beyond_own_radius_is_excluded_for_in_person_only_founder():
    ments = mentors(
        [
            {"id": 1, "place": POTSDAM, "radius_km": 20},  # 27 km away, travels 20
            {"id": 2, "place": POTSDAM, "radius_km": 40},
            {"id": 3, "place": COTTBUS, "radius_km": 150, "remote": True},
            {"id": 4, "place": COTTBUS, "radius_km": 50, "remote": True},
        ]
    )
    assert pairs(requests([{"id": 7, "remote": False}]), ments) == {(7, 2), (7, 3)}


def test_remote_pair_is_allowed_when_both_accept_remote():
    reqs = requests([{"id": 7, "in_person": False}, {"id": 8, "in_person": False, "remote": False}])
    ments = mentors(
        [
            {"id": 1, "place": COTTBUS, "radius_km": 5, "remote": True},
            {"id": 2, "place": BERLIN, "remote": False},
        ]
    )
    c = candidates(reqs, ments)
    assert [(int(r), int(m)) for r, m in zip(c.req, c.mentor, strict=True)] == [(0, 0)]
    assert math.isnan(c.distance_km[0])


def test_remote_only_mentor_needs_founder_accepting_remote():
    ments = mentors([{"id": 1, "place": COTTBUS, "radius_km": 0, "remote": True}])
    assert pairs(requests([{"id": 7, "remote": False}]), ments) == set()
    assert pairs(requests([{"id": 7, "remote": True}]), ments) == {(7, 1)}


def test_declined_or_rejected_pair_is_never_offered_again():
    reqs = requests([{"id": 7}, {"id": 8}])
    ments = mentors([{"id": 1}, {"id": 2}])
    assert pairs(reqs, ments, excluded=[(7, 1), (8, 2)]) == {(7, 2), (8, 1)}


def test_pair_both_near_and_remote_keeps_its_distance():
    ments = mentors([{"id": 1, "place": POTSDAM, "remote": True}])
    c = candidates(requests([{"id": 7}]), ments)
    assert len(c) == 1 and not math.isnan(c.distance_km[0])


def test_engine_imports_no_django():
    engine = Path(__file__).resolve().parent.parent / "engine"
    for source in engine.rglob("*.py"):
        assert "django" not in source.read_text(), source  # imports are lower case


def test_candidates_equal_brute_force_on_random_instance():
    rng = np.random.default_rng(11)
    codes = ["de", "en", "pl", "uk"]

    def row(i):
        return {
            "topics": set(rng.choice(12, int(rng.integers(1, 4)), replace=False).tolist()),
            "languages": tuple(rng.choice(codes, int(rng.integers(1, 3)), replace=False)),
            "place": (52.5 + rng.normal(0, 0.3), 13.4 + rng.normal(0, 0.4)),
        }

    reqs = requests(
        [row(i) | {"in_person": bool(rng.random() < 0.8), "remote": bool(rng.random() < 0.5)}
         for i in range(40)]
    )  # fmt: skip
    ments = mentors(
        [row(i) | {"radius_km": float(rng.uniform(0, 40)), "remote": bool(rng.random() < 0.3),
                   "capacity": int(rng.integers(0, 3))} for i in range(15)]
    )  # fmt: skip
    excluded = [(int(reqs.ids[3]), int(ments.ids[4])), (int(reqs.ids[9]), int(ments.ids[0]))]
    expected = set()
    for r in range(len(reqs)):
        for m in range(len(ments)):
            lat1, lon1, lat2, lon2 = np.radians(
                [reqs.lat[r], reqs.lon[r], ments.lat[m], ments.lon[m]]
            )
            a = (
                np.sin((lat2 - lat1) / 2) ** 2
                + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
            )
            km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
            meet = (reqs.in_person[r] and km <= ments.radius_km[m]) or (
                reqs.remote[r] and ments.remote[m]
            )
            topic = reqs.topics[r].multiply(ments.topics[m]).sum() > 0
            lang = int(reqs.languages[r]) & int(ments.languages[m])
            ok = ments.capacity[m] > 0 and topic and lang and meet
            if ok and (int(reqs.ids[r]), int(ments.ids[m])) not in excluded:
                expected.add((int(reqs.ids[r]), int(ments.ids[m])))
    assert len(expected) > 10
    assert pairs(reqs, ments, excluded=excluded) == expected


def test_block_size_changes_no_pair_and_no_distance():
    rng = np.random.default_rng(12)
    reqs = requests(
        [{"place": (52.5 + rng.normal(0, 0.3), 13.4 + rng.normal(0, 0.4))} for _ in range(60)]
    )
    ments = mentors(
        [{"place": (52.5 + rng.normal(0, 0.3), 13.4 + rng.normal(0, 0.4)),
          "radius_km": float(rng.uniform(0, 40))} for _ in range(50)]
    )  # fmt: skip
    whole = candidates(reqs, ments)
    assert len(whole) > 100
    for chunk in (1, 7):
        blocks = candidates(reqs, ments, chunk=chunk)
        np.testing.assert_array_equal(whole.req, blocks.req)
        np.testing.assert_array_equal(whole.mentor, blocks.mentor)
        np.testing.assert_array_equal(whole.distance_km, blocks.distance_km)


def test_mentor_exactly_at_the_edge_of_own_radius_is_reached_and_a_hair_less_is_not():
    reqs = requests([{"id": 7, "place": BERLIN, "remote": False}])
    km = candidates(reqs, mentors([{"id": 1, "place": POTSDAM, "radius_km": 100}])).distance_km[0]
    for radius, found in ((km, True), (km * (1 + 1e-12), True), (km * (1 - 1e-12), False)):
        ments = mentors([{"id": 1, "place": POTSDAM, "radius_km": radius}])
        assert (pairs(reqs, ments) == {(7, 1)}) is found
        assert (pairs(reqs, ments, max_per_request=3) == {(7, 1)}) is found


def test_the_cap_keeps_each_requests_most_promising_feasible_mentors():
    ments = mentors(
        [
            *(
                {"id": i, "place": COTTBUS, "remote": True, "radius_km": 0, "topics": {0}}
                for i in range(1, 9)
            ),
            {"id": 20, "place": COTTBUS, "remote": True, "radius_km": 0, "topics": {0, 1}},
            {"id": 30, "place": POTSDAM, "topics": {0}},  # meets in person: distance counts
            {
                "id": 40,
                "place": COTTBUS,
                "remote": True,
                "radius_km": 0,
                "topics": {0},
                "languages": ("pl",),
            },
        ]
    )
    reqs = requests([{"id": 7, "topics": {0, 1}}])
    capped = pairs(reqs, ments, max_per_request=3)
    assert (7, 20) in capped and (7, 30) in capped  # full coverage first, then the near one
    assert (7, 40) not in capped and capped <= pairs(reqs, ments)


def test_requests_with_equal_needs_spread_and_no_mentor_is_left_out():
    ments = mentors(
        [{"id": i, "place": COTTBUS, "remote": True, "radius_km": 0} for i in range(1, 101)]
    )
    reqs = requests([{"id": 200 + i, "in_person": False} for i in range(50)])
    c = candidates(reqs, ments, max_per_request=5)
    assert np.bincount(c.req).min() >= 5
    assert len(set(c.mentor.tolist())) == 100  # every mentor keeps some requests
    assert len(c) < 50 * 100


def test_chunked_capped_candidates_are_the_best_of_the_full_set_per_request():
    rng = np.random.default_rng(7)
    ments = mentors(
        [
            {
                "id": i,
                "topics": set(rng.choice(6, 2, replace=False).tolist()),
                "place": (52.3 + rng.random(), 13.0 + rng.random()),
                "radius_km": 60.0,
                "remote": bool(rng.random() < 0.5),
            }
            for i in range(1, 61)
        ]
    )
    reqs = requests(
        [
            {"id": 500 + i, "topics": {int(rng.integers(6))}, "place": (52.8, 13.5)}
            for i in range(150)
        ]
    )
    full = candidates(reqs, ments)
    capped = candidates(reqs, ments, max_per_request=4, chunk=40)
    assert set(zip(capped.req, capped.mentor, strict=True)) <= set(
        zip(full.req, full.mentor, strict=True)
    )
    per_request = np.bincount(capped.req, minlength=len(reqs))
    assert (per_request >= np.minimum(np.bincount(full.req, minlength=len(reqs)), 4)).all()
    per_mentor = np.bincount(capped.mentor, minlength=len(ments))
    wanted = np.minimum(np.bincount(full.mentor, minlength=len(ments)), 8 * ments.capacity)
    assert (per_mentor >= wanted).all()
    assert len(capped) < len(full)
    assert (np.diff(capped.req) >= 0).all()  # still sorted by request
