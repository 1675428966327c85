"""Small sparse-matrix helpers shared by candidates, score and text."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def rowwise_dot(
    a: sp.csr_matrix,
    rows_a: np.ndarray,
    b: sp.csr_matrix,
    rows_b: np.ndarray,
    *,
    chunk: int = 20_000,
) -> np.ndarray:
    """a[rows_a[i]] · b[rows_b[i]] for every i, `chunk` pairs at a time so memory stays bounded.

    Made for pair lists where each row of b has many partners (a mentor and its candidate
    requests): each row of b is spread once into a dense vector that its partners' entries are
    looked up in, instead of merging two sparse rows per pair, which costs several times more.
    """
    out = np.zeros(len(rows_a), dtype=np.result_type(a.dtype, b.dtype))
    order = np.argsort(rows_b, kind="stable")
    dense = np.zeros(b.shape[1], dtype=b.dtype)  # zero pages: only the columns touched cost
    for start in range(0, len(order), chunk):
        pairs = order[start : start + chunk]
        gathered = a[rows_a[pairs]]  # one compiled row gather per chunk
        ends = gathered.indptr[1:]
        cols, values = gathered.indices, gathered.data.astype(out.dtype, copy=False)
        partner = rows_b[pairs]
        cuts = np.flatnonzero(np.r_[True, partner[1:] != partner[:-1], True])
        for lo, hi in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
            row = slice(b.indptr[partner[lo]], b.indptr[partner[lo] + 1])
            dense[b.indices[row]] = b.data[row]
            span = slice(gathered.indptr[lo], ends[hi - 1])
            values[span] *= dense[cols[span]]
            dense[b.indices[row]] = 0
        filled = np.diff(gathered.indptr) > 0
        if filled.any():
            out[pairs[filled]] = np.add.reduceat(values, gathered.indptr[:-1][filled])
    return out


def dense_pair_dot(
    a: np.ndarray, rows_a: np.ndarray, b: np.ndarray, rows_b: np.ndarray, *, cells: int = 2_000_000
) -> np.ndarray:
    """Like rowwise_dot for dense a and b (few columns, e.g. topics), chunked the same way."""
    out = np.empty(len(rows_a), dtype=np.float64)
    chunk = max(1, cells // max(a.shape[1], 1))
    for start in range(0, len(rows_a), chunk):
        stop = start + chunk
        out[start:stop] = np.einsum("ij,ij->i", a[rows_a[start:stop]], b[rows_b[start:stop]])
    return out
