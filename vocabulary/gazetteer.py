"""Joining the bundled postcode list with GeoNames coordinates into gazetteer rows.

No Django and no network: the sources are data files inside installed packages (sources.py).

How a locality gets its coordinate:

1. Candidates are GeoNames places in the same Land with the same normalised name
   (``names.locality_key``); failing that, with the same name without qualifiers
   (``locality_base_key``: "Lauenburg/Elbe" finds "Lauenburg", "Tessin b. Boizenburg" finds
   "Tessin").
2. Anchors are the localities with exactly one candidate. Each postcode gets a reference point:
   the median of the anchor centres of the ``NEIGHBOURS`` numerically nearest other postcodes.
   With several candidates, the one nearest to the reference wins.
3. Plausibility: a match counts if it lies within ``SAME_POSTCODE_KM`` of another matched
   place of the same postcode, or within ``PLAUSIBLE_KM`` of the reference unless a postcode
   elsewhere with a locality of that name lies more than ``CLAIM_MARGIN_KM`` nearer. Small
   villages are missing from GeoNames, so a bigger namesake elsewhere in the Land would
   otherwise lend them a coordinate far away ("Tessin" near Rostock for "Tessin b. Boizenburg").
4. No plausible match: the mean of the matched localities of the same postcode, else of the
   matched postcodes of the same 3-digit area in the same Land, else of the 2-digit area, else
   of the Land; such rows are flagged ``approximate``.
"""

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from vocabulary.names import locality_base_key, locality_key
from vocabulary.sources import City, PostcodeEntry, geonames_cities, postcode_entries

EARTH_RADIUS_KM = 6371.0088
# A name match farther than this from where the neighbouring postcodes lie is taken for a
# namesake (see rule 3); genuine places at the edge of their area are mostly within it.
PLAUSIBLE_KM = 35.0
SAME_POSTCODE_KM = 15.0
CLAIM_MARGIN_KM = 10.0
NEIGHBOURS = 8


@dataclass(frozen=True, slots=True)
class GazetteerRow:
    postcode: str
    locality: str
    land: str
    latitude: float
    longitude: float
    approximate: bool
    population: int | None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Plain-float haversine for the join's inner loops (geo.py is the vectorised public one).
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, half)))


