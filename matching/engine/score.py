"""Score in [0, 1] for each candidate pair, as a weighted sum of parts kept for the reasons."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from matching.engine.candidates import Candidates, rowwise_dot
from matching.engine.data import Mentors, Requests

PARTS = ("topic", "text", "distance", "fit", "waiting", "load")


@dataclass(frozen=True)
class Weights:
    """Relative weight of each part; the score divides by their sum, so it stays in [0, 1]."""

    topic: float = 0.35
    text: float = 0.20
    distance: float = 0.15
    fit: float = 0.10
    waiting: float = 0.10
    load: float = 0.10
    distance_km: float = 25.0  # d0 of exp(-d/d0): a 25 km trip keeps ~37 % of the part
    waiting_days: float = 30.0  # w0 of 1 - exp(-w/w0): a month's wait earns ~63 %

    def __post_init__(self) -> None:
        values = [getattr(self, name) for name in PARTS]
        if min(values) < 0 or sum(values) <= 0:
            raise ValueError("weights must be >= 0 and not all zero")
        if self.distance_km <= 0 or self.waiting_days <= 0:
            raise ValueError("scales must be > 0")

    def as_array(self) -> np.ndarray:
        values = np.array([getattr(self, name) for name in PARTS], dtype=np.float64)
        return values / values.sum()


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, eq=False)
class Scores:
    """total[i] and parts[name][i] belong to candidate pair i; the counts feed the reasons."""

    total: np.ndarray
    parts: dict[str, np.ndarray]
    shared_topics: np.ndarray
    request_topics: np.ndarray
    shared_languages: np.ndarray  # uint64 masks


def text_vectors(requests: Requests, mentors: Mentors) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """L2-normalised char n-gram TF-IDF; char_wb copes with German compounds (Steuerberatung)."""
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32
    )
    texts = [t.lower() for t in mentors.texts] + [t.lower() for t in requests.texts]
    try:
        matrix = vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no text at all: every similarity is zero
        matrix = sp.csr_matrix((len(texts), 1))
    return matrix[len(mentors) :], matrix[: len(mentors)]


def _popcount(masks: np.ndarray) -> np.ndarray:
    counts = np.zeros(len(masks), dtype=np.int64)
    masks = masks.copy()
    while masks.any():
        counts += (masks & np.uint64(1)).astype(np.int64)
        masks >>= np.uint64(1)
    return counts


def score(
    requests: Requests, mentors: Mentors, cands: Candidates, *, weights: Weights = DEFAULT_WEIGHTS
) -> Scores:
    req, mentor = cands.req, cands.mentor
    # Topic coverage, rare topics weighted more: IDF of each topic over mentors.
    df = np.asarray(mentors.topics.sum(axis=0)).ravel()
    idf = np.log((1 + len(mentors)) / (1 + df)) + 1
    weighted = sp.csr_matrix(requests.topics @ sp.diags(idf))
    need = np.asarray(weighted.sum(axis=1)).ravel()
    covered = rowwise_dot(weighted, req, mentors.topics, mentor)
    topic = np.divide(covered, need[req], out=np.zeros(len(req)), where=need[req] > 0)

    req_vec, mentor_vec = text_vectors(requests, mentors)
    text = np.clip(rowwise_dot(req_vec, req, mentor_vec, mentor), 0.0, 1.0)

    in_person = cands.in_person
    distance = np.where(
        in_person, np.exp(-np.nan_to_num(cands.distance_km) / weights.distance_km), 0
    )

    # Format fit: share of the founder's accepted formats this pair can use; language fit:
    # share of the founder's languages the mentor speaks.
    remote_ok = requests.remote[req] & mentors.remote[mentor]
    wanted = requests.in_person[req].astype(int) + requests.remote[req].astype(int)
    usable = (requests.in_person[req] & in_person).astype(int) + remote_ok.astype(int)
    fmt = usable / np.maximum(wanted, 1)
    shared_lang = requests.languages[req] & mentors.languages[mentor]
    lang = _popcount(shared_lang) / np.maximum(_popcount(requests.languages[req]), 1)
    fit = (fmt + lang) / 2

    waiting = 1 - np.exp(-np.maximum(requests.waiting_days[req], 0) / weights.waiting_days)
    cap, load_now = mentors.capacity[mentor], mentors.load[mentor]
    load = cap / np.maximum(cap + load_now, 1)  # share of the mentor's places still free

    parts = {
        "topic": topic,
        "text": text,
        "distance": distance,
        "fit": fit,
        "waiting": waiting,
        "load": load,
    }
    w = weights.as_array()
    total = np.clip(sum(w[i] * parts[name] for i, name in enumerate(PARTS)), 0.0, 1.0)
    shared_topics = np.rint(rowwise_dot(requests.topics, req, mentors.topics, mentor))
    request_topics = np.asarray(requests.topics.sum(axis=1)).ravel()[req]
    return Scores(
        total=np.asarray(total, dtype=np.float64),
        parts=parts,
        shared_topics=shared_topics.astype(np.int64),
        request_topics=request_topics.astype(np.int64),
        shared_languages=shared_lang,
    )
