"""The blocks of the candidate search: a few dozen requests (those with the same topics next to
each other) against the mentors with free places who share a topic with them, as a dense
request × mentor block of feasibility tests and promises built from small matrix products.

The promise is the cheap part of the score plus a jitter (matching.engine.jitter); the
shortlists of matching.engine.candidates are picked by it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matching.engine.data import Requests
from matching.engine.index import EARTH_RADIUS_KM, MentorIndex
from matching.engine.jitter import jitter_factors
from matching.engine.weights import PARTS, Weights

# Blocks compare squared chords of places; this slack keeps rounding from ever dropping a pair
# within the radius. The exact haversine decides afterwards, so it only lets a pair within a
# hair of the edge into the shortlist selection.
_CHORD2_SLACK = 1e-12
# Squared chord added for requests not meeting in person: beyond any radius (the most is 4).
_FAR = 10.0


def _language_type(requests: Requests, index: MentorIndex) -> type:
    most = max(requests.languages.max(initial=0), index.languages.max(initial=0))
    return np.uint16 if most < 2**16 else np.uint64


@dataclass(frozen=True, eq=False)
class Side:
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
    def build(cls, requests, mentors, index, banned, weights=None) -> Side:
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
            r_promise, side["m_promise"] = _promise_factors(
                topics, requests, mentors, index, weights
            )
            side["r_promise"] = r_promise[order]
        return cls(**side)


def _promise_factors(topics, requests, mentors, index, weights):
    """Factors whose product is the cheap part of the score (topic coverage, free places) plus
    the jitter (matching.engine.jitter); text similarity, the costly part, is left for the
    pairs kept."""
    w = dict(zip(PARTS, weights.as_array(), strict=True))  # normalised: the sum stays <= 1
    idf = topics * index.topic_idf
    topic = idf * (w["topic"] / np.maximum(idf.sum(axis=1), 1e-12))[:, None]
    cap, load = mentors.capacity, mentors.load
    free = w["load"] * cap / np.maximum(cap + load, 1)
    u = jitter_factors(requests.ids, stream=0)
    v = jitter_factors(mentors.ids, stream=1)
    # In float64, rounded to float32 per cell (block): float32 products came out an ulp apart in
    # blocks of different shapes, and a request's shortlist must not depend on its neighbours.
    rows = np.c_[topic, np.ones(len(topics)), u]
    return rows, np.r_[index.topic_factors, free[None, :], v.T].astype(np.float64)


def block(side: Side, start: int, stop: int, weights: Weights | None = None):
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
    promise = (side.r_promise[rows] @ side.m_promise[:, cols]).astype(np.float32)
    promise += distance
    # Infeasible cells drop by 2, below every feasible one; kept distinct, as equal values
    # make argpartition slow.
    infeasible = ~ok
    promise -= infeasible
    promise -= infeasible
    return ok, promise, cols
