"""Reading spreadsheets (CSV as Excel writes it, .xlsx) into rows of named cells, through a
mapping of columns to fields. Pure Python: no models, no database. openpyxl is imported when
an .xlsx file is read: the admin's views import this module when Django starts."""

import csv
import io
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from imports.headers import columns_guess, fields_of, header_trimmed, mapping_problems

_XLSX_MAGIC = b"PK\x03\x04"
_FORMULA = "=+-@\t\r"


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


def table_read(*, file_bytes: bytes, filename: str) -> list[list[str]]:
    """Every row of the file's first sheet as text, the header first."""
    if filename.lower().endswith(".xlsx") or file_bytes.startswith(_XLSX_MAGIC):
        table = _xlsx_table(file_bytes)
    elif filename.lower().endswith(".xls"):
        raise ImportRejected([RowError(1, _("Bitte als .xlsx oder CSV speichern, nicht .xls."))])
    else:
        table = csv_table(file_bytes)[0]
    if not table or not header_trimmed(table[0]):
        raise ImportRejected([RowError(1, _("Die Datei ist leer."))])
    return table


def rows_read(
    *, file_bytes: bytes, filename: str, kind: str, mapping: list[str] | None = None
) -> list[Row]:
    """The data rows of a file of the given kind, each with a cell for every field of the kind
    ("" where the file has no column for it). ``mapping`` names the field of each column
    (confirmed by a coordinator); without it the program's guess is used."""
    table = table_read(file_bytes=file_bytes, filename=filename)
    header = header_trimmed(table[0])
    if mapping is None:
        mapping = columns_guess(kind=kind, header=header)
    if len(mapping) != len(header):
        raise ImportRejected([RowError(1, _("Die Spalten der Datei passen nicht zur Zuordnung."))])
    problems = mapping_problems(kind=kind, mapping=mapping)
    if problems:
        unplaced = [cell for cell, name in zip(header, mapping, strict=True) if not name]
        if unplaced:
            problems.append(_("nicht erkannt: %s") % ", ".join(f"„{c}“" for c in unplaced))
        raise ImportRejected([RowError(1, _("Kopfzeile: ") + "; ".join(problems))])
    names = [field.name for field in fields_of(kind)]
    rows = []
    for index, values in enumerate(table[1:], start=2):
        cells = dict.fromkeys(names, "")
        for column, name in enumerate(mapping):
            if name and column < len(values):
                cells[name] = values[column].strip()
        if any(cells.values()):  # skip rows that are wholly empty
            rows.append(Row(line=index, cells=cells))
    return rows


def csv_table(file_bytes: bytes) -> tuple[list[list[str]], str]:
    """The rows of a CSV file and its delimiter (Excel writes ";" where "," is the decimal)."""
    try:
        text = file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows writes Windows-1252, not UTF-8.
        text = file_bytes.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter)
    return [[_cell_text(value) for value in row] for row in reader], delimiter


def _xlsx_table(file_bytes: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # loads when a spreadsheet is read, not at start

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
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in _FORMULA:
        return value[1:]  # written so by our own CSV export (see writing._csv_safe)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 23909 and 3 as 23909.0 and 3.0
    return str(value)
