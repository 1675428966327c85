"""Score in [0, 1] for each candidate pair, as a weighted sum of parts kept for the reasons."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from matching.engine.candidates import Candidates
from matching.engine.data import Mentors, Requests
from matching.engine.index import MentorIndex
from matching.engine.sparse import rowwise_dot
from matching.engine.text import N_FEATURES, TextVectorCache, raw_counts, tfidf
from matching.engine.weights import DEFAULT_WEIGHTS, PARTS, Weights

__all__ = ["DEFAULT_WEIGHTS", "PARTS", "Scores", "Weights", "score", "text_vectors"]


@dataclass(frozen=True, eq=False)
class Scores:
    """total[i] and parts[name][i] belong to candidate pair i; the counts feed the reasons."""

    total: np.ndarray
    parts: dict[str, np.ndarray]
    shared_topics: np.ndarray
    request_topics: np.ndarray
    shared_languages: np.ndarray  # uint64 masks


def text_vectors(
    requests: Requests, mentors: Mentors, *, cache: TextVectorCache | None = None
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """L2-normalised char n-gram TF-IDF of requests and mentors, IDF over both.

    Columns are the hashed n-grams these texts use, renumbered in order: a dense vector over
    them stays small (see rowwise_dot). For a few requests score compares only the columns the
    requests use (MentorTexts.similarity), which gives the same cosines.
    """
    raws = [raw_counts(mentors.texts, cache=cache), raw_counts(requests.texts, cache=cache)]
    # Arrays over all hashed columns are only marked or looked up sparsely: filling them whole
    # (a bincount, a cumsum) costs more than everything else here.
    seen = np.zeros(N_FEATURES, dtype=bool)
    for raw in raws:
        seen[raw.indices] = True
    used = np.flatnonzero(seen)
    column = np.zeros(N_FEATURES, dtype=np.int32)
    column[used] = np.arange(len(used), dtype=np.int32)
    mentor_raw, request_raw = (
        sp.csr_matrix((raw.data, column[raw.indices], raw.indptr), shape=(raw.shape[0], len(used)))
        for raw in raws
    )
    df = np.bincount(mentor_raw.indices, minlength=len(used))
    df += np.bincount(request_raw.indices, minlength=len(used))
    n_docs = len(mentors) + len(requests)
    return tfidf(request_raw, df=df, n_docs=n_docs), tfidf(mentor_raw, df=df, n_docs=n_docs)


# Up to this many requests the text part goes request by request over the prepared mentor side.
_FEW_REQUESTS = 64


def _topic_overlap(
    r_topics: np.ndarray,
    req: np.ndarray,
    m_topics: np.ndarray,
    mentor: np.ndarray,
    idf: np.ndarray,
    *,
    chunk: int = 200_000,
) -> tuple[np.ndarray, np.ndarray]:
    """Shared topics of each pair (r_topics, m_topics: bool rows) and their summed idf."""
    count = np.empty(len(req), dtype=np.int64)
    covered = np.empty(len(req))
    for start in range(0, len(req), chunk):
        stop = start + chunk
        both = r_topics[req[start:stop]] & m_topics[mentor[start:stop]]
        count[start:stop] = both.sum(axis=1)
        covered[start:stop] = both @ idf
    return count, covered


def _total(parts: dict[str, np.ndarray], w: np.ndarray) -> np.ndarray:
    return np.clip(sum(w[i] * parts[name] for i, name in enumerate(PARTS)), 0.0, 1.0)


def _rank(req: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pair's place among its request's pairs by `value` (0 = highest), and that order."""
    order = np.lexsort((-value, req))
    by_req = req[order]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - np.searchsorted(by_req, by_req, side="left")
    return rank, order


def _can_reach_top(req: np.ndarray, lower: np.ndarray, upper: np.ndarray, k: int) -> np.ndarray:
    """Pairs whose upper bound reaches the k-th best lower bound of their request."""
    rank, _order = _rank(req, lower)
    threshold = np.full(int(req.max(initial=-1)) + 1, -np.inf)
    kth = rank == k - 1
    threshold[req[kth]] = lower[kth]
    return upper >= threshold[req] - 1e-12  # a margin, so float rounding never drops a pair


