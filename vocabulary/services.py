"""Writes for the vocabulary: loading the gazetteer and seeding the service areas."""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import connection, transaction

from vocabulary.data.service_region import SERVICE_AREAS
from vocabulary.gazetteer import GazetteerRow, gazetteer_rows
from vocabulary.models import Place, ServiceArea
from vocabulary.models.areas import coverage_errors
from vocabulary.names import locality_key

_BATCH = 1000
_UPDATED_FIELDS = ("land", "latitude", "longitude", "approximate", "population", "locality_key")


@dataclass(frozen=True)
class PlacesLoadResult:
    total: int  # rows the source data has (within the prefixes asked for)
    exact: int
    approximate: int
    created: int
    updated: int
    unchanged: int
    deleted: int  # rows the source no longer has and nothing referenced
    kept: int  # rows the source no longer has but a founder or mentor still points to
    seconds: float


def _referenced_place_ids() -> set[int]:
    # Every foreign key to Place, whoever declares it (founders, mentors, later apps), including
    # hidden ones (related_name="+") and those of many-to-many through tables.
    referenced: set[int] = set()
    for relation in Place._meta.get_fields(include_hidden=True):
        if relation.concrete or not (relation.one_to_many or relation.one_to_one):
            continue
        field = relation.field
        referenced.update(
            relation.related_model._base_manager.filter(**{f"{field.name}__isnull": False})
            .values_list(field.attname, flat=True)
            .distinct()
        )
    return referenced


def _fields(row: GazetteerRow) -> dict:
    return {
        "land": row.land,
        "latitude": row.latitude,
        "longitude": row.longitude,
        "approximate": row.approximate,
        "population": row.population,
        "locality_key": locality_key(row.locality),
    }


def _update_rows(places: list[Place]) -> None:
    # One parametrised UPDATE run with executemany: bulk_update's CASE expressions took ~10 s
    # for a full refresh of 12,815 rows, this takes well under one on SQLite and PostgreSQL.
    if not places:
        return
    quote = connection.ops.quote_name
    columns = [Place._meta.get_field(name).column for name in _UPDATED_FIELDS]
    assignments = ", ".join(f"{quote(column)} = %s" for column in columns)
    sql = f"UPDATE {quote(Place._meta.db_table)} SET {assignments} WHERE {quote('id')} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [[getattr(place, name) for name in _UPDATED_FIELDS] + [place.pk] for place in places],
        )


def _noop(_message: str) -> None:
    pass


@transaction.atomic
def places_load(
    *,
    postcode_prefixes: Sequence[str] = (),
    progress: Callable[[str], None] = _noop,
) -> PlacesLoadResult:
    """Fill Place from the bundled data: idempotent, one transaction, bulk writes.

    A re-run updates changed rows and creates none twice; rows the data no longer has are
    deleted only if nothing refers to them. ``postcode_prefixes`` limits the load (and the
    clean-up) to postcodes starting with one of them; coordinates are the same as in a full
    load because the join always sees all of Germany.
    """
    started = time.perf_counter()
    progress("Reading postcodes and GeoNames places and joining them ...")
    rows = gazetteer_rows()
    if postcode_prefixes:
        rows = [row for row in rows if row.postcode.startswith(tuple(postcode_prefixes))]
    progress(f"  {len(rows)} localities to store.")

    existing_rows = Place.objects.all()
    if postcode_prefixes:
        prefix_filter = Place.objects.none()
        for prefix in postcode_prefixes:
            prefix_filter = prefix_filter | Place.objects.filter(postcode__startswith=prefix)
        existing_rows = prefix_filter
    existing = {(place.postcode, place.locality): place for place in existing_rows}

    to_create, to_update = [], []
    for row in rows:
        fields = _fields(row)
        place = existing.pop((row.postcode, row.locality), None)
        if place is None:
            to_create.append(Place(postcode=row.postcode, locality=row.locality, **fields))
        elif any(getattr(place, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(place, name, value)
            to_update.append(place)

    progress(f"Creating {len(to_create)} and updating {len(to_update)} places ...")
    Place.objects.bulk_create(to_create, batch_size=_BATCH)
    _update_rows(to_update)

    stale = set(place.pk for place in existing.values())
    kept = stale & _referenced_place_ids() if stale else set()
    deleted, _details = Place.objects.filter(pk__in=stale - kept).delete()
    if stale:
        progress(f"Deleted {deleted} places the data no longer has; kept {len(kept)} in use.")

    approximate = sum(row.approximate for row in rows)
    return PlacesLoadResult(
        total=len(rows),
        exact=len(rows) - approximate,
        approximate=approximate,
        created=len(to_create),
        updated=len(to_update),
        unchanged=len(rows) - len(to_create) - len(to_update),
        deleted=deleted,
        kept=len(kept),
        seconds=time.perf_counter() - started,
    )


@transaction.atomic
def service_areas_seed(*, overwrite: bool = False) -> dict[str, bool]:
    """Create the districts of data/service_region.py that are missing (matched by name).

    Existing areas are the coordinators' and stay as they are unless ``overwrite`` is set.
    Returns {area name: True if written}. Raises ValueError if the seed list does not fit the
    gazetteer (a postcode or locality it lacks): load the places first.
    """
    written = {}
    for seed in SERVICE_AREAS:
        text = "\n".join(seed.entries)
        errors = coverage_errors(text)
        if errors:
            raise ValueError(f"{seed.name}: " + " ".join(str(error) for error in errors))
        area = ServiceArea.objects.filter(name=seed.name).first()
        if area is None:
            ServiceArea.objects.create(name=seed.name, postcodes=text)
            written[seed.name] = True
        elif overwrite and area.postcodes != text:
            area.postcodes = text
            area.save(update_fields=["postcodes", "updated_at"])
            written[seed.name] = True
        else:
            written[seed.name] = False
    return written
