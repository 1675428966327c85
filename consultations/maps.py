"""The Innovationsorte on the region's map: numbered markers, numbered as the list below it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from consultations.models import InnovationSpace
from vocabulary.region_map import Outline, region_frame


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    number: int
    name: str


@dataclass(frozen=True)
class SpacesMap:
    width: int
    height: int  # 0: nothing to draw
    outlines: list[Outline]
    markers: list[Marker]


def spaces_map(
    *,
    spaces: Sequence[InnovationSpace],
    areas: Sequence[tuple[str, Sequence[tuple[float, float]]]],
) -> SpacesMap:
    """The districts' outlines and one marker per space, numbered from 1 in list order."""
    frame = region_frame(
        areas=areas, points=[(s.place.latitude, s.place.longitude) for s in spaces]
    )
    markers = [
        Marker(*frame.project(space.place.latitude, space.place.longitude), number, space.name)
        for number, space in enumerate(spaces, start=1)
    ]
    return SpacesMap(frame.width, frame.height, frame.outlines, markers if frame.height else [])
