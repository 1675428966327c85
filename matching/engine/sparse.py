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
    chunk: int = 50_000,
) -> np.ndarray:
    """a[rows_a[i]] · b[rows_b[i]] for every i, in chunks so memory stays bounded."""
    out = np.empty(len(rows_a), dtype=np.float64)
    for start in range(0, len(rows_a), chunk):
        stop = start + chunk
        prod = a[rows_a[start:stop]].multiply(b[rows_b[start:stop]])
        out[start:stop] = np.asarray(prod.sum(axis=1)).ravel()
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
