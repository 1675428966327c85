"""The jitter of the candidates' promise: a tiny random inner product per pair, so that ties in
the promise are broken differently per request and requests with equal needs spread over
different mentors.

Each row's factors follow from its id alone (a counter-based hash, splitmix64), not from its
position: a request gets the same jitter whether it is matched with all open requests or with
those of its service area only, so a run split by area keeps the same candidates.
"""

from __future__ import annotations

import numpy as np

JITTER_DIM, JITTER = 8, 1e-3
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def _splitmix64(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):  # the arithmetic is modulo 2**64 on purpose
        z = x + _GOLDEN
        z = (z ^ (z >> np.uint64(30))) * _MIX[0]
        z = (z ^ (z >> np.uint64(27))) * _MIX[1]
        return z ^ (z >> np.uint64(31))


def jitter_factors(ids: np.ndarray, *, stream: int) -> np.ndarray:
    """(len(ids), JITTER_DIM) factors, uniform in ±sqrt(JITTER / 2 / JITTER_DIM); `stream`
    keeps the requests' factors independent of the mentors'."""
    keys = np.asarray(ids, dtype=np.int64).astype(np.uint64)
    with np.errstate(over="ignore"):
        counter = keys[:, None] * np.uint64(2 * JITTER_DIM) + np.arange(
            stream * JITTER_DIM, (stream + 1) * JITTER_DIM, dtype=np.uint64
        )
    unit = (_splitmix64(counter) >> np.uint64(11)).astype(np.float64) / 2.0**53
    scale = np.sqrt(0.5 * JITTER / JITTER_DIM)
    return (2.0 * unit - 1.0) * scale
