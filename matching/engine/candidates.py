"""Feasible request–mentor pairs under the hard constraints; nothing infeasible leaves here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from matching.engine.data import Mentors, Requests
from matching.engine.index import EARTH_RADIUS_KM, MentorIndex
from matching.engine.sparse import dense_pair_dot, rowwise_dot
from matching.engine.weights import DEFAULT_WEIGHTS, PARTS, Weights

__all__ = ["EARTH_RADIUS_KM", "Candidates", "candidates", "rowwise_dot"]

# Per free place of a mentor, this many requests keep that mentor as a candidate (see candidates).
MENTOR_SHORTLIST = 8
# Up to this many request × mentor cells distances are computed directly, without the tree.
_BRUTE_FORCE_CELLS = 200_000


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


def _in_person_pairs(requests: Requests, index: MentorIndex, usable: np.ndarray, rows: np.ndarray):
    r_idx = rows[requests.in_person[rows]]
    if len(r_idx) == 0 or index.place_tree is None:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0)
    if len(r_idx) * len(index.place_idx) <= _BRUTE_FORCE_CELLS:
        return _in_person_brute_force(requests, r_idx, index, usable)
    # The tree holds every mentor who meets in person; who has capacity left is checked after.
    hits, dists = index.place_tree.query_radius(
        np.radians(np.c_[requests.lat[r_idx], requests.lon[r_idx]]),
        r=index.max_radius,
        return_distance=True,
    )
    counts = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
    req = np.repeat(r_idx, counts)
    found = counts.sum() > 0
    mentor = index.place_idx[np.concatenate(hits).astype(np.int64)] if found else req[:0]
    dist = np.concatenate(dists) * EARTH_RADIUS_KM if found else np.empty(0)
    within = (dist <= index.radius_km[mentor]) & usable[mentor]  # each mentor's own radius
    return req[within], mentor[within], dist[within]


def _in_person_brute_force(
    requests: Requests, r_idx: np.ndarray, index: MentorIndex, usable: np.ndarray
):
    """The haversine the tree uses, for every request × in-person mentor at once."""
    lat_r = np.radians(requests.lat[r_idx])[:, None]
    lon_r = np.radians(requests.lon[r_idx])[:, None]
    lat_m, lon_m = index.place_rad[:, 0], index.place_rad[:, 1]
    a = (
        np.sin(0.5 * (lat_r - lat_m)) ** 2
        + np.cos(lat_r) * np.cos(lat_m) * np.sin(0.5 * (lon_r - lon_m)) ** 2
    )
    dist = 2 * np.arcsin(np.sqrt(a)) * EARTH_RADIUS_KM
    hit_r, hit_m = np.nonzero(dist <= index.radius_km[index.place_idx])
    req, mentor, dist = r_idx[hit_r], index.place_idx[hit_m], dist[hit_r, hit_m]
    keep = usable[mentor]
    return req[keep], mentor[keep], dist[keep]


def _jitter(req: np.ndarray, mentor: np.ndarray) -> np.ndarray:
    """A fixed pseudo-random value in [0, 1) per pair: ties broken differently per request."""
    h = (req.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ (
        mentor.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
    )
    h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    return (h >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def _remote_pairs(
    requests: Requests, index: MentorIndex, mentors: Mentors, topics: np.ndarray, rows: np.ndarray
):
    usable = mentors.capacity > 0
    r_idx = rows[requests.remote[rows]]
    m_idx = index.remote_idx[usable[index.remote_idx]]
    mentor_topics = index.topics_dense[m_idx].T
    # Only pairs sharing a topic can be candidates; in chunks of requests so memory stays bounded.
    step = max(1, 2_000_000 // max(len(m_idx), 1))
    req, mentor = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    for start in range(0, len(r_idx), step):
        rows = r_idx[start : start + step]
        hit_r, hit_m = np.nonzero(topics[rows] @ mentor_topics)
        req.append(rows[hit_r])
        mentor.append(m_idx[hit_m])
    return np.concatenate(req), np.concatenate(mentor)


def _promise(
    req: np.ndarray,
    mentor: np.ndarray,
    dist: np.ndarray,
    *,
    topics: np.ndarray,
    index: MentorIndex,
    mentors: Mentors,
    weights: Weights,
) -> np.ndarray:
    """The cheap parts of the score (topic coverage, distance, free places) plus a per-pair
    jitter, so requests with equal needs spread over different mentors; text similarity, the
    costly part, is left for the pairs kept."""
    need = np.maximum(topics @ index.topic_idf, 1e-12)
    covered = dense_pair_dot(topics * index.topic_idf, req, index.topics_dense, mentor)
    near = np.where(np.isnan(dist), 0.0, np.exp(-np.nan_to_num(dist) / weights.distance_km))
    cap, load = mentors.capacity[mentor], mentors.load[mentor]
    w = dict(zip(PARTS, weights.as_array(), strict=True))  # normalised: the sum stays <= 1
    return (
        w["topic"] * covered / need[req]
        + w["distance"] * near
        + w["load"] * cap / np.maximum(cap + load, 1)
        + 1e-3 * _jitter(req, mentor)
    )


def _best_of_groups(group: np.ndarray, promise: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """Mask of the pairs among the `limit[g]` most promising of their group g."""
    # One float key instead of lexsort (several times faster): promise lies in [0, 1.001], so
    # group * 4 - promise orders by group first, then by promise, best first.
    order = np.argsort(group * 4.0 - promise)
    by_group = group[order]
    rank = np.arange(len(order)) - np.searchsorted(by_group, by_group, side="left")
    mask = np.zeros(len(group), dtype=bool)
    mask[order[rank < limit[by_group]]] = True
    return mask


def _feasible(
    requests: Requests,
    mentors: Mentors,
    index: MentorIndex,
    topics: np.ndarray,
    rows: np.ndarray,
    banned: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    usable = mentors.capacity > 0
    p_req, p_mentor, p_dist = _in_person_pairs(requests, index, usable, rows)
    o_req, o_mentor = _remote_pairs(requests, index, mentors, topics, rows)
    req = np.concatenate([p_req, o_req]).astype(np.int64)
    mentor = np.concatenate([p_mentor, o_mentor]).astype(np.int64)
    dist = np.concatenate([p_dist, np.full(len(o_req), np.nan)])
    # A pair found both ways keeps its distance: np.unique reports first occurrences.
    key = req * index.n + mentor
    key, first = np.unique(key, return_index=True)
    req, mentor, dist = req[first], mentor[first], dist[first]

    ok = (requests.languages[req] & index.languages[mentor]) != 0
    ok &= dense_pair_dot(topics, req, index.topics_dense, mentor) > 0
    if len(banned):
        ok &= ~np.isin(key, banned)
    return req[ok], mentor[ok], dist[ok]


def _concat(parts: list[tuple[np.ndarray, ...]]) -> tuple[np.ndarray, ...]:
    return tuple(np.concatenate([part[i] for part in parts]) for i in range(len(parts[0])))


def candidates(
    requests: Requests,
    mentors: Mentors,
    *,
    excluded: Iterable[tuple[int, int]] = (),
    index: MentorIndex | None = None,
    max_per_request: int | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    chunk: int = 2_000,
) -> Candidates:
    """All pairs meeting every hard constraint; excluded holds (request_id, mentor_id) pairs.

    `index` is a MentorIndex built for these mentors; without one, a one-off index is built.
    Capacity always comes from `mentors`. With `max_per_request`, only that many of each
    request's feasible pairs are kept, the most promising by the cheap parts of the score (see
    _promise), and for each mentor its most promising requests: in a small region nearly every
    mentor can reach nearly every founder, in person or remotely, and the full set runs to
    millions of pairs. Requests are then handled `chunk` at a time, so memory stays bounded.
    """
    if index is None:
        index = MentorIndex(mentors)
    index.check(mentors)
    if max_per_request is not None and max_per_request < 1:
        raise ValueError("max_per_request must be >= 1")
    topics = requests.topics.toarray()
    req_pos = {int(i): n for n, i in enumerate(requests.ids)}
    banned = np.asarray(
        [
            req_pos[r] * index.n + index.position[m]
            for r, m in excluded
            if r in req_pos and m in index.position
        ],
        dtype=np.int64,
    )
    rows = np.arange(len(requests))
    if max_per_request is None:
        req, mentor, dist = _feasible(requests, mentors, index, topics, rows, banned)
        return Candidates(req=req, mentor=mentor, distance_km=dist)
    # Each request keeps its best `max_per_request`; each mentor keeps its best requests too
    # (MENTOR_SHORTLIST per free place), so no mentor with free places is left without
    # candidates because others looked more promising to everyone.
    per_mentor = MENTOR_SHORTLIST * np.maximum(mentors.capacity, 1)
    per_request = np.full(len(requests), max_per_request)
    kept: list[tuple[np.ndarray, ...]] = []
    mentor_side = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0), np.empty(0))
    for start in range(0, len(requests), chunk):
        req, mentor, dist = _feasible(
            requests, mentors, index, topics, rows[start : start + chunk], banned
        )
        promise = _promise(
            req, mentor, dist, topics=topics, index=index, mentors=mentors, weights=weights
        )
        best = _best_of_groups(req, promise, per_request)
        kept.append((req[best], mentor[best], dist[best]))
        pooled = _concat([mentor_side, (req, mentor, dist, promise)])
        mentor_side = tuple(a[_best_of_groups(pooled[1], pooled[3], per_mentor)] for a in pooled)
    req, mentor, dist = _concat([*kept, mentor_side[:3]])
    _, first = np.unique(req * index.n + mentor, return_index=True)  # sorted, no duplicates
    return Candidates(req=req[first], mentor=mentor[first], distance_km=dist[first])
