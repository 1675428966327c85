"""Feasible request–mentor pairs under the hard constraints; nothing infeasible leaves here.

Requests are tested a few dozen at a time against the mentors sharing a topic with them, as
dense blocks (matching.engine.blocks). In a small region nearly every mentor can reach nearly every
founder, so a radius search (a tree) returns most mentors anyway, at a far higher cost per
pair; and the shortlist (max_per_request) is picked from the blocks directly, without ever
listing the millions of feasible pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass

import numpy as np
from threadpoolctl import ThreadpoolController

from matching.engine.blocks import Side, block
from matching.engine.data import Mentors, Requests
from matching.engine.index import EARTH_RADIUS_KM, MentorIndex
from matching.engine.shortlist import MentorShortlist, best_per_row, concat
from matching.engine.weights import DEFAULT_WEIGHTS, Weights

__all__ = [
    "EARTH_RADIUS_KM",
    "CandidatePart",
    "Candidates",
    "candidates",
    "candidates_merge",
    "candidates_part",
]

# Per free place of a mentor, this many requests keep that mentor as a candidate (see candidates).
MENTOR_SHORTLIST = 8
# Cells of one request × mentor block: small enough that a block's arrays stay in the CPU cache.
_BLOCK_CELLS = 120_000
# The blocks' matrix products are tiny: threads of the BLAS library would only spin and take the
# cores from the work around them (several times slower on 2 cores), so they run on one.
_BLAS = ThreadpoolController()


@dataclass(frozen=True, eq=False)
class Candidates:
    """Parallel arrays, sorted by request then mentor; distance_km is NaN for remote-only pairs."""

    req: np.ndarray
    mentor: np.ndarray
    distance_km: np.ndarray

    def __len__(self) -> int:
        return len(self.req)

    @property
    def in_person(self) -> np.ndarray:
        return ~np.isnan(self.distance_km)


def _exact(requests: Requests, index: MentorIndex, req: np.ndarray, mentor: np.ndarray):
    """Haversine distances (NaN unless the pair meets in person) and which pairs can meet."""
    lat_r, lon_r = np.radians(requests.lat[req]), np.radians(requests.lon[req])
    lat_m, lon_m = index.place_rad[mentor, 0], index.place_rad[mentor, 1]
    a = (
        np.sin(0.5 * (lat_r - lat_m)) ** 2
        + np.cos(lat_r) * np.cos(lat_m) * np.sin(0.5 * (lon_r - lon_m)) ** 2
    )
    km = 2 * np.arcsin(np.sqrt(a)) * EARTH_RADIUS_KM
    radius = index.radius_km[mentor]
    near = requests.in_person[req] & (radius > 0) & (km <= radius)
    meet = near | (requests.remote[req] & index.remote[mentor])
    return np.where(near, km, np.nan), meet


@dataclass(frozen=True, eq=False)
class CandidatePart:
    """One group's share of the candidates, merged with the other groups' by candidates_merge:
    each request's best pairs, and each mentor's most promising requests of this group with
    their promise. Named by ids: the groups are matched apart, perhaps by different workers."""

    request_id: np.ndarray
    mentor_id: np.ndarray
    short_request_id: np.ndarray
    short_mentor_id: np.ndarray
    short_promise: np.ndarray


def _banned(requests: Requests, index: MentorIndex, excluded: Iterable[tuple[int, int]]):
    excluded = list(excluded)
    req_pos = {int(i): n for n, i in enumerate(requests.ids)} if excluded else {}
    return np.asarray(
        [
            req_pos[r] * index.n + index.position[m]
            for r, m in excluded
            if r in req_pos and m in index.position
        ],
        dtype=np.int64,
    )


def _search(requests, mentors, index, excluded, max_per_request, weights, chunk):
    """The blocks' picks, by position: each request's best pairs (all feasible ones uncapped),
    and each mentor's most promising requests as (promise, request, mentor) (capped only)."""
    index.check(mentors)
    if max_per_request is not None and max_per_request < 1:
        raise ValueError("max_per_request must be >= 1")
    capped = max_per_request is not None
    banned = _banned(requests, index, excluded)
    side = Side.build(requests, mentors, index, banned, weights if capped else None)
    step = chunk or max(1, _BLOCK_CELLS // max(np.count_nonzero(side.usable), 1))
    kept = []
    shortlist = MentorShortlist(MENTOR_SHORTLIST * mentors.capacity)
    one_thread = _BLAS.limit(limits=1, user_api="blas") if len(requests) > step else nullcontext()
    with one_thread:
        for start in range(0, len(requests), step):
            ok, promise, cols = block(side, start, start + step, weights if capped else None)
            req = side.order[start : start + step]
            if promise is None:
                hit_r, hit_c = np.nonzero(ok)
                kept.append((req[hit_r], cols[hit_c]))
                continue
            best = best_per_row(promise, max_per_request)
            good = np.take_along_axis(promise, best, axis=1) > -0.5
            kept.append((req[np.nonzero(good)[0]], cols[best[good]]))
            shortlist.add(promise, req, cols)
    req, mentor = concat(kept, (np.int64, np.int64))
    return (
        req,
        mentor,
        shortlist.prune() if capped else concat([], (np.float32, np.int64, np.int64)),
    )


def _pairs(requests: Requests, index: MentorIndex, req: np.ndarray, mentor: np.ndarray):
    """Candidates of these (request, mentor) positions: once each, sorted, checked exactly."""
    key = np.sort(req * index.n + mentor)
    key = key[np.r_[True, key[1:] != key[:-1]]] if len(key) else key
    req, mentor = np.divmod(key, max(index.n, 1))
    dist, meet = _exact(requests, index, req, mentor)
    return Candidates(req=req[meet], mentor=mentor[meet], distance_km=dist[meet])


def candidates_part(
    requests: Requests,
    mentors: Mentors,
    *,
    index: MentorIndex,
    excluded: Iterable[tuple[int, int]] = (),
    max_per_request: int | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    chunk: int | None = None,
) -> CandidatePart:
    """The feasible pairs of `requests` (one group of a run), as candidates() describes,
    before the mentors' shortlists of all groups are merged."""
    req, mentor, (value, short_req, short_mentor) = _search(
        requests, mentors, index, excluded, max_per_request, weights, chunk
    )
    return CandidatePart(
        request_id=requests.ids[req],
        mentor_id=mentors.ids[mentor],
        short_request_id=requests.ids[short_req],
        short_mentor_id=mentors.ids[short_mentor],
        short_promise=value,
    )


def _positions(known: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of `ids` in `known`, and which of them are there at all."""
    sorter = np.argsort(known, kind="stable")
    at = np.minimum(np.searchsorted(known, ids, sorter=sorter), max(len(sorter) - 1, 0))
    pos = sorter[at] if len(sorter) else at
    found = known[pos] == ids if len(sorter) else np.zeros(len(ids), dtype=bool)
    return pos, found


def candidates_merge(
    parts: Iterable[CandidatePart], requests: Requests, mentors: Mentors, *, index: MentorIndex
) -> Candidates:
    """The candidates of all `requests` from their groups' parts: each request's own best pairs,
    and for each mentor its most promising requests over all groups (MENTOR_SHORTLIST per free
    place), the same pairs as one candidates() call over all requests. Pairs with a request or
    mentor missing here (withdrawn, erased or paused since the part was worked out) are
    dropped."""
    index.check(mentors)
    parts = list(parts)
    value, short_id, short_mentor_id = concat(
        [(p.short_promise, p.short_request_id, p.short_mentor_id) for p in parts],
        (np.float32, np.int64, np.int64),
    )
    short_mentor, there = _positions(mentors.ids, short_mentor_id)
    shortlist = MentorShortlist(MENTOR_SHORTLIST * mentors.capacity)
    shortlist.extend(value[there], short_id[there], short_mentor[there])
    _value, short_id, short_mentor = shortlist.prune()
    ids, mentor_id = concat([(p.request_id, p.mentor_id) for p in parts], (np.int64, np.int64))
    mentor, there = _positions(mentors.ids, mentor_id)
    ids, mentor = np.r_[ids[there], short_id], np.r_[mentor[there], short_mentor]
    req, there = _positions(requests.ids, ids)
    return _pairs(requests, index, req[there], mentor[there])


def candidates(
    requests: Requests,
    mentors: Mentors,
    *,
    excluded: Iterable[tuple[int, int]] = (),
    index: MentorIndex | None = None,
    max_per_request: int | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    chunk: int | None = None,
) -> Candidates:
    """All pairs meeting every hard constraint; excluded holds (request_id, mentor_id) pairs.

    `index` is a MentorIndex built for these mentors; without one, a one-off index is built.
    Capacity always comes from `mentors`. With `max_per_request`, only that many of each
    request's feasible pairs are kept, the most promising by the cheap parts of the score (see
    matching.engine.blocks), and for each mentor its most promising requests (MENTOR_SHORTLIST per
    free place), so no mentor with free places is left without candidates because others
    looked more promising to everyone: in a small region nearly every mentor can reach nearly
    every founder, in person or remotely, and the full set runs to millions of pairs. Requests
    are handled `chunk` at a time (by default as many as fill a block of _BLOCK_CELLS), so
    memory stays bounded. A run split into groups of requests calls candidates_part per group
    and candidates_merge on the parts: the same pairs.
    """
    if index is None:
        index = MentorIndex(mentors)
    req, mentor, (_value, short_req, short_mentor) = _search(
        requests, mentors, index, excluded, max_per_request, weights, chunk
    )
    return _pairs(requests, index, np.r_[req, short_req], np.r_[mentor, short_mentor])
