"""Weights of the score parts; light on purpose (numpy only where they become an array), so
the coordinators' settings model imports it without loading numpy when Django starts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

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
        import numpy as np  # numeric libraries load when a matching runs, not when Django starts

        values = np.array([getattr(self, name) for name in PARTS], dtype=np.float64)
        return values / values.sum()


DEFAULT_WEIGHTS = Weights()
