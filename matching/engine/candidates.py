"""Feasible request–mentor pairs under the hard constraints; nothing infeasible leaves here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.neighbors import BallTree

from matching.engine.data import Mentors, Requests

EARTH_RADIUS_KM = 6371.0088


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


def rowwise_dot(
    a: sp.csr_matrix,
    rows_a: np.ndarray,
    b: sp.csr_matrix,
    rows_b: np.ndarray,
    *,
    chunk: int = 50_000,
) -> np.ndarray:
    """a[rows_a[i]] · b[rows_b[i]] for every i, in chunks so memory stays bounded."""
    out = np.empty(len(rows_a), dtype=np.float64)
    for start in range(0, len(rows_a), chunk):
        stop = start + chunk
        prod = a[rows_a[start:stop]].multiply(b[rows_b[start:stop]])
        out[start:stop] = np.asarray(prod.sum(axis=1)).ravel()
    return out


def _in_person_pairs(requests: Requests, mentors: Mentors, usable: np.ndarray):
    r_idx = np.flatnonzero(requests.in_person)
    m_idx = np.flatnonzero(usable & (mentors.radius_km > 0))
    if len(r_idx) == 0 or len(m_idx) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0)
    tree = BallTree(np.radians(np.c_[mentors.lat[m_idx], mentors.lon[m_idx]]), metric="haversine")
    max_radius = mentors.radius_km[m_idx].max() / EARTH_RADIUS_KM
    hits, dists = tree.query_radius(
        np.radians(np.c_[requests.lat[r_idx], requests.lon[r_idx]]),
        r=max_radius,
        return_distance=True,
    )
    counts = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
    req = np.repeat(r_idx, counts)
    mentor = m_idx[np.concatenate(hits).astype(np.int64)] if counts.sum() else req[:0]
    dist = np.concatenate(dists) * EARTH_RADIUS_KM if counts.sum() else np.empty(0)
    within = dist <= mentors.radius_km[mentor]  # each mentor's own radius
    return req[within], mentor[within], dist[within]


def _remote_pairs(requests: Requests, mentors: Mentors, usable: np.ndarray):
    r_idx = np.flatnonzero(requests.remote)
    m_idx = np.flatnonzero(usable & mentors.remote)
    # Only pairs sharing a topic can be candidates, so the sparse product enumerates them.
    shared = (requests.topics[r_idx] @ mentors.topics[m_idx].T).tocoo()
    return r_idx[shared.row], m_idx[shared.col]


def candidates(
    requests: Requests, mentors: Mentors, *, excluded: Iterable[tuple[int, int]] = ()
) -> Candidates:
    """All pairs meeting every hard constraint; excluded holds (request_id, mentor_id) pairs."""
    usable = mentors.capacity > 0
    p_req, p_mentor, p_dist = _in_person_pairs(requests, mentors, usable)
    o_req, o_mentor = _remote_pairs(requests, mentors, usable)
    req = np.concatenate([p_req, o_req]).astype(np.int64)
    mentor = np.concatenate([p_mentor, o_mentor]).astype(np.int64)
    dist = np.concatenate([p_dist, np.full(len(o_req), np.nan)])
    # A pair found both ways keeps its distance: np.unique reports first occurrences.
    key = req * len(mentors) + mentor
    key, first = np.unique(key, return_index=True)
    req, mentor, dist = req[first], mentor[first], dist[first]

    keep = (requests.languages[req] & mentors.languages[mentor]) != 0
    keep &= rowwise_dot(requests.topics, req, mentors.topics, mentor) > 0
    excluded = list(excluded)
    if excluded:
        req_pos = {int(i): n for n, i in enumerate(requests.ids)}
        mentor_pos = {int(i): n for n, i in enumerate(mentors.ids)}
        banned = [
            req_pos[r] * len(mentors) + mentor_pos[m]
            for r, m in excluded
            if r in req_pos and m in mentor_pos
        ]
        keep &= ~np.isin(key, np.asarray(banned, dtype=np.int64))
    return Candidates(req=req[keep], mentor=mentor[keep], distance_km=dist[keep])
