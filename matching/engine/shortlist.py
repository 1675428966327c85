"""Picking the best entries per row or per group, for the candidates' shortlists."""

from __future__ import annotations

import numpy as np

# The mentors' shortlist is pruned whenever this many pairs per shortlist place are held.
_PRUNE_FACTOR = 1.5


def best_per_row(values: np.ndarray, k: int) -> np.ndarray:
    """Columns of the k largest values per row (in column order; all columns when there are
    fewer). Equal values go to the lower column: float32 promises tie often, and a pick that
    depended on the block's shape would change with the requests matched alongside."""
    n = values.shape[1]
    if n <= k:
        return np.broadcast_to(np.arange(n), values.shape)
    kth = np.partition(values, n - k, axis=1)[:, n - k, None]
    above = values > kth
    tied = values == kth
    room = k - np.count_nonzero(above, axis=1)
    take = above | (tied & (np.cumsum(tied, axis=1) <= room[:, None]))
    return np.nonzero(take)[1].reshape(-1, k)


def _best_of_groups(
    group: np.ndarray, value: np.ndarray, row: np.ndarray, limit: np.ndarray
) -> np.ndarray:
    """Mask of the entries among the `limit[g]` highest values of their group g; equal values go
    to the lower row, so the pick is the same in whatever order the entries come."""
    order = np.lexsort((row, -value, group))
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
        # Ties with the threshold stay: prune decides them by row.
        hit_r, hit_c = np.nonzero(promise >= self.threshold[cols])
        self.held.append((promise[hit_r, hit_c], req[hit_r], cols[hit_c]))
        self.count += len(hit_r)
        if self.count > _PRUNE_FACTOR * self.limit.sum():
            self.prune()

    def extend(self, value: np.ndarray, req: np.ndarray, col: np.ndarray) -> None:
        """Cells already picked elsewhere (another group's shortlist), to be pruned with these."""
        self.held.append((value, req, col))
        self.count += len(value)

    def prune(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The held cells among each mentor's best: (promise, row, column)."""
        value, req, col = concat(self.held, (np.float32, np.int64, np.int64))
        keep = _best_of_groups(col, value, req, self.limit)
        value, req, col = value[keep], req[keep], col[keep]
        self.held, self.count = [(value, req, col)], len(value)
        lowest = np.full(len(self.limit), np.inf, dtype=np.float32)
        np.minimum.at(lowest, col, value)
        full = np.bincount(col, minlength=len(self.limit)) >= self.limit
        self.threshold = np.where(full, lowest, self.threshold)
        return value, req, col


def concat(parts: list[tuple[np.ndarray, ...]], types: tuple[type, ...]) -> tuple[np.ndarray, ...]:
    return tuple(
        np.concatenate([np.empty(0, t), *(part[i] for part in parts)]).astype(t)
        for i, t in enumerate(types)
    )