def _mean(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    # An arithmetic mean of degrees is fine at the scale of a postcode area in Germany.
    points = list(points)
    if not points:
        return None
    return (
        sum(lat for lat, _ in points) / len(points),
        sum(lon for _, lon in points) / len(points),
    )


def _candidates(entries: list[PostcodeEntry], cities: list[City]) -> list[list[int]]:
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_base: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, city in enumerate(cities):
        by_key[(city.land, locality_key(city.name))].append(index)
        by_base[(city.land, locality_base_key(city.name))].append(index)
    found = []
    for entry in entries:
        exact = by_key.get((entry.land, locality_key(entry.locality)))
        if exact:
            found.append(exact)
            continue
        base = locality_base_key(entry.locality)
        found.append(by_base.get((entry.land, base)) or by_key.get((entry.land, base)) or [])
    return found


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _neighbour_centres(
    *, postcodes: Iterable[str], anchor_centres: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """For every postcode: the median centre of the nearest other anchored postcodes by number.

    Postcodes close as numbers are close on the map (the leading digits are sorting areas),
    and the median shrugs off the odd false anchor among the neighbours.
    """
    codes = sorted(anchor_centres, key=int)
    numbers = [int(code) for code in codes]
    result = {}
    for code in postcodes:
        number = int(code)
        position = bisect.bisect_left(numbers, number)
        low, high, picked = position - 1, position, []
        while len(picked) < NEIGHBOURS and (low >= 0 or high < len(codes)):
            below = number - numbers[low] if low >= 0 else math.inf
            above = numbers[high] - number if high < len(codes) else math.inf
            if above <= below:
                if numbers[high] != number:
                    picked.append(anchor_centres[codes[high]])
                high += 1
            else:
                picked.append(anchor_centres[codes[low]])
                low -= 1
        if picked:
            result[code] = (
                _median([lat for lat, _ in picked]),
                _median([lon for _, lon in picked]),
            )
    return result


@dataclass(frozen=True, slots=True)
class _Claim:
    """An entry that could take a GeoNames place, and how far the place lies from it."""

    region: str  # 2-digit postcode region
    key: str
    distance: float


def _claims(
    entries: list[PostcodeEntry],
    candidates: list[list[int]],
    cities: list[City],
    references: dict[str, tuple[float, float]],
) -> dict[int, list[_Claim]]:
    claims: dict[int, list[_Claim]] = defaultdict(list)
    for entry, found in zip(entries, candidates, strict=True):
        reference = references.get(entry.postcode)
        for index in found if reference else ():
            city = cities[index]
            claims[index].append(
                _Claim(
                    region=entry.postcode[:2],
                    key=locality_key(entry.locality),
                    distance=_km(city.latitude, city.longitude, *reference),
                )
            )
    return claims


def _plausible(
    *,
    entry: PostcodeEntry,
    city: City,
    city_index: int,
    reference: tuple[float, float] | None,
    same_postcode: list[tuple[float, float, int]],
    claims: list[_Claim],
) -> bool:
    if reference is None:
        return True
    # Next to another matched place of the same postcode: genuine, even at the edge of the
    # sorting area (islands, border towns, a municipality split between two postcodes).
    if any(
        index != city_index and _km(city.latitude, city.longitude, lat, lon) <= SAME_POSTCODE_KM
        for lat, lon, index in same_postcode
    ):
        return True
    distance = _km(city.latitude, city.longitude, *reference)
    # A namesake claimed by a clearly nearer postcode belongs there: "Wentorf (Amt Sandesneben)"
    # must not get Wentorf bei Hamburg. The same name in the same 2-digit region is the same
    # town spread over several postcodes (Waiblingen 71332 ... 71404), not a rival.
    key, region = locality_key(entry.locality), entry.postcode[:2]
    rivals = [claim.distance for claim in claims if claim.key != key or claim.region != region]
    if rivals and distance > min(rivals) + CLAIM_MARGIN_KM:
        return False
    return distance <= PLAUSIBLE_KM


def join(entries: list[PostcodeEntry], cities: list[City]) -> list[GazetteerRow]:
    """Attach a coordinate to every entry (see the module docstring for the rules)."""
    candidates = _candidates(entries, cities)

    # Anchors: unambiguous name matches; they locate the postcodes for everything else.
    anchors: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for entry, found in zip(entries, candidates, strict=True):
        if len(found) == 1:
            city = cities[found[0]]
            anchors[entry.postcode].append((city.latitude, city.longitude, found[0]))
    anchor_centres = {
        code: _mean((lat, lon) for lat, lon, _ in points) for code, points in anchors.items()
    }
    references = _neighbour_centres(
        postcodes={entry.postcode for entry in entries}, anchor_centres=anchor_centres
    )
    claims = _claims(entries, candidates, cities, references)

    matched: list[City | None] = []
    for entry, found in zip(entries, candidates, strict=True):
        reference = references.get(entry.postcode)
        choice = None
        if found:
            if reference is None:
                best = max(found, key=lambda index: cities[index].population)
            else:
                best = min(
                    found,
                    key=lambda index: _km(
                        cities[index].latitude, cities[index].longitude, *reference
                    ),
                )
            if _plausible(
                entry=entry,
                city=cities[best],
                city_index=best,
                reference=reference,
                same_postcode=anchors.get(entry.postcode, []),
                claims=claims.get(best, []),
            ):
                choice = best
        matched.append(cities[choice] if choice is not None else None)
    return _with_fallbacks(entries, matched)


def _with_fallbacks(entries: list[PostcodeEntry], matched: list[City | None]) -> list[GazetteerRow]:
    per_postcode: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for entry, city in zip(entries, matched, strict=True):
        if city is not None:
            per_postcode[entry.postcode].append((city.latitude, city.longitude))
    postcode_centres = {code: _mean(points) for code, points in per_postcode.items()}
    lands = {entry.postcode: entry.land for entry in entries if entry.postcode in postcode_centres}
    areas: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for code, centre in postcode_centres.items():
        for key in ((lands[code], code[:3]), (lands[code], code[:2]), (lands[code], "")):
            areas[key].append(centre)
    area_centres = {key: _mean(points) for key, points in areas.items()}

    rows = []
    for entry, city in zip(entries, matched, strict=True):
        if city is not None:
            point, population = (city.latitude, city.longitude), city.population
        else:
            population = None
            point = postcode_centres.get(entry.postcode) or next(
                area_centres[key]
                for key in (
                    (entry.land, entry.postcode[:3]),
                    (entry.land, entry.postcode[:2]),
                    (entry.land, ""),
                )
                if key in area_centres
            )
        rows.append(
            GazetteerRow(
                postcode=entry.postcode,
                locality=entry.locality,
                land=entry.land,
                latitude=round(point[0], 6),
                longitude=round(point[1], 6),
                approximate=city is None,
                population=population,
            )
        )
    return rows


def gazetteer_rows() -> list[GazetteerRow]:
    """All German (postcode, locality) rows with a coordinate, read from the installed packages."""
    return join(postcode_entries(), geonames_cities())
