"""Where the region's requests and mentors are, per place, for the report's map."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from mentors.models import Mentor
from reporting.periods import Period
from reporting.selectors.figures import areas_q, requests_in
from vocabulary.models import Place, ServiceArea
from vocabulary.selectors import service_area_coordinates


@dataclass(frozen=True)
class PlaceCount:
    name: str
    latitude: float
    longitude: float
    requests: int  # received in the period
    mentors: int  # active (verified) today


@dataclass(frozen=True)
class AreaPlaces:
    name: str
    coordinates: list[tuple[float, float]]  # (latitude, longitude) of every place it covers


@dataclass(frozen=True)
class RegionPlaces:
    areas: list[AreaPlaces]
    places: list[PlaceCount]  # inside the districts, with at least one request or mentor
    requests_elsewhere: int  # received in the period from places in no district


def _per_place(queryset) -> dict[int, int]:
    return dict(queryset.values("place_id").annotate(n=Count("pk")).values_list("place_id", "n"))


def region_places(*, period: Period, area: ServiceArea | None = None) -> RegionPlaces:
    """Requests received in the period and active mentors, per place in the district(s)."""
    areas = [area] if area else list(ServiceArea.objects.all())
    inside = areas_q(areas)
    received = requests_in(None).filter(created_at__gte=period.start, created_at__lt=period.end)
    requests = _per_place(received.filter(inside))
    mentors = _per_place(Mentor.objects.filter(inside, status=Mentor.Status.ACTIVE))
    places = Place.objects.in_bulk(set(requests) | set(mentors))
    return RegionPlaces(
        areas=[
            AreaPlaces(name=name, coordinates=coordinates)
            for name, coordinates in service_area_coordinates(areas=areas)
        ],
        places=sorted(
            (
                PlaceCount(
                    name=place.locality,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    requests=requests.get(pk, 0),
                    mentors=mentors.get(pk, 0),
                )
                for pk, place in places.items()
            ),
            key=lambda p: (-p.requests - p.mentors, p.name),
        ),
        requests_elsewhere=0 if area else received.exclude(areas_q(areas)).count(),
    )
