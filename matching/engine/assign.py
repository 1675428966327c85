"""Exact capacity-respecting assignment (b-matching) as a min-cost flow with OR-Tools.

Lexicographic objective: first serve as many requests as possible, then maximise the total score.
OR-Tools' max-flow-with-min-cost does exactly that: a maximum flow (requests served), and among
those the least cost, with arc cost -round(score * SCALE) for request → mentor. SCALE = 10**4
resolves scores to 1e-4. Small costs keep the solver's cost-scaling phases few; a single cost
of -(BIG + score) per arc gave the same optimum about half again as slowly. The reported
objective is still that single lexicographic number, -(served * BIG + sum of scaled scores) with
BIG = max_served * SCALE + 1: one more served request always outweighs any score gain.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from matching.engine.candidates import Candidates

SCALE = 10**4


class AssignmentError(RuntimeError):
    """The solver did not report an optimum (it should for every valid input)."""


@dataclass(frozen=True, eq=False)
class Assignment:
    pairs: np.ndarray  # indices into the candidate arrays, one per served request
    req: np.ndarray
    mentor: np.ndarray
    served: int
    total_score: float
    objective: int  # min-cost-flow objective (negative; lexicographic, see module doc)
    solve_seconds: float


def assign(
    candidates: Candidates, scores: np.ndarray, capacities: np.ndarray, n_requests: int
) -> Assignment:
    """Serve as many requests as capacity allows; among those, maximise the total score."""
    started = time.perf_counter()
    req = np.asarray(candidates.req, dtype=np.int64)
    mentor = np.asarray(candidates.mentor, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    capacities = np.maximum(np.asarray(capacities, dtype=np.int64), 0)
    n_mentors = len(capacities)
    if len(req) == 0 or n_requests == 0:
        empty = np.empty(0, dtype=np.int64)
        return Assignment(empty, empty, empty, 0, 0.0, 0, time.perf_counter() - started)
    if scores.min() < 0 or scores.max() > 1:
        raise ValueError("scores must lie in [0, 1]")

    source, sink = 0, n_requests + n_mentors + 1
    max_served = int(min(n_requests, capacities.sum()))
    int_scores = np.rint(scores * SCALE).astype(np.int64)

    # Arc layout: [request → mentor] first so solver arc i is candidate pair i.
    r_nodes = np.arange(n_requests, dtype=np.int64) + 1
    m_nodes = np.arange(n_mentors, dtype=np.int64) + 1 + n_requests
    tails = np.concatenate([req + 1, np.full(n_requests, source), m_nodes])
    heads = np.concatenate([mentor + 1 + n_requests, r_nodes, np.full(n_mentors, sink)])
    caps = np.concatenate([np.ones(len(req), np.int64), np.ones(n_requests, np.int64), capacities])
    costs = np.concatenate([-int_scores, np.zeros(n_requests + n_mentors, np.int64)])

    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[source], supplies[sink] = n_requests, -n_requests
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int64), supplies)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise AssignmentError(f"min cost flow ended with status {status}")
    used = flow.flows(np.arange(len(req), dtype=np.int64)) > 0
    pairs = np.flatnonzero(used)
    big = max_served * SCALE + 1
    return Assignment(
        pairs=pairs,
        req=req[pairs],
        mentor=mentor[pairs],
        served=len(pairs),
        total_score=float(scores[pairs].sum()),
        objective=-(len(pairs) * big + int(int_scores[pairs].sum())),
        solve_seconds=time.perf_counter() - started,
    )
