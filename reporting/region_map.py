"""The region as an SVG map for the report: district outlines (vocabulary.region_map) and
circles for requests and mentors per place."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reporting.selectors import RegionPlaces
from vocabulary.region_map import Outline, region_frame

MIN_RADIUS = 3.0
MAX_RADIUS = 16.0


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


def region_map(*, places: RegionPlaces) -> RegionMap:
    """Fit every district and place into the frame's width (the longer side), north up."""
    frame = region_frame(
        areas=[(area.name, area.coordinates) for area in places.areas],
        points=[(p.latitude, p.longitude) for p in places.places],
    )
    largest = max((max(p.requests, p.mentors) for p in places.places), default=1)

    def circles(attribute: str) -> list[Circle]:
        found = []
        for place in places.places:
            count = getattr(place, attribute)
            if count:
                x, y = frame.project(place.latitude, place.longitude)
                found.append(Circle(x, y, _radius(count, largest), count, place.name))
        return found

    return RegionMap(
        width=frame.width,
        height=frame.height,
        outlines=frame.outlines,
        requests=circles("requests") if frame.height else [],
        mentors=circles("mentors") if frame.height else [],
        requests_elsewhere=places.requests_elsewhere,
    )