class _TextPart:
    """Text similarity of chosen pairs; the requests' vectors are built once, on first use."""

    def __init__(self, requests: Requests, mentors: Mentors, index: MentorIndex, cache) -> None:
        self.requests, self.mentors, self.index, self.cache = requests, mentors, index, cache
        self._raw = self._vectors = None

    def __call__(self, req: np.ndarray, mentor: np.ndarray) -> np.ndarray:
        if len(req) == 0:
            return np.zeros(0)
        if np.count_nonzero(np.bincount(req)) <= _FEW_REQUESTS:
            if self._raw is None:
                self._raw = raw_counts(self.requests.texts, cache=self.cache)
            similarity = self.index.texts.similarity(self._raw, req, mentor)
        else:  # many requests: whole vectors and one vectorised pass beat the per-request loop
            if self._vectors is None:
                self._vectors = text_vectors(self.requests, self.mentors, cache=self.cache)
            similarity = rowwise_dot(self._vectors[0], req, self._vectors[1], mentor)
        return np.clip(similarity, 0.0, 1.0)


# Pairs per request (per place in the top) whose text is computed first; on the region instance
# 8 to 32 cut p95 alike, by about 15 % against none (bench/matching_suggest.py).
_FIRST_PER_TOP = 8


def score(
    requests: Requests,
    mentors: Mentors,
    cands: Candidates,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    index: MentorIndex | None = None,
    cache: TextVectorCache | None = None,
    top: int | None = None,
) -> Scores:
    """Score every candidate pair; `index` (built for these mentors) saves the mentor-side work.

    Capacity and load always come from `mentors`; `cache` keeps raw text vectors between runs.
    With `top`, the text part is computed only for pairs that can still reach the best `top` of
    their request (the others keep text 0 and a total that is only a lower bound): what suggest
    needs, and the costliest part skipped for the rest.
    """
    if index is None:
        index = MentorIndex(mentors, cache=cache)
    index.check(mentors)
    req, mentor = cands.req, cands.mentor
    # Topic coverage, rare topics weighted more: IDF of each topic over mentors.
    req_topics = requests.topics.toarray() > 0
    need = req_topics @ index.topic_idf
    shared_topics, covered = _topic_overlap(
        req_topics, req, index.topics_dense > 0, mentor, index.topic_idf
    )
    topic = np.divide(covered, need[req], out=np.zeros(len(req)), where=need[req] > 0)

    in_person = cands.in_person
    distance = np.where(
        in_person, np.exp(-np.nan_to_num(cands.distance_km) / weights.distance_km), 0
    )

    # Format fit: share of the founder's accepted formats this pair can use; language fit:
    # share of the founder's languages the mentor speaks.
    remote_ok = requests.remote[req] & index.remote[mentor]
    wanted = requests.in_person[req].astype(int) + requests.remote[req].astype(int)
    usable = (requests.in_person[req] & in_person).astype(int) + remote_ok.astype(int)
    fmt = usable / np.maximum(wanted, 1)
    shared_lang = requests.languages[req] & index.languages[mentor]
    lang = np.bitwise_count(shared_lang) / np.maximum(np.bitwise_count(requests.languages[req]), 1)
    fit = (fmt + lang) / 2

    waiting = 1 - np.exp(-np.maximum(requests.waiting_days[req], 0) / weights.waiting_days)
    cap, load_now = mentors.capacity[mentor], mentors.load[mentor]
    load = cap / np.maximum(cap + load_now, 1)  # share of the mentor's places still free

    parts = {
        "topic": topic,
        "text": np.zeros(len(req)),
        "distance": distance,
        "fit": fit,
        "waiting": waiting,
        "load": load,
    }
    w = weights.as_array()
    text = _TextPart(requests, mentors, index, cache)
    if top is None:
        parts["text"] = text(req, mentor)
    else:
        # Text is in [0, 1], so it adds at most its weight to the rest. It is computed first for
        # the pairs with the best rest; their exact totals raise each request's bar, and then
        # only pairs that can still reach it get theirs.
        w_text = w[PARTS.index("text")]
        known = _total(parts, w)
        first = _can_reach_top(req, known, known + w_text, top)
        first &= _rank(req, known)[0] < top * _FIRST_PER_TOP
        parts["text"][first] = text(req[first], mentor[first])
        known[first] = _total({name: part[first] for name, part in parts.items()}, w)
        upper = np.where(first, known, known + w_text)
        rest = _can_reach_top(req, known, upper, top) & ~first
        parts["text"][rest] = text(req[rest], mentor[rest])
    total = _total(parts, w)
    request_topics = req_topics.sum(axis=1)[req]
    return Scores(
        total=np.asarray(total, dtype=np.float64),
        parts=parts,
        shared_topics=shared_topics,
        request_topics=request_topics.astype(np.int64),
        shared_languages=shared_lang,
    )
