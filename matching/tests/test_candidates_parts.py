"""A run split into groups of requests (one per service area) keeps the same candidates as one
run over all of them, however the requests are grouped and however often promises tie."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.engine.candidates import candidates, candidates_merge, candidates_part
from matching.engine.index import MentorIndex
from matching.engine.shortlist import MentorShortlist, best_per_row
from matching.tests.factories import BERLIN, COTTBUS, POTSDAM, mentors, requests

# Few places and topics: many pairs promise exactly the same, so ties decide the shortlists.
_PLACES = (BERLIN, POTSDAM, COTTBUS)


def _instance(seed: int, n_requests: int, n_mentors: int):
    rng = np.random.default_rng(seed)
    ments = mentors(
        [
            {
                "id": 1 + i,
                "topics": set(rng.choice(4, int(rng.integers(1, 3)), replace=False).tolist()),
                "place": _PLACES[int(rng.integers(3))],
                "radius_km": float(rng.choice([0.0, 80.0, 150.0])),
                "remote": bool(rng.random() < 0.5),
                "capacity": int(rng.integers(0, 3)),
            }
            for i in range(n_mentors)
        ]
    )
    reqs = requests(
        [
            {
                "id": 1000 + 3 * i,
                "topics": {int(rng.integers(4))},
                "place": _PLACES[int(rng.integers(3))],
                "in_person": bool(rng.random() < 0.8),
                "remote": bool(rng.random() < 0.6),
            }
            for i in range(n_requests)
        ]
    )
    return reqs, ments


def _group(reqs, rows):
    return requests(
        [
            {
                "id": int(reqs.ids[r]),
                "topics": set(np.flatnonzero(reqs.topics[r].toarray()[0]).tolist()),
                "place": (float(reqs.lat[r]), float(reqs.lon[r])),
                "in_person": bool(reqs.in_person[r]),
                "remote": bool(reqs.remote[r]),
            }
            for r in rows
        ]
    )


def _pairs(c) -> set[tuple[int, int]]:
    return set(zip(c.req.tolist(), c.mentor.tolist(), strict=True))


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n_groups=st.integers(1, 4),
    per_request=st.sampled_from([None, 1, 3]),
    chunk=st.sampled_from([None, 3, 17]),
)
def test_groups_merged_give_the_candidates_of_one_run(seed, n_groups, per_request, chunk):
    reqs, ments = _instance(seed, 60, 25)
    index = MentorIndex(ments)
    group_of = np.random.default_rng(seed + 1).integers(n_groups, size=len(reqs))
    excluded = [(int(reqs.ids[0]), int(ments.ids[0])), (int(reqs.ids[5]), int(ments.ids[3]))]
    whole = candidates(reqs, ments, index=index, excluded=excluded, max_per_request=per_request)
    parts = [
        candidates_part(
            _group(reqs, np.flatnonzero(group_of == g)),
            ments,
            index=index,
            excluded=excluded,
            max_per_request=per_request,
            chunk=chunk,
        )
        for g in range(n_groups)
    ]
    merged = candidates_merge(parts, reqs, ments, index=index)
    assert _pairs(merged) == _pairs(whole)
    assert np.array_equal(merged.distance_km, whole.distance_km, equal_nan=True)
    assert (int(reqs.ids[0]), int(ments.ids[0])) not in {
        (int(reqs.ids[r]), int(ments.ids[m])) for r, m in _pairs(merged)
    }


def test_pairs_of_requests_and_mentors_gone_since_the_part_are_dropped():
    reqs, ments = _instance(1, 10, 6)
    index = MentorIndex(ments)
    part = candidates_part(reqs, ments, index=index)
    assert len(part.request_id)
    gone_request, gone_mentor = int(reqs.ids[0]), int(ments.ids[0])
    rest = _group(reqs, range(1, len(reqs)))
    stayed = mentors([{"id": int(i), "topics": {0, 1, 2, 3}} for i in ments.ids[1:]])
    merged = candidates_merge([part], rest, stayed, index=MentorIndex(stayed))
    named = {(int(rest.ids[r]), int(stayed.ids[m])) for r, m in _pairs(merged)}
    assert named  # the others keep theirs
    assert all(r != gone_request and m != gone_mentor for r, m in named)


def test_best_per_row_gives_ties_to_the_lower_column():
    values = np.array([[0.5, 0.7, 0.5, 0.5, 0.1], [0.2, 0.2, 0.2, 0.2, 0.2]], dtype=np.float32)
    assert best_per_row(values, 2).tolist() == [[0, 1], [0, 1]]
    assert best_per_row(values, 3).tolist() == [[0, 1, 2], [0, 1, 2]]


@pytest.mark.parametrize("first", [0, 1])
def test_a_mentors_shortlist_gives_ties_to_the_lower_request_in_any_block_order(first):
    limit = np.array([1])
    blocks = [
        (np.array([[0.4]], np.float32), np.array([7]), np.array([0])),
        (np.array([[0.4]], np.float32), np.array([3]), np.array([0])),
    ]
    shortlist = MentorShortlist(limit)
    for block in blocks[first:] + blocks[:first]:
        shortlist.add(*block)
        shortlist.prune()
    assert shortlist.prune()[1].tolist() == [3]
