"""Reads of the vocabulary: finding places, the service region, and who is within a radius."""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from django.db.models import F, Q, QuerySet

from vocabulary.geo import PlaceIndex
from vocabulary.models import Place, ServiceArea
from vocabulary.names import locality_base_key, locality_key

T = TypeVar("T")

_POSTCODE_START = re.compile(r"^(\d{1,5})\s*(.*)$")
_MAX_NAMED = 50


def _main_first(queryset: QuerySet[Place]) -> QuerySet[Place]:
    # The main locality of a postcode is its most populous one (Ratzeburg, not Bäk, for 23909).
    return queryset.order_by(F("population").desc(nulls_last=True), "locality", "postcode")


# --- finding places -------------------------------------------------------------------------


def place_for_postcode(postcode: str) -> Place | None:
    """The main locality of a postcode, or None if the postcode is unknown."""
    return _main_first(Place.objects.filter(postcode=postcode)).first()


def places_named(*, name: str, postcode: str = "") -> list[Place]:
    """Places whose name matches, loosest last: exact, with a qualifier, without qualifiers.

    "Ratzeburg" finds Ratzeburg; "Lauenburg" finds "Lauenburg/Elbe"; "Moelln" finds Mölln.
    """
    places = Place.objects.filter(postcode=postcode) if postcode else Place.objects.all()
    key, base = locality_key(name), locality_base_key(name)
    if not key:
        return []
    for lookup in (
        {"locality_key": key},
        {"locality_key__startswith": f"{key} "},
        {"locality_key": base},
        {"locality_key__startswith": f"{base} "},
    ):
        found = list(_main_first(places.filter(**lookup))[:_MAX_NAMED])
        if found:
            return found
    return []


def places_search(*, query: str, limit: int = 10) -> list[Place]:
    """Suggestions for what someone is typing: a postcode start, a name start, or both."""
    query = query.strip()
    digits = _POSTCODE_START.match(query)
    if digits:
        places = Place.objects.filter(postcode__startswith=digits.group(1))
        rest = locality_key(digits.group(2))
        if rest:
            places = places.filter(locality_key__startswith=rest)
        return list(places.order_by("postcode", F("population").desc(nulls_last=True))[:limit])
    key = locality_key(query)
    if len(key) < 2:
        return []
    found = list(_main_first(Place.objects.filter(locality_key__startswith=key))[:limit])
    if len(found) < limit:
        # Then words inside names: "see" also suggests "Plau am See".
        inner = Place.objects.filter(locality_key__contains=f" {key}").exclude(
            pk__in=[place.pk for place in found]
        )
        found += list(_main_first(inner)[: limit - len(found)])
    return found


# --- the service region ---------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceRegion:
    """Everything the service areas cover: whole postcodes and single localities."""

    postcodes: frozenset[str]
    localities: frozenset[tuple[str, str]]  # (postcode, locality_key)

    def covers(self, place: Place) -> bool:
        return place.postcode in self.postcodes or (
            (place.postcode, place.locality_key or locality_key(place.locality)) in self.localities
        )


def _region_of(areas: Iterable[ServiceArea]) -> ServiceRegion:
    postcodes, localities = set(), set()
    for area in areas:
        for entry in area.entries():
            if entry.locality_key:
                localities.add((entry.postcode, entry.locality_key))
            else:
                postcodes.add(entry.postcode)
    return ServiceRegion(postcodes=frozenset(postcodes), localities=frozenset(localities))


def service_region() -> ServiceRegion:
    """The union of all service areas (one query; build it once per request or batch)."""
    return _region_of(ServiceArea.objects.all())


def place_in_service_region(*, place: Place) -> bool:
    """Whether a place lies in the service region; requests from outside are only flagged."""
    return service_region().covers(place)


def service_areas_for_place(*, place: Place) -> list[ServiceArea]:
    """The service areas that cover a place (usually one, none outside the region)."""
    return [area for area in ServiceArea.objects.all() if _region_of([area]).covers(place)]


def service_area_q(*, area: ServiceArea, path: str = "") -> Q:
    """A filter for places inside one area, or for rows whose place is at `path` ("place__")."""
    condition = Q(pk__in=[])  # an area without entries covers nothing
    postcodes = []
    for entry in area.entries():
        if entry.locality_key:
            condition |= Q(
                **{f"{path}postcode": entry.postcode, f"{path}locality_key": entry.locality_key}
            )
        else:
            postcodes.append(entry.postcode)
    if postcodes:
        condition |= Q(**{f"{path}postcode__in": postcodes})
    return condition


def service_area_coordinates(
    *, areas: Iterable[ServiceArea] | None = None
) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each service area's name and the (latitude, longitude) of every place it covers: what
    its outline on a map is drawn from (vocabulary.region_map)."""
    areas = ServiceArea.objects.order_by("name") if areas is None else areas
    return [
        (
            area.name,
            list(
                Place.objects.filter(service_area_q(area=area)).values_list("latitude", "longitude")
            ),
        )
        for area in areas
    ]


def places_in_service_region() -> QuerySet[Place]:
    region = service_region()
    places = Place.objects.filter(postcode__in=region.postcodes)
    for postcode, key in region.localities:
        places = places | Place.objects.filter(postcode=postcode, locality_key=key)
    return places


# --- distances ------------------------------------------------------------------------------


def place_index(*, places: Iterable[Place] | None = None) -> PlaceIndex:
    """A radius-search index keyed by Place id, over the given places or all of them."""
    if places is None:
        rows = Place.objects.values_list("pk", "latitude", "longitude")
    else:
        rows = [(place.pk, place.latitude, place.longitude) for place in places]
    ids, latitudes, longitudes = zip(*rows, strict=True) if rows else ((), (), ())
    return PlaceIndex.from_coordinates(ids=ids, latitudes=latitudes, longitudes=longitudes)


def places_within(
    *, origin: Place, radius_km: float, places: Iterable[Place] | None = None
) -> list[tuple[Place, float]]:
    """Places (all, or the given ones) within radius_km of origin, nearest first, with km."""
    places = None if places is None else list(places)
    index = place_index(places=places)
    hits = index.within(latitude=origin.latitude, longitude=origin.longitude, radius_km=radius_km)
    by_id = (
        Place.objects.in_bulk([place_id for place_id, _km in hits])
        if places is None
        else {place.pk: place for place in places}
    )
    return [(by_id[place_id], km) for place_id, km in hits]


def within_radius(
    *, origin: Place, radius_km: float, items: Sequence[T], place_of: Callable[[T], Place]
) -> list[tuple[T, float]]:
    """Who is within radius_km of origin: any objects with a place (e.g. mentors), nearest first.

    ``place_of`` maps an item to its Place, e.g. ``lambda mentor: mentor.place``.
    """
    places = [place_of(item) for item in items]
    index = PlaceIndex.from_coordinates(
        ids=range(len(items)),
        latitudes=[place.latitude for place in places],
        longitudes=[place.longitude for place in places],
    )
    hits = index.within(latitude=origin.latitude, longitude=origin.longitude, radius_km=radius_km)
    return [(items[position], km) for position, km in hits]
