"""Feasible request–mentor pairs under the hard constraints; nothing infeasible leaves here.

Requests are tested a few dozen at a time (those with the same topics together) against the
mentors with free places who share a topic with them, as a dense request × mentor block built
from small matrix products. In a small region nearly every mentor can reach nearly every
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

from matching.engine.data import Mentors, Requests
from matching.engine.index import EARTH_RADIUS_KM, MentorIndex
from matching.engine.shortlist import MentorShortlist, best_per_row, concat
from matching.engine.weights import DEFAULT_WEIGHTS, PARTS, Weights

__all__ = ["EARTH_RADIUS_KM", "Candidates", "candidates"]

# Per free place of a mentor, this many requests keep that mentor as a candidate (see candidates).
MENTOR_SHORTLIST = 8
# Cells of one request × mentor block: small enough that a block's arrays stay in the CPU cache.
_BLOCK_CELLS = 120_000
# Blocks compare squared chords of places; this slack keeps rounding from ever dropping a pair
# within the radius. The exact haversine decides afterwards, so it only lets a pair within a
# hair of the edge into the shortlist selection.
_CHORD2_SLACK = 1e-12
# Squared chord added for requests not meeting in person: beyond any radius (the most is 4).
_FAR = 10.0
# Dimension and size of the jitter, a random inner product per pair: ties in the promise are
# broken differently per request, so requests with equal needs spread over different mentors.
_JITTER_DIM, _JITTER = 8, 1e-3
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


def _language_type(requests: Requests, index: MentorIndex) -> type:
    most = max(requests.languages.max(initial=0), index.languages.max(initial=0))
    return np.uint16 if most < 2**16 else np.uint64


@dataclass(frozen=True, eq=False)
class _Side:
    """Row factors (requests) and column factors (all mentors; `usable`: those with free places)
    whose products are the blocks' feasibility tests and, with `promise`, the shortlist's promise.

    Rows are the requests in `order`: those with the same topics next to each other, so that a
    block of rows shares a topic with only part of the mentors and is tested against those.
    """

    order: np.ndarray
    usable: np.ndarray
    r_topics: np.ndarray
    m_topics: np.ndarray
    r_lang: np.ndarray
    m_lang: np.ndarray
    r_place: np.ndarray  # unit vector, 1, and _FAR for requests not meeting in person
    m_place: np.ndarray  # see MentorIndex.place_factors
    reach: np.ndarray  # squared chord of each mentor's radius plus slack; -1 for radius 0
    r_remote: np.ndarray
    m_remote: np.ndarray
    banned: np.ndarray  # (row, mentor) per excluded pair, sorted by row
    r_promise: np.ndarray | None = None
    m_promise: np.ndarray | None = None

    @classmethod
    def build(cls, requests, mentors, index, banned, weights=None) -> _Side:
        lat, lon = np.radians(requests.lat), np.radians(requests.lon)
        r_place = np.empty((len(lat), 5))
        r_place[:, 0] = np.cos(lat) * np.cos(lon)
        r_place[:, 1] = np.cos(lat) * np.sin(lon)
        r_place[:, 2] = np.sin(lat)
        r_place[:, 3] = 1.0
        r_place[:, 4] = np.where(requests.in_person, 0.0, _FAR)
        lang = _language_type(requests, index)
        topics = requests.topics.toarray().astype(np.float32)
        order = np.arange(len(topics))
        if len(topics) > 1:  # np.unique by rows alone takes longer than one request's block
            _, same_topics = np.unique(topics, axis=0, return_inverse=True)
            order = np.argsort(same_topics.ravel(), kind="stable")
        row_of = np.empty_like(order)
        row_of[order] = np.arange(len(order))
        b_req, b_mentor = np.divmod(banned, max(index.n, 1))
        b_row = row_of[b_req]
        reach = index.reach_chord2
        side = dict(
            order=order,
            usable=mentors.capacity > 0,
            r_topics=topics[order],
            m_topics=index.topic_factors,
            r_lang=requests.languages.astype(lang)[order],
            m_lang=index.languages.astype(lang),
            r_place=r_place[order],
            m_place=index.place_factors,
            reach=np.where(reach >= 0, reach + _CHORD2_SLACK, reach),
            r_remote=requests.remote[order],
            m_remote=index.remote,
            banned=np.c_[b_row, b_mentor][np.argsort(b_row, kind="stable")],
        )
        if weights is not None:
            r_promise, side["m_promise"] = _promise_factors(topics, mentors, index, weights)
            side["r_promise"] = r_promise[order]
        return cls(**side)


def _promise_factors(topics, mentors, index, weights):
    """Factors whose product is the cheap part of the score (topic coverage, free places) plus
    the jitter; text similarity, the costly part, is left for the pairs kept."""
    w = dict(zip(PARTS, weights.as_array(), strict=True))  # normalised: the sum stays <= 1
    idf = topics * index.topic_idf
    topic = idf * (w["topic"] / np.maximum(idf.sum(axis=1), 1e-12))[:, None]
    cap, load = mentors.capacity, mentors.load
    free = w["load"] * cap / np.maximum(cap + load, 1)
    scale = np.sqrt(0.5 * _JITTER / _JITTER_DIM)
    u = np.random.default_rng(1).uniform(-scale, scale, (len(topics), _JITTER_DIM))
    v = np.random.default_rng(2).uniform(-scale, scale, (index.n, _JITTER_DIM))
    rows = np.c_[topic, np.ones(len(topics)), u].astype(np.float32)
    return rows, np.r_[index.topic_factors, free[None, :], v.T].astype(np.float32)


def _block(side: _Side, start: int, stop: int, weights: Weights | None = None):
    """Feasible cells of rows start:stop × the mentors with free places sharing a topic with
    any of them (returned: `cols`); with weights also their promise (above -0.001 where
    feasible, below -0.99 where not)."""
    rows = slice(start, stop)
    topics = side.r_topics[rows]
    cols = np.flatnonzero((topics.max(axis=0, initial=0) @ side.m_topics > 0) & side.usable)
    ok = (topics @ side.m_topics[:, cols]) > 0
    ok &= (side.r_lang[rows, None] & side.m_lang[cols]) != 0
    chord2 = side.r_place[rows] @ side.m_place[:, cols]
    near = chord2 <= side.reach[cols]
    ok &= near | (side.r_remote[rows, None] & side.m_remote[cols])
    lo, hi = np.searchsorted(side.banned[:, 0], [start, stop])
    at = np.minimum(np.searchsorted(cols, side.banned[lo:hi, 1]), max(len(cols) - 1, 0))
    hit = cols[at] == side.banned[lo:hi, 1] if len(cols) else np.zeros(hi - lo, bool)
    ok[side.banned[lo:hi, 0][hit] - start, at[hit]] = False
    if weights is None:
        return ok, None, cols
    # exp(-km / d0) from the chord: within 1e-5 of the arc at these ranges, plenty here.
    distance = chord2.astype(np.float32)
    np.sqrt(np.maximum(distance, 0, out=distance), out=distance)
    distance *= np.float32(-EARTH_RADIUS_KM / weights.distance_km)
    np.exp(distance, out=distance)
    distance *= near
    distance *= np.float32(dict(zip(PARTS, weights.as_array(), strict=True))["distance"])
    promise = side.r_promise[rows] @ side.m_promise[:, cols]
    promise += distance
    # Infeasible cells drop by 2, below every feasible one; kept distinct, as equal values
    # make argpartition slow.
    infeasible = ~ok
    promise -= infeasible
    promise -= infeasible
    return ok, promise, cols


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
    _promise_factors), and for each mentor its most promising requests: in a small region
    nearly every mentor can reach nearly every founder, in person or remotely, and the full set
    runs to millions of pairs. Requests are handled `chunk` at a time (by default as many as
    fill a block of _BLOCK_CELLS), so memory stays bounded.
    """
    if index is None:
        index = MentorIndex(mentors)
    index.check(mentors)
    if max_per_request is not None and max_per_request < 1:
        raise ValueError("max_per_request must be >= 1")
    excluded = list(excluded)
    req_pos = {int(i): n for n, i in enumerate(requests.ids)} if excluded else {}
    banned = np.asarray(
        [
            req_pos[r] * index.n + index.position[m]
            for r, m in excluded
            if r in req_pos and m in index.position
        ],
        dtype=np.int64,
    )
    capped = max_per_request is not None
    side = _Side.build(requests, mentors, index, banned, weights if capped else None)
    step = chunk or max(1, _BLOCK_CELLS // max(np.count_nonzero(side.usable), 1))
    kept = []
    # Each request keeps its best `max_per_request`; each mentor keeps its best requests too
    # (MENTOR_SHORTLIST per free place), so no mentor with free places is left without
    # candidates because others looked more promising to everyone.
    shortlist = MentorShortlist(MENTOR_SHORTLIST * mentors.capacity)
    one_thread = _BLAS.limit(limits=1, user_api="blas") if len(requests) > step else nullcontext()
    with one_thread:
        for start in range(0, len(requests), step):
            ok, promise, cols = _block(side, start, start + step, weights if capped else None)
            req = side.order[start : start + step]
            if promise is None:
                hit_r, hit_c = np.nonzero(ok)
                kept.append((req[hit_r], cols[hit_c]))
                continue
            best = best_per_row(promise, max_per_request)
            good = np.take_along_axis(promise, best, axis=1) > -0.5
            kept.append((req[np.nonzero(good)[0]], cols[best[good]]))
            shortlist.add(promise, req, cols)
    if capped:
        kept.append(shortlist.prune())
    req, mentor = concat(kept, (np.int64, np.int64))
    key = np.sort(req * index.n + mentor)
    key = key[np.r_[True, key[1:] != key[:-1]]] if len(key) else key
    req, mentor = np.divmod(key, max(index.n, 1))
    dist, meet = _exact(requests, index, req, mentor)
    return Candidates(req=req[meet], mentor=mentor[meet], distance_km=dist[meet])
