"""Reading spreadsheets (CSV as Excel writes it, .xlsx) into rows, and the cell formats the
import understands. Pure Python: no models, no database."""

import csv
import io
import re
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

MENTOR_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "profession",
    "organisation",
    "topics",
    "bio",
    "postcode",
    "travel_radius_km",
    "remote",
    "capacity",
    "languages",
)
REQUEST_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "topics",
    "description",
    "stage",
    "postcode",
    "formats",
    "languages",
)

_XLSX_MAGIC = b"PK\x03\x04"
_YES = {"yes", "ja", "y", "j", "1", "true", "wahr", "x"}
_NO = {"no", "nein", "n", "0", "false", "falsch", ""}
_POSTCODE = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class RowError:
    line: int  # the spreadsheet's row number: the header is line 1
    reason: str

    def __str__(self) -> str:
        return _("Zeile %(line)d: %(reason)s") % {"line": self.line, "reason": self.reason}


class ImportRejected(Exception):
    """The file is not imported at all; ``errors`` names every bad row and why."""

    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


@dataclass(frozen=True)
class Row:
    line: int
    cells: dict[str, str]


def rows_read(*, file_bytes: bytes, filename: str, columns: tuple[str, ...]) -> list[Row]:
    """The data rows of a CSV or .xlsx file whose header has exactly ``columns`` (any order)."""
    if filename.lower().endswith(".xlsx") or file_bytes.startswith(_XLSX_MAGIC):
        table = _xlsx_table(file_bytes)
    elif filename.lower().endswith(".xls"):
        raise ImportRejected([RowError(1, _("Bitte als .xlsx oder CSV speichern, nicht .xls."))])
    else:
        table = _csv_table(file_bytes)
    if not table:
        raise ImportRejected([RowError(1, _("Die Datei ist leer."))])
    header = [cell.strip().lower() for cell in table[0]]
    while header and not header[-1]:  # Excel often keeps empty trailing columns
        header.pop()
    missing = [name for name in columns if name not in header]
    unknown = [name for name in header if name not in columns]
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if missing or unknown or duplicated:
        parts = []
        if missing:
            parts.append(_("es fehlen die Spalten %s") % ", ".join(missing))
        if unknown:
            parts.append(_("unbekannte Spalten %s") % ", ".join(unknown))
        if duplicated:
            parts.append(_("doppelte Spalten %s") % ", ".join(duplicated))
        raise ImportRejected([RowError(1, _("Kopfzeile: ") + "; ".join(parts))])
    rows = []
    for index, values in enumerate(table[1:], start=2):
        cells = {
            name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)
        }
        if any(cells.values()):  # skip rows that are wholly empty
            rows.append(Row(line=index, cells=cells))
    return rows


def _csv_table(file_bytes: bytes) -> list[list[str]]:
    try:
        text = file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows writes Windows-1252, not UTF-8.
        text = file_bytes.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter))


def _xlsx_table(file_bytes: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportRejected(
            [RowError(1, _("Die Excel-Datei kann nicht gelesen werden."))]
        ) from error
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 23909 and 3 as 23909.0 and 3.0
    return str(value)


# --- cell formats: each returns the value or raises ValueError with a German reason -----------


def email_parse(value: str) -> str:
    value = value.strip().lower()
    if not value:
        raise ValueError(_("E-Mail-Adresse fehlt"))
    try:
        validate_email(value)
    except ValidationError:
        raise ValueError(_("Ungültige E-Mail-Adresse „%s“") % value) from None
    return value


def required_parse(value: str, *, label: str, max_length: int) -> str:
    value = value.strip()
    if not value:
        raise ValueError(_("%s fehlt") % label)
    if len(value) > max_length:
        raise ValueError(
            _("%(label)s ist länger als %(n)d Zeichen") % {"label": label, "n": max_length}
        )
    return value


def list_parse(value: str) -> list[str]:
    """``a;b; c`` → ["a", "b", "c"]; empty parts are dropped, order kept, duplicates removed."""
    parts = [part.strip().lower() for part in value.replace(",", ";").split(";")]
    return list(dict.fromkeys(part for part in parts if part))


def choices_parse(value: str, *, allowed: set[str], label: str) -> list[str]:
    items = list_parse(value)
    unknown = [item for item in items if item not in allowed]
    if unknown:
        raise ValueError(
            _("Unbekannte %(label)s „%(values)s“") % {"label": label, "values": ", ".join(unknown)}
        )
    return items


def yes_no_parse(value: str) -> bool:
    key = value.strip().lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(_("„%s“ ist weder ja noch nein") % value)


def int_parse(value: str, *, label: str, minimum: int, maximum: int, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    try:
        number = (
            int(float(value.replace(",", "."))) if re.fullmatch(r"\d+([.,]0+)?", value) else None
        )
    except ValueError:
        number = None
    if number is None or not minimum <= number <= maximum:
        raise ValueError(
            _("%(label)s muss eine Zahl von %(min)d bis %(max)d sein, nicht „%(value)s“")
            % {"label": label, "min": minimum, "max": maximum, "value": value}
        )
    return number


def postcode_parse(value: str) -> str:
    value = value.strip()
    if len(value) == 4 and value.isdigit():
        value = "0" + value  # Excel drops the leading zero of 01067
    if not _POSTCODE.match(value):
        raise ValueError(_("Ungültige Postleitzahl „%s“") % value)
    return value
