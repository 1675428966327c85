"""The region as an SVG map: districts outlined by the convex hull of their places, circles
for requests and mentors per place. Equirectangular projection, corrected by cos(latitude);
drawn from the gazetteer alone, with no tiles from anywhere.

numpy and scipy are imported when a map is drawn: the report page imports this module when
Django starts, and they take a second to load."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reporting.selectors import RegionPlaces

if TYPE_CHECKING:
    import numpy as np

WIDTH = 640
PADDING = 24
MIN_RADIUS = 3.0
MAX_RADIUS = 16.0


@dataclass(frozen=True)
class Outline:
    name: str
    points: str  # the SVG polygon's points, "x,y x,y …"
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Circle:
    x: float
    y: float
    r: float
    count: int
    place: str


@dataclass(frozen=True)
class RegionMap:
    width: int
    height: int
    outlines: list[Outline]
    requests: list[Circle]
    mentors: list[Circle]
    requests_elsewhere: int


def _radius(count: int, largest: int) -> float:
    # The area, not the radius, grows with the count, so a place with four looks four times as big.
    return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(count / largest), 1)


def _hull(points: np.ndarray) -> np.ndarray:
    """The outline's corners in order; the points themselves if they span no area."""
    if len(points) < 3:
        return points
    from scipy.spatial import ConvexHull, QhullError  # when a map is drawn, not at start

    try:
        return points[ConvexHull(points).vertices]
    except QhullError:  # all on one line
        return points


def region_map(*, places: RegionPlaces) -> RegionMap:
    """Fit every district and place into WIDTH pixels (the longer side), north up."""
    import numpy as np  # numeric libraries load when a map is drawn, not when Django starts

    coordinates = [c for area in places.areas for c in area.coordinates] + [
        (p.latitude, p.longitude) for p in places.places
    ]
    if not coordinates:
        return RegionMap(WIDTH, 0, [], [], [], places.requests_elsewhere)
    latitudes = np.array([lat for lat, _lon in coordinates])
    longitudes = np.array([lon for _lat, lon in coordinates])
    shrink = math.cos(math.radians(float(latitudes.mean())))
    west, east = float(longitudes.min()) * shrink, float(longitudes.max()) * shrink
    north, south = float(latitudes.max()), float(latitudes.min())
    span = max(east - west, north - south, 1e-6)
    scale = (WIDTH - 2 * PADDING) / span
    width = round((east - west) * scale + 2 * PADDING)
    height = round((north - south) * scale + 2 * PADDING)

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (
            round(PADDING + (lon * shrink - west) * scale, 1),
            round(PADDING + (north - lat) * scale, 1),
        )

    outlines = []
    for area in places.areas:
        if not area.coordinates:
            continue
        corners = _hull(np.array([project(lat, lon) for lat, lon in area.coordinates]))
        outlines.append(
            Outline(
                name=area.name,
                points=" ".join(f"{x:g},{y:g}" for x, y in corners),
                label_x=round(float(corners[:, 0].mean()), 1),
                label_y=round(float(corners[:, 1].mean()), 1),
            )
        )
    largest = max((max(p.requests, p.mentors) for p in places.places), default=1)

    def circles(attribute: str) -> list[Circle]:
        found = []
        for place in places.places:
            count = getattr(place, attribute)
            if count:
                x, y = project(place.latitude, place.longitude)
                found.append(Circle(x, y, _radius(count, largest), count, place.name))
        return found

    return RegionMap(
        width=width,
        height=height,
        outlines=outlines,
        requests=circles("requests"),
        mentors=circles("mentors"),
        requests_elsewhere=places.requests_elsewhere,
    )
