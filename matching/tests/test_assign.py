"""Assignment: capacities hold, each request at most once, optimal count first and score second."""

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.optimize import linear_sum_assignment
from scipy.sparse.csgraph import maximum_bipartite_matching

from matching.engine.assign import SCALE, assign
from matching.engine.candidates import Candidates


def make_candidates(req, mentor) -> Candidates:
    req = np.asarray(req, dtype=np.int64)
    return Candidates(
        req=req, mentor=np.asarray(mentor, dtype=np.int64), distance_km=np.full(len(req), np.nan)
    )


def random_instance(seed: int, n_req: int = 30, n_mentors: int = 10, density: float = 0.15):
    rng = np.random.default_rng(seed)
    mask = rng.random((n_req, n_mentors)) < density
    req, mentor = np.nonzero(mask)
    # Scores on the solver's grid, so the reference and the engine optimise the same numbers.
    scores = rng.integers(0, SCALE + 1, len(req)) / SCALE
    capacities = rng.integers(0, 4, n_mentors)
    return make_candidates(req, mentor), scores, capacities


def reference(cands: Candidates, scores: np.ndarray, capacities: np.ndarray, n_req: int):
    """Exact optimum on mentors expanded into one column per free place."""
    slot_mentor = np.repeat(np.arange(len(capacities)), capacities)
    if len(slot_mentor) == 0:
        return 0, 0.0
    feasible = np.zeros((n_req, len(slot_mentor)), dtype=bool)
    score = np.zeros((n_req, len(slot_mentor)))
    for r, m, s in zip(cands.req, cands.mentor, scores, strict=True):
        cols = slot_mentor == m
        feasible[r, cols] = True
        score[r, cols] = s
    most = int(np.sum(maximum_bipartite_matching(sp.csr_matrix(feasible), perm_type="column") >= 0))
    # Lexicographic: a feasible slot earns n_req + 1 (more than any score total) plus its score;
    # an infeasible one earns nothing, which stands for "not served".
    gain = np.where(feasible, (n_req + 1) + score, 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    served = feasible[rows, cols]
    assert served.sum() == most
    return most, float(score[rows, cols][served].sum())


def check_valid(result, cands, capacities, n_req):
    assert len(set(result.req.tolist())) == result.served  # each request at most once
    assert (np.bincount(result.mentor, minlength=len(capacities)) <= capacities).all()
    np.testing.assert_array_equal(cands.req[result.pairs], result.req)
    np.testing.assert_array_equal(cands.mentor[result.pairs], result.mentor)


@pytest.mark.parametrize("seed", range(8))
def test_assign_equals_exact_reference_on_random_instances(seed):
    cands, scores, capacities = random_instance(seed)
    result = assign(cands, scores, capacities, 30)
    check_valid(result, cands, capacities, 30)
    served, total = reference(cands, scores, capacities, 30)
    assert result.served == served
    assert result.total_score == pytest.approx(total, abs=1e-9)


def test_assign_serves_more_than_greedy_by_score():
    # Request 0 likes mentor 0 best; request 1 can only go to mentor 0. Greedy gives mentor 0 to
    # request 0 and leaves request 1 unserved; the optimum sends request 0 to mentor 1.
    cands = make_candidates([0, 0, 1], [0, 1, 0])
    scores = np.array([0.9, 0.1, 0.8])
    result = assign(cands, scores, np.array([1, 1]), 2)
    assert result.served == 2
    assert sorted(zip(result.req.tolist(), result.mentor.tolist(), strict=True)) == [(0, 1), (1, 0)]
    assert result.total_score == pytest.approx(0.9)


def test_more_served_beats_higher_score():
    # One pair with score 1.0 or two pairs with score 0: serving two founders wins.
    cands = make_candidates([0, 0, 1], [0, 1, 1])
    result = assign(cands, np.array([0.0, 1.0, 0.0]), np.array([1, 1]), 2)
    assert result.served == 2


def test_capacity_is_never_exceeded_and_unserved_is_allowed():
    cands = make_candidates([0, 1, 2, 3], [0, 0, 0, 0])
    result = assign(cands, np.array([0.1, 0.9, 0.5, 0.7]), np.array([2]), 4)
    assert result.served == 2
    assert sorted(result.req.tolist()) == [1, 3]


def test_no_candidates_serves_nobody():
    result = assign(make_candidates([], []), np.array([]), np.array([3]), 5)
    assert result.served == 0 and result.total_score == 0
