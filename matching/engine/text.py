"""Text similarity: char n-gram TF-IDF by hashing, cacheable raw vectors, IDF applied per run.

A text's raw vector (n-gram counts, hashed into N_FEATURES columns) never depends on the other
texts, so it can be cached between runs keyed by a hash of the text. IDF is applied afterwards,
over the texts involved in the run (every mentor and every request passed), with sublinear tf and
l2 normalisation: the same weighting a TfidfVectorizer(char_wb, 3–5, sublinear_tf) fitted on
those texts gives, up to rare hash collisions.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from matching.engine.sparse import row_sums, take_rows

N_FEATURES = 2**22  # columns of the hashed space; at ~300k distinct n-grams ~7 % collide
_HASHER = HashingVectorizer(
    analyzer="char_wb",  # copes with German compounds (Steuerberatung)
    ngram_range=(3, 5),
    alternate_sign=False,
    norm=None,
    lowercase=True,
    n_features=N_FEATURES,
    dtype=np.float64,
)


def _hash_counts(texts: Sequence[str]) -> sp.csr_matrix:
    matrix = _HASHER.transform(list(texts)).tocsr()
    matrix.sum_duplicates()  # also sorts the indices
    return matrix


class TextVectorCache:
    """Bounded LRU of raw text vectors keyed by a hash of the text; owned by the caller.

    One cache can serve every run of a process: a text seen before (a mentor's bio, a request
    that stayed open) is not analysed again. `maxsize` bounds the number of texts kept.
    """

    def __init__(self, maxsize: int = 50_000) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be >= 1")
        self.maxsize = maxsize
        self.hits = 0
        self.misses = 0
        self._store: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._store)

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()

    def counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Raw counts, one row per text, analysing only texts not cached yet."""
        keys = [self.key(t) for t in texts]
        rows: list[tuple[np.ndarray, np.ndarray] | None] = []
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            row = self._store.get(key)
            if row is None:
                missing[key] = text
            else:
                self._store.move_to_end(key)
            rows.append(row)
        self.hits += len(texts) - sum(row is None for row in rows)
        self.misses += len(missing)
        fresh: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}
        if missing:
            matrix = _hash_counts(list(missing.values()))
            for i, key in enumerate(missing):
                lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
                row = (matrix.indices[lo:hi].astype(np.int32), matrix.data[lo:hi].copy())
                fresh[key] = row
                self._store[key] = row
            while len(self._store) > self.maxsize:
                self._store.popitem(last=False)
        rows = [fresh[key] if row is None else row for key, row in zip(keys, rows, strict=True)]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(r[0]) for r in rows])
        if not rows:
            return sp.csr_matrix((0, N_FEATURES))
        return sp.csr_matrix(
            (np.concatenate([r[1] for r in rows]), np.concatenate([r[0] for r in rows]), indptr),
            shape=(len(rows), N_FEATURES),
        )


def raw_counts(texts: Sequence[str], *, cache: TextVectorCache | None = None) -> sp.csr_matrix:
    """Hashed char n-gram counts, one row per text; through `cache` when one is given."""
    if not texts:
        return sp.csr_matrix((0, N_FEATURES))
    return cache.counts(texts) if cache is not None else _hash_counts(texts)


def _row_of_entries(matrix: sp.csr_matrix) -> np.ndarray:
    return np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))


def tfidf(raw: sp.csr_matrix, *, df: np.ndarray, n_docs: int) -> sp.csr_matrix:
    """Sublinear tf × smooth idf, rows l2-normalised; df per column over `n_docs` texts."""
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    data = (1 + np.log(raw.data)) * idf[raw.indices]
    norms = np.sqrt(row_sums(data**2, raw.indptr))
    data /= np.repeat(norms, np.diff(raw.indptr))
    return sp.csr_matrix((data, raw.indices, raw.indptr), shape=raw.shape)


