"""Small sparse-matrix helpers shared by score and text."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def rowwise_dot(
    a: sp.csr_matrix,
    rows_a: np.ndarray,
    b: sp.csr_matrix,
    rows_b: np.ndarray,
    *,
    chunk: int = 4_000,
) -> np.ndarray:
    """a[rows_a[i]] · b[rows_b[i]] for every i, `chunk` pairs at a time: few enough that the
    gathered rows of `a` stay in the CPU cache while they are used.

    Made for pair lists where each row of b has many partners (a mentor and its candidate
    requests): each row of b is spread once into a dense vector that its partners' entries are
    looked up in, instead of merging two sparse rows per pair, which costs several times more.
    """
    out = np.zeros(len(rows_a), dtype=np.result_type(a.dtype, b.dtype))
    order = np.argsort(rows_b, kind="stable")
    dense = np.zeros(b.shape[1], dtype=b.dtype)
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
        out[pairs] = row_sums(values, gathered.indptr)
    return out


def row_sums(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Sum of values[indptr[i]:indptr[i + 1]] for every i (0 for an empty range)."""
    out = np.zeros(len(indptr) - 1, dtype=values.dtype)
    filled = indptr[1:] > indptr[:-1]
    if filled.any():  # an empty range just ends where the next one starts
        out[filled] = np.add.reduceat(values, indptr[:-1][filled])
    return out


def take_rows(matrix: sp.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, ...]:
    """Column indices, values and indptr of matrix[rows]; without building a sparse matrix,
    whose overhead dominates for a few rows."""
    first = matrix.indptr[rows]
    length = matrix.indptr[rows + 1] - first
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(length, out=indptr[1:])
    at = np.repeat(first - indptr[:-1], length) + np.arange(indptr[-1])
    return matrix.indices[at], matrix.data[at], indptr
