"""Reads for imports and exports: a remembered column mapping, and the mentors and help
requests as rows in the import's own format, so an exported list imports back unchanged."""

from collections.abc import Iterator

from django.utils import translation
from django.utils.translation import gettext as _

from founders.models import HelpRequest
from imports.headers import (
    ERROR_COLUMN,
    MENTOR_FIELDS,
    REQUEST_FIELDS,
    header_hash,
    header_key,
    header_trimmed,
)
from imports.models import ColumnMapping
from mentors.models import Mentor
from vocabulary.choices import Language, MeetingFormat, Stage

# The requests a list holds: those the import would update (see services._CURRENT).
EXPORTED_REQUESTS = (
    HelpRequest.Status.UNCONFIRMED,
    HelpRequest.Status.OPEN,
    HelpRequest.Status.MATCHED,
)


def column_mapping_for(*, kind: str, header: list[str]) -> list[str] | None:
    """The fields a coordinator confirmed for this layout of headers, or None if nobody has.
    An error report's "Fehler" column, in either file, is passed over: the report of a file
    uploaded again maps as the file did."""
    mapping = ColumnMapping.objects.filter(kind=kind, header_hash=header_hash(header)).first()
    if mapping is None or len(mapping.fields) != len(mapping.header):
        return None
    error_key = header_key(ERROR_COLUMN)
    kept = iter(
        name
        for cell, name in zip(mapping.header, mapping.fields, strict=True)
        if header_key(cell) != error_key
    )
    return [
        "" if header_key(cell) == error_key else next(kept, "") for cell in header_trimmed(header)
    ]


def _labels(choices, values: list[str]) -> str:
    names = dict(choices.choices)
    return "; ".join(str(names.get(value, value)) for value in values)


def _yes_no(value: bool) -> str:
    return _("ja") if value else _("nein")


def export_header(kind: str) -> list[str]:
    fields = MENTOR_FIELDS if kind == "mentors" else REQUEST_FIELDS
    with translation.override("de"):
        return [str(field.label) for field in fields]


def mentors_export_rows() -> Iterator[list[str]]:
    """Every mentor as a row under export_header("mentors"), in German words."""
    mentors = (
        Mentor.objects.select_related("user", "place")
        .prefetch_related("topics")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    with translation.override("de"):
        for mentor in mentors:
            yield [
                mentor.user.email,
                mentor.user.first_name,
                mentor.user.last_name,
                mentor.profession_title or str(mentor.get_profession_display()),
                str(mentor.get_profession_display()),
                mentor.organisation,
                "; ".join(topic.name for topic in mentor.topics.all()),
                mentor.bio,
                mentor.place.postcode,
                str(mentor.travel_radius_km),
                _yes_no(mentor.remote),
                str(mentor.capacity),
                _labels(Language, mentor.languages),
            ]


def help_requests_export_rows() -> Iterator[list[str]]:
    """Every current help request as a row under export_header("requests")."""
    help_requests = (
        HelpRequest.objects.filter(status__in=EXPORTED_REQUESTS)
        .select_related("place")
        .prefetch_related("topics")
        .order_by("last_name", "first_name", "pk")
    )
    with translation.override("de"):
        for help_request in help_requests:
            yield [
                help_request.email,
                help_request.first_name,
                help_request.last_name,
                "; ".join(topic.name for topic in help_request.topics.all()),
                help_request.description,
                _labels(Stage, [help_request.stage]),
                help_request.place.postcode,
                _labels(MeetingFormat, help_request.formats),
                _labels(Language, help_request.languages),
            ]
