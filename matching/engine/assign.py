"""Exact capacity-respecting assignment (b-matching) as a min-cost flow with OR-Tools.

Lexicographic objective: first serve as many requests as possible, then maximise the total score.
Arc cost of request → mentor is -(BIG + round(score * SCALE)). With k requests served, the score
term can add at most k * SCALE, so BIG = max_served * SCALE + 1 makes one more served request
always outweigh any score gain. SCALE = 10**4 resolves scores to 1e-4 and keeps the largest arc
cost (~1e8 for 10,000 requests) far inside OR-Tools' int64 range even after its internal scaling
of costs by the number of nodes.
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
    big = max_served * SCALE + 1
    int_scores = np.rint(scores * SCALE).astype(np.int64)

    # Arc layout: [request → mentor] first so solver arc i is candidate pair i.
    r_nodes = np.arange(n_requests, dtype=np.int64) + 1
    m_nodes = np.arange(n_mentors, dtype=np.int64) + 1 + n_requests
    tails = np.concatenate([req + 1, np.full(n_requests, source), m_nodes, [source]])
    heads = np.concatenate([mentor + 1 + n_requests, r_nodes, np.full(n_mentors, sink), [sink]])
    caps = np.concatenate(
        [np.ones(len(req), np.int64), np.ones(n_requests, np.int64), capacities, [n_requests]]
    )
    costs = np.concatenate([-(big + int_scores), np.zeros(n_requests + n_mentors + 1, np.int64)])

    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[source], supplies[sink] = n_requests, -n_requests
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int64), supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise AssignmentError(f"min cost flow ended with status {status}")
    used = flow.flows(np.arange(len(req), dtype=np.int64)) > 0
    pairs = np.flatnonzero(used)
    return Assignment(
        pairs=pairs,
        req=req[pairs],
        mentor=mentor[pairs],
        served=len(pairs),
        total_score=float(scores[pairs].sum()),
        objective=int(flow.optimal_cost()),
        solve_seconds=time.perf_counter() - started,
    )
