"""Checking spreadsheet rows against the vocabulary: every row is checked before anything is
written, and every problem is reported with its line."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from imports.parsing import (
    Row,
    RowError,
    choices_parse,
    email_parse,
    int_parse,
    list_parse,
    postcode_parse,
    required_parse,
    yes_no_parse,
)
from mentors.models import Mentor
from vocabulary.choices import Language, MeetingFormat, Stage
from vocabulary.models import Place, Topic
from vocabulary.selectors import place_for_postcode


@dataclass
class MentorRow:
    line: int
    email: str
    first_name: str
    last_name: str
    profession: str
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


class _Lookups:
    """Topics and places, fetched once per file rather than once per row."""

    def __init__(self):
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self._places: dict[str, Place | None] = {}
        self.professions = {key: key for key in Mentor.Profession.values}
        self.professions |= {str(label).lower(): key for key, label in Mentor.Profession.choices}

    def topics_parse(self, value: str) -> list[Topic]:
        slugs = list_parse(value)
        if not slugs:
            raise ValueError(_("Mindestens ein Thema angeben"))
        unknown = [slug for slug in slugs if slug not in self.topics]
        if unknown:
            raise ValueError(_("Unbekanntes Thema „%s“") % ", ".join(unknown))
        return [self.topics[slug] for slug in slugs]

    def place_parse(self, value: str) -> Place:
        postcode = postcode_parse(value)
        if postcode not in self._places:
            self._places[postcode] = place_for_postcode(postcode)
        place = self._places[postcode]
        if place is None:
            raise ValueError(_("Unbekannte Postleitzahl „%s“") % postcode)
        return place

    def profession_parse(self, value: str) -> str:
        key = self.professions.get(value.strip().lower())
        if key is None:
            raise ValueError(_("Unbekannter Beruf „%s“") % value)
        return key


def _optional(value: str, *, label: str, max_length: int) -> str:
    return required_parse(value, label=label, max_length=max_length) if value else ""


def _languages_parse(value: str) -> list[str]:
    return choices_parse(value, allowed=set(Language.values), label=_("Sprachen")) or [
        Language.DE.value
    ]


def _mentor_row(row: Row, lookups: _Lookups) -> MentorRow:
    cells = row.cells
    return MentorRow(
        line=row.line,
        email=email_parse(cells["email"]),
        first_name=required_parse(cells["first_name"], label=_("Vorname"), max_length=150),
        last_name=required_parse(cells["last_name"], label=_("Nachname"), max_length=150),
        profession=lookups.profession_parse(cells["profession"]),
        organisation=_optional(cells["organisation"], label=_("Organisation"), max_length=200),
        topics=lookups.topics_parse(cells["topics"]),
        bio=cells["bio"],
        place=lookups.place_parse(cells["postcode"]),
        travel_radius_km=int_parse(
            cells["travel_radius_km"], label=_("Anfahrt (km)"), minimum=0, maximum=300, default=30
        ),
        remote=yes_no_parse(cells["remote"]) if cells["remote"] else True,
        capacity=int_parse(
            cells["capacity"], label=_("Kapazität"), minimum=1, maximum=10, default=2
        ),
        languages=_languages_parse(cells["languages"]),
    )


def _request_row(row: Row, lookups: _Lookups) -> RequestRow:
    cells = row.cells
    stage = cells["stage"].strip().lower()
    if stage not in Stage.values:
        raise ValueError(_("Unbekannte Gründungsphase „%s“") % cells["stage"])
    formats = choices_parse(
        cells["formats"], allowed=set(MeetingFormat.values), label=_("Gesprächsformen")
    )
    return RequestRow(
        line=row.line,
        email=email_parse(cells["email"]),
        first_name=required_parse(cells["first_name"], label=_("Vorname"), max_length=80),
        last_name=required_parse(cells["last_name"], label=_("Nachname"), max_length=80),
        topics=lookups.topics_parse(cells["topics"]),
        description=required_parse(
            cells["description"], label=_("Beschreibung"), max_length=10_000
        ),
        stage=stage,
        place=lookups.place_parse(cells["postcode"]),
        formats=formats or list(MeetingFormat.values),
        languages=_languages_parse(cells["languages"]),
    )


def _checked(
    rows: list[Row], parse: Callable[[Row, _Lookups], object]
) -> tuple[list, list[RowError]]:
    lookups = _Lookups()
    good, errors, first_line_of = [], [], {}
    for row in rows:
        try:
            item = parse(row, lookups)
        except ValueError as error:
            errors.append(RowError(row.line, str(error)))
            continue
        if item.email in first_line_of:
            errors.append(
                RowError(
                    row.line,
                    _("E-Mail-Adresse „%(email)s“ steht schon in Zeile %(line)d")
                    % {"email": item.email, "line": first_line_of[item.email]},
                )
            )
            continue
        first_line_of[item.email] = row.line
        good.append(item)
    return good, errors


def mentor_rows_check(rows: list[Row]) -> tuple[list[MentorRow], list[RowError]]:
    return _checked(rows, _mentor_row)


def request_rows_check(rows: list[Row]) -> tuple[list[RequestRow], list[RowError]]:
    return _checked(rows, _request_row)
