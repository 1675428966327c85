"""The region as an SVG frame: service areas outlined by the convex hull of their places, and a
projection for anything else drawn on it (the report's circles, the Innovationsorte). North up,
equirectangular, corrected by cos(latitude); drawn from the gazetteer alone, with no tiles from
anywhere.

numpy and scipy are imported when a frame is drawn, not when Django starts."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

WIDTH = 640
PADDING = 24

LatLon = tuple[float, float]


@dataclass(frozen=True)
class Outline:
    name: str
    points: str  # the SVG polygon's points, "x,y x,y …"
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Frame:
    width: int
    height: int  # 0: nothing to draw
    outlines: list[Outline]
    project: Callable[[float, float], tuple[float, float]]  # (lat, lon) → (x, y)


def _hull(points: np.ndarray) -> np.ndarray:
    """The outline's corners in order; the points themselves if they span no area."""
    if len(points) < 3:
        return points
    from scipy.spatial import ConvexHull, QhullError  # when a map is drawn, not at start

    try:
        return points[ConvexHull(points).vertices]
    except QhullError:  # all on one line
        return points


def region_frame(
    *, areas: Sequence[tuple[str, Sequence[LatLon]]], points: Sequence[LatLon] = ()
) -> Frame:
    """Fit every area (name, its places' coordinates) and point into WIDTH pixels, the longer
    side."""
    import numpy as np  # numeric libraries load when a map is drawn, not when Django starts

    coordinates = [c for _name, area in areas for c in area] + list(points)
    if not coordinates:
        return Frame(WIDTH, 0, [], lambda lat, lon: (0.0, 0.0))
    latitudes = np.array([lat for lat, _lon in coordinates])
    longitudes = np.array([lon for _lat, lon in coordinates])
    shrink = math.cos(math.radians(float(latitudes.mean())))
    west, east = float(longitudes.min()) * shrink, float(longitudes.max()) * shrink
    north, south = float(latitudes.max()), float(latitudes.min())
    span = max(east - west, north - south, 1e-6)
    scale = (WIDTH - 2 * PADDING) / span

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (
            round(PADDING + (lon * shrink - west) * scale, 1),
            round(PADDING + (north - lat) * scale, 1),
        )

    outlines = []
    for name, area in areas:
        if not area:
            continue
        corners = _hull(np.array([project(lat, lon) for lat, lon in area]))
        outlines.append(
            Outline(
                name=name,
                points=" ".join(f"{x:g},{y:g}" for x, y in corners),
                label_x=round(float(corners[:, 0].mean()), 1),
                label_y=round(float(corners[:, 1].mean()), 1),
            )
        )
    return Frame(
        width=round((east - west) * scale + 2 * PADDING),
        height=round((north - south) * scale + 2 * PADDING),
        outlines=outlines,
        project=project,
    )
