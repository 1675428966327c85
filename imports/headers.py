"""The columns of each kind of list, the names people give them ("E-Mail-Adresse", "PLZ",
"Umkreis (km)") and the program's guess which column is which. Pure Python."""

import hashlib
import json
import re
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# The column the error report adds: never data, never part of a header's identity.
ERROR_COLUMN = "Fehler"


def header_key(text: str) -> str:
    """A header cell without case, umlauts, spaces or punctuation: "E-Mail-Adresse" →
    "emailadresse", "Umkreis (km)" → "umkreiskm"."""
    return re.sub(r"[^a-z0-9]", "", str(text).casefold().translate(_FOLD))


@dataclass(frozen=True)
class Field:
    name: str
    label: Promise  # the header an export writes, and what the mapping step calls it
    required: bool
    aliases: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        with_labels = (self.name, str(self.label), *self.aliases)
        return {header_key(alias) for alias in with_labels}


_EMAIL = Field(
    "email",
    _("E-Mail"),
    True,
    ("Mail", "E-Mail-Adresse", "Mailadresse", "Email address", "E-Mail address", "Kontakt"),
)
_FIRST = Field("first_name", _("Vorname"), True, ("First name", "Given name", "Rufname"))
_LAST = Field("last_name", _("Nachname"), True, ("Name", "Familienname", "Last name", "Surname"))
_TOPICS = Field(
    "topics",
    _("Themen"),
    True,
    ("Thema", "Topic", "Schwerpunkte", "Schwerpunkt", "Fachgebiete", "Beratungsthemen"),
)
_POSTCODE = Field(
    "postcode",
    _("PLZ"),
    True,
    ("Postleitzahl", "PLZ Ort", "PLZ/Ort", "Ort", "Wohnort", "Zip", "Zip code", "Postal code"),
)
_LANGUAGES = Field("languages", _("Sprachen"), False, ("Sprache", "Language", "Fremdsprachen"))

MENTOR_FIELDS = (
    _EMAIL,
    _FIRST,
    _LAST,
    Field(
        "profession",
        _("Beruf"),
        True,
        ("Berufsbezeichnung", "Titel", "Job", "Job title", "Tätigkeit", "Qualifikation"),
    ),
    Field(
        "profession_category",
        _("Berufsgruppe"),
        False,
        ("Kategorie", "Profession category", "Category"),
    ),
    Field(
        "organisation",
        _("Organisation"),
        False,
        ("Organization", "Firma", "Unternehmen", "Kanzlei", "Company", "Arbeitgeber", "Betrieb"),
    ),
    _TOPICS,
    Field(
        "bio",
        _("Kurzvorstellung"),
        False,
        ("Beschreibung", "Vorstellung", "Über mich", "About", "Profil", "Kurzprofil"),
    ),
    _POSTCODE,
    Field(
        "travel_radius_km",
        _("Umkreis (km)"),
        False,
        (
            "Umkreis",
            "Radius",
            "Radius (km)",
            "Anfahrt",
            "Anfahrt (km)",
            "Anfahrt bis (km)",
            "Travel radius",
            "Entfernung",
            "km",
        ),
    ),
    Field(
        "remote",
        _("Online möglich"),
        False,
        ("Online", "Auch online", "Video", "Per Video", "Digital", "Auch per Video oder Telefon"),
    ),
    Field(
        "capacity",
        _("Plätze"),
        False,
        ("Kapazität", "Capacity", "Anzahl", "Freie Plätze", "Gründer:innen gleichzeitig"),
    ),
    _LANGUAGES,
)
REQUEST_FIELDS = (
    _EMAIL,
    _FIRST,
    _LAST,
    _TOPICS,
    Field(
        "description",
        _("Beschreibung"),
        True,
        ("Anliegen", "Description", "Frage", "Bedarf", "Worum geht es", "Nachricht", "Idee"),
    ),
    Field("stage", _("Phase"), True, ("Gründungsphase", "Stage", "Stand", "Status")),
    _POSTCODE,
    Field(
        "formats",
        _("Gesprächsformen"),
        False,
        ("Gesprächsform", "Format", "Formate", "Formats", "Kontaktweg"),
    ),
    _LANGUAGES,
)
FIELDS = {"mentors": MENTOR_FIELDS, "requests": REQUEST_FIELDS}


def fields_of(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def header_trimmed(header: list[str]) -> list[str]:
    """The header without the empty columns Excel often keeps at the end."""
    header = [str(cell).strip() for cell in header]
    while header and not header[-1]:
        header.pop()
    return header


def header_hash(header: list[str]) -> str:
    """What identifies a layout of columns: the same headers in the same order, written in any
    case or spacing; an error report's "Fehler" column does not count."""
    keys = [header_key(cell) for cell in header_trimmed(header)]
    keys = [key for key in keys if key != header_key(ERROR_COLUMN)]
    return hashlib.sha256(json.dumps(keys).encode()).hexdigest()


def columns_guess(*, kind: str, header: list[str]) -> list[str]:
    """For each column, the field it holds ("" for one we do not import). Each field goes to
    one column: a column named like the field itself ("PLZ") wins over one named by a looser
    alias ("Ort"), and among equals the first."""
    ranks: dict[str, tuple[int, str]] = {}
    for field in fields_of(kind):
        for rank, alias in enumerate((field.name, str(field.label), *field.aliases)):
            key = header_key(alias)
            if key not in ranks or min(rank, 2) < ranks[key][0]:
                ranks[key] = (min(rank, 2), field.name)
    cells = header_trimmed(header)
    found = [(*ranks.get(header_key(cell), (9, "")), index) for index, cell in enumerate(cells)]
    guess = [""] * len(cells)
    taken: set[str] = set()
    for _rank, name, index in sorted(found):
        if name and name not in taken:
            guess[index] = name
            taken.add(name)
    return guess


def mapping_problems(*, kind: str, mapping: list[str]) -> list[str]:
    """What keeps a mapping from being used, in German: required fields without a column,
    fields given twice."""
    labels = {field.name: str(field.label) for field in fields_of(kind)}
    problems = []
    missing = [
        labels[field.name]
        for field in fields_of(kind)
        if field.required and field.name not in mapping
    ]
    if missing:
        problems.append(_("Es fehlt eine Spalte für: %s") % ", ".join(missing))
    twice = sorted({labels[name] for name in mapping if name and mapping.count(name) > 1})
    if twice:
        problems.append(_("Mehr als eine Spalte für: %s") % ", ".join(twice))
    unknown = sorted({name for name in mapping if name and name not in labels})
    if unknown:
        problems.append(_("Unbekannte Felder: %s") % ", ".join(unknown))
    return problems


def columns_exact(*, kind: str, header: list[str]) -> list[str] | None:
    """The mapping of a file in the import's own format (an export, or our template): every
    column named by a field's own name or German label, nothing missing. None otherwise, and
    then a coordinator confirms the guess."""
    own = {
        header_key(name): field.name
        for field in fields_of(kind)
        for name in (field.name, str(field.label))
    }
    cells = [
        cell for cell in header_trimmed(header) if header_key(cell) != header_key(ERROR_COLUMN)
    ]
    if not cells or any(header_key(cell) not in own for cell in cells):
        return None
    mapping = columns_guess(kind=kind, header=header)
    return None if mapping_problems(kind=kind, mapping=mapping) else mapping
