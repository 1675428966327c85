"""Checking spreadsheet rows against the vocabulary: every row is checked before anything is
written, and every problem of every row is reported with its line (not only the first)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from imports.lookups import Lookups
from imports.parsing import Row, RowError
from imports.values import (
    email_parse,
    int_parse,
    optional_parse,
    required_parse,
    yes_no_parse,
)
from vocabulary.models import Place, Topic


@dataclass
class MentorRow:
    line: int
    email: str
    first_name: str
    last_name: str
    profession: str
    profession_title: str
    organisation: str
    topics: list[Topic]
    bio: str
    place: Place
    travel_radius_km: int
    remote: bool
    capacity: int
    languages: list[str]


@dataclass
class RequestRow:
    line: int
    email: str
    first_name: str
    last_name: str
    topics: list[Topic]
    description: str
    stage: str
    place: Place
    formats: list[str]
    languages: list[str]


class _Cells:
    """Reads one row's cells, keeping every reason a cell is refused instead of stopping at
    the first, so the coordinator fixes a file in one round."""

    def __init__(self, row: Row):
        self.row = row
        self.values: dict[str, Any] = {}
        self.reasons: list[str] = []

    def read(self, name: str, parse: Callable[[str], Any]) -> None:
        try:
            self.values[name] = parse(self.row.cells[name])
        except ValueError as error:
            self.reasons.append(str(error))


def _mentor_cells(row: Row, lookups: Lookups) -> _Cells:
    cells = _Cells(row)
    cells.read("email", email_parse)
    cells.read("first_name", lambda v: required_parse(v, label=_("Vorname"), max_length=150))
    cells.read("last_name", lambda v: required_parse(v, label=_("Nachname"), max_length=150))
    try:
        category = row.cells["profession_category"]
        profession, title = lookups.profession_parse(row.cells["profession"], category)
        cells.values |= {"profession": profession, "profession_title": title}
    except ValueError as error:
        cells.reasons.append(str(error))
    cells.read("organisation", lambda v: optional_parse(v, label=_("Organisation"), max_length=200))
    cells.read("topics", lookups.topics_parse)
    cells.read("bio", lambda v: optional_parse(v, label=_("Kurzvorstellung"), max_length=5000))
    cells.read("postcode", lookups.place_parse)
    cells.read(
        "travel_radius_km",
        lambda v: int_parse(v, label=_("Umkreis (km)"), minimum=0, maximum=300, default=30),
    )
    cells.read("remote", lambda v: yes_no_parse(v) if v.strip() else True)
    cells.read(
        "capacity",
        lambda v: int_parse(v, label=_("Kapazität"), minimum=1, maximum=10, default=2),
    )
    cells.read("languages", lookups.languages_parse)
    if not cells.reasons:
        values = cells.values
        values["place"] = values.pop("postcode")
        cells.values = {"item": MentorRow(line=row.line, **values)}
    return cells


def _request_cells(row: Row, lookups: Lookups) -> _Cells:
    cells = _Cells(row)
    cells.read("email", email_parse)
    cells.read("first_name", lambda v: required_parse(v, label=_("Vorname"), max_length=80))
    cells.read("last_name", lambda v: required_parse(v, label=_("Nachname"), max_length=80))
    cells.read("topics", lookups.topics_parse)
    cells.read(
        "description",
        lambda v: required_parse(v, label=_("Beschreibung"), max_length=10_000),
    )
    cells.read("stage", lookups.stage_parse)
    cells.read("postcode", lookups.place_parse)
    cells.read("formats", lookups.formats_parse)
    cells.read("languages", lookups.languages_parse)
    if not cells.reasons:
        values = cells.values
        values["place"] = values.pop("postcode")
        cells.values = {"item": RequestRow(line=row.line, **values)}
    return cells


def _checked(
    rows: list[Row], read: Callable[[Row, Lookups], _Cells]
) -> tuple[list, list[RowError]]:
    lookups = Lookups()
    good, errors, first_line_of = [], [], {}
    for row in rows:
        cells = read(row, lookups)
        email = cells.values["item"].email if not cells.reasons else cells.values.get("email")
        if email and email in first_line_of:
            cells.reasons.append(
                _("E-Mail-Adresse „%(email)s“ steht schon in Zeile %(line)d")
                % {"email": email, "line": first_line_of[email]}
            )
        elif email:
            first_line_of[email] = row.line
        if cells.reasons:
            errors += [RowError(row.line, reason) for reason in cells.reasons]
        else:
            good.append(cells.values["item"])
    return good, errors


def mentor_rows_check(rows: list[Row]) -> tuple[list[MentorRow], list[RowError]]:
    return _checked(rows, _mentor_cells)


def request_rows_check(rows: list[Row]) -> tuple[list[RequestRow], list[RowError]]:
    return _checked(rows, _request_cells)
