"""Distances on the globe and radius search over many points; numpy and scikit-learn only.

No Django here, so matching code and benchmarks can use it on plain arrays. Forms and selectors
import this module when Django starts, and scikit-learn takes over a second to import (it pulls
in scipy and pandas): so both libraries are imported inside the functions that compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import ArrayLike

# Mean Earth radius (IUGG). The spherical model errs by at most ~0.5 % against the ellipsoid,
# a few hundred metres at the distances this service cares about.
EARTH_RADIUS_KM = 6371.0088


def great_circle_km(
    *, lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike
) -> float | np.ndarray:
    """Haversine distance in km between points given in degrees; arrays broadcast."""
    import numpy as np  # numeric libraries load when a distance is computed, not at start

    phi1, lam1, phi2, lam2 = (
        np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2)
    )
    half = (
        np.sin((phi2 - phi1) / 2) ** 2
        + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    )
    distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))
    return float(distance) if distance.ndim == 0 else distance


class PlaceIndex:
    """Radius search over points with ids: a BallTree with the haversine metric on radians."""

    def __init__(self, *, ids: Sequence, latitudes: ArrayLike, longitudes: ArrayLike) -> None:
        # Numeric libraries load when an index is built, not when Django starts.
        import numpy as np
        from sklearn.neighbors import BallTree

        self._ids = list(ids)
        coordinates = (
            np.radians(
                np.column_stack(
                    [np.asarray(latitudes, dtype=float), np.asarray(longitudes, dtype=float)]
                )
            )
            if self._ids
            else np.empty((0, 2))
        )
        if len(coordinates) != len(self._ids):
            raise ValueError("ids, latitudes and longitudes must have the same length.")
        # BallTree refuses an empty data set; an empty index simply finds nothing.
        self._tree = BallTree(coordinates, metric="haversine") if self._ids else None

    @classmethod
    def from_coordinates(
        cls, *, ids: Sequence, latitudes: ArrayLike, longitudes: ArrayLike
    ) -> PlaceIndex:
        return cls(ids=ids, latitudes=latitudes, longitudes=longitudes)

    def __len__(self) -> int:
        return len(self._ids)

    def within(self, *, latitude: float, longitude: float, radius_km: float) -> list[tuple]:
        """(id, km) of every point within radius_km of the given point, nearest first."""
        if self._tree is None or radius_km < 0:
            return []
        import numpy as np  # loaded already: the tree was built with it

        point = np.radians([[latitude, longitude]])
        indices, distances = self._tree.query_radius(
            point, r=radius_km / EARTH_RADIUS_KM, return_distance=True, sort_results=True
        )
        return [
            (self._ids[index], float(distance * EARTH_RADIUS_KM))
            for index, distance in zip(indices[0], distances[0], strict=True)
        ]

    def nearest(self, *, latitude: float, longitude: float, count: int = 1) -> list[tuple]:
        """(id, km) of the ``count`` nearest points, nearest first."""
        if self._tree is None or count < 1:
            return []
        import numpy as np  # loaded already: the tree was built with it

        distances, indices = self._tree.query(
            np.radians([[latitude, longitude]]), k=min(count, len(self._ids))
        )
        return [
            (self._ids[index], float(distance * EARTH_RADIUS_KM))
            for index, distance in zip(indices[0], distances[0], strict=True)
        ]