@dataclass(frozen=True, eq=False)
class MentorTexts:
    """The prepared mentor side: sublinear tf of the n-grams mentors use, by mentor and by n-gram.

    With L = log(1 + df) the squared norm of a mentor's TF-IDF vector under idf = K - L is
    K²·s0 - 2K·s1 + s2, so a run only corrects it on the columns its requests touch. A call reads
    either the rows of the mentors it compares with, or (an inverted index) the rows of the
    n-grams its requests use, whichever holds fewer entries: few mentors with long texts, or
    nearly all mentors.
    """

    n: int
    vocab: np.ndarray  # sorted hashed columns used by at least one mentor
    df: np.ndarray  # mentors using each vocab column
    tf: sp.csr_matrix  # n × len(vocab), 1 + log(count), indices sorted
    by_column: sp.csr_matrix  # the same, len(vocab) × n
    by_column_sq: sp.csr_matrix  # its entries squared
    s0: np.ndarray
    s1: np.ndarray
    s2: np.ndarray

    @classmethod
    def build(cls, texts: Sequence[str], *, cache: TextVectorCache | None = None) -> MentorTexts:
        raw = raw_counts(texts, cache=cache)
        vocab, column = np.unique(raw.indices, return_inverse=True)
        df = np.bincount(column, minlength=len(vocab)).astype(np.int64)
        tf = sp.csr_matrix(
            (1 + np.log(raw.data), column, raw.indptr), shape=(len(texts), len(vocab))
        )
        rows, sq, log_df = _row_of_entries(tf), tf.data**2, np.log1p(df[column])
        sums = [
            np.bincount(rows, weights=w, minlength=len(texts))
            for w in (sq, sq * log_df, sq * log_df**2)
        ]
        tf.sort_indices()
        by_column = tf.T.tocsr()
        return cls(len(texts), vocab, df, tf, by_column, by_column.power(2), *sums)

    def similarity(self, raw: sp.csr_matrix, req: np.ndarray, mentor: np.ndarray) -> np.ndarray:
        """Cosine of request raw[req[i]] and mentor[i] under IDF over mentors + these requests."""
        out = np.zeros(len(req))
        n_req = raw.shape[0]
        if len(req) == 0 or raw.nnz == 0 or len(self.vocab) == 0:
            return out
        # Columns the requests use ("q"), their idf for this run and the request weights.
        if n_req == 1:  # one row's columns are already unique and sorted
            cols, column = raw.indices, np.arange(raw.nnz)
        else:
            cols, column = np.unique(raw.indices, return_inverse=True)
        pos = np.minimum(np.searchsorted(self.vocab, cols), len(self.vocab) - 1)
        known = self.vocab[pos] == cols
        df_mentors = np.where(known, self.df[pos], 0)
        k = np.log(1 + self.n + n_req) + 1
        idf = k - np.log1p(df_mentors + np.bincount(column, minlength=len(cols)))
        a = (1 + np.log(raw.data)) * idf[column]
        a_norm = np.sqrt(row_sums(a**2, raw.indptr))
        q = _Query(pos, known, column, idf**2 - (k - np.log1p(df_mentors)) ** 2, a * idf[column])

        by_mentor = np.diff(self.tf.indptr)[mentor].sum() <= df_mentors[column].sum()
        change, dot = (self._by_mentor if by_mentor else self._by_column)(raw, q, req, mentor)
        norm2 = k * k * self.s0[mentor] - 2 * k * self.s1[mentor] + self.s2[mentor] + change
        denom = a_norm[req] * np.sqrt(np.maximum(norm2, 0))
        np.divide(dot, denom, out=out, where=denom > 0)
        return out

    def _by_mentor(self, raw, q: _Query, req, mentor) -> tuple[np.ndarray, np.ndarray]:
        """Norm changes and dot products per pair from the rows of the pairs' mentors."""
        rows = np.unique(mentor)
        cols_m, tf_m, indptr_m = take_rows(self.tf, rows)
        on_vocab = np.zeros(len(self.vocab))  # per call, so one index serves many threads
        on_vocab[q.pos[q.known]] = q.change[q.known]
        change = row_sums(tf_m**2 * on_vocab[cols_m], indptr_m)[np.searchsorted(rows, mentor)]
        on_vocab[q.pos[q.known]] = 0
        dot = np.zeros(len(req))
        for pairs, lo, hi, mine in q.requests(raw, req):
            at = q.pos[q.column[lo:hi][mine]]
            on_vocab[at] = q.weighted[lo:hi][mine]
            if len(pairs) == len(rows) and np.array_equal(mentor[pairs], rows):
                dot[pairs] = row_sums(tf_m * on_vocab[cols_m], indptr_m)
            else:
                dot[pairs] = self.tf[mentor[pairs]] @ on_vocab
            on_vocab[at] = 0
        return change, dot

    def _by_column(self, raw, q: _Query, req, mentor) -> tuple[np.ndarray, np.ndarray]:
        """The same from the rows of the known q columns: the mentors sharing them."""
        change = self.by_column_sq[q.pos[q.known]].T @ q.change[q.known]
        dot = np.zeros(len(req))
        for pairs, lo, hi, mine in q.requests(raw, req):
            shared = self.by_column[q.pos[q.column[lo:hi][mine]]]
            dot[pairs] = (shared.T @ q.weighted[lo:hi][mine])[mentor[pairs]]
        return change[mentor], dot


@dataclass(frozen=True, eq=False)
class _Query:
    """The requests' side of a similarity call, over their distinct columns ("q")."""

    pos: np.ndarray  # each q column's place in the mentor vocabulary (valid where known)
    known: np.ndarray  # q columns some mentor uses
    column: np.ndarray  # each request entry's q column
    change: np.ndarray  # per q column: idf² of this run minus idf² over mentors only
    weighted: np.ndarray  # per request entry: tf × idf², the factor of the dot product

    def requests(self, raw: sp.csr_matrix, req: np.ndarray):
        """(pairs, entry range lo:hi, mask of its known entries) per request sharing any."""
        order = np.argsort(req, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(req[order]) != 0])
        for start, stop in zip(starts, [*starts[1:], len(order)], strict=True):
            pairs = order[start:stop]
            lo, hi = raw.indptr[req[pairs[0]]], raw.indptr[req[pairs[0]] + 1]
            mine = self.known[self.column[lo:hi]]
            if mine.any():
                yield pairs, lo, hi, mine
