"""Picking the best entries per row or per group, for the candidates' shortlists."""

from __future__ import annotations

import numpy as np

# The mentors' shortlist is pruned whenever this many pairs per shortlist place are held.
_PRUNE_FACTOR = 1.5


def best_per_row(values: np.ndarray, k: int) -> np.ndarray:
    """Columns of the k largest values per row (unordered; all columns when there are fewer)."""
    n = values.shape[1]
    if n <= k:
        return np.broadcast_to(np.arange(n), values.shape)
    return np.argpartition(values, n - k, axis=1)[:, n - k :]


def _best_of_groups(group: np.ndarray, value: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """Mask of the entries among the `limit[g]` highest values of their group g."""
    # One float key instead of lexsort: value lies in (-1, 2), so group * 4 - value orders by
    # group first, then by value, best first.
    order = np.argsort(group * 4.0 - value)
    by_group = group[order]
    rank = np.arange(len(order)) - np.searchsorted(by_group, by_group, side="left")
    mask = np.zeros(len(group), dtype=bool)
    mask[order[rank < limit[by_group]]] = True
    return mask


class MentorShortlist:
    """Each mentor's `limit` most promising requests over all blocks, streamed: a block only
    hands over the cells above the mentor's current threshold."""

    def __init__(self, limit: np.ndarray) -> None:
        self.limit = limit
        self.threshold = np.full(len(limit), -0.5, dtype=np.float32)  # feasible cells only
        self.held: list[tuple[np.ndarray, ...]] = []
        self.count = 0

    def add(self, promise: np.ndarray, req: np.ndarray, cols: np.ndarray) -> None:
        """Cells of a block: `req` per row and the column of each of its columns."""
        hit_r, hit_c = np.nonzero(promise > self.threshold[cols])
        self.held.append((promise[hit_r, hit_c], req[hit_r], cols[hit_c]))
        self.count += len(hit_r)
        if self.count > _PRUNE_FACTOR * self.limit.sum():
            self.prune()

    def prune(self) -> tuple[np.ndarray, np.ndarray]:
        value, req, col = concat(self.held, (np.float32, np.int64, np.int64))
        keep = _best_of_groups(col, value, self.limit)
        value, req, col = value[keep], req[keep], col[keep]
        self.held, self.count = [(value, req, col)], len(value)
        lowest = np.full(len(self.limit), np.inf, dtype=np.float32)
        np.minimum.at(lowest, col, value)
        full = np.bincount(col, minlength=len(self.limit)) >= self.limit
        self.threshold = np.where(full, lowest, self.threshold)
        return req, col


def concat(parts: list[tuple[np.ndarray, ...]], types: tuple[type, ...]) -> tuple[np.ndarray, ...]:
    return tuple(
        np.concatenate([np.empty(0, t), *(part[i] for part in parts)]).astype(t)
        for i, t in enumerate(types)
    )
