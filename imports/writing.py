"""Writing spreadsheets: exports as .xlsx or CSV, and an uploaded file given back with a
"Fehler" column, so the coordinator fixes it where she keeps it and uploads it again.
openpyxl is imported when an .xlsx file is written: the admin's views import this module when
Django starts."""

import csv
import io
from collections.abc import Iterable

from imports.headers import ERROR_COLUMN, header_key, header_trimmed
from imports.parsing import RowError, csv_table, table_read

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
_MARK_COLOUR = "FFF2CC"  # a pale yellow a printout keeps readable
# A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" in a founder's description):
# CSV gets the apostrophe spreadsheets read as "text", which the import takes off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: str) -> str:
    return "'" + value if str(value).startswith(_FORMULA_START) else value


def _append_text(sheet, values: list[str]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # openpyxl would store it as a formula


def table_bytes(*, header: list[str], rows: Iterable[list[str]], fmt: str) -> bytes:
    """A table as .xlsx or as CSV the way German Excel reads it (semicolons, UTF-8 BOM)."""
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_csv_safe(value) for value in row] for row in rows)
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    from openpyxl import Workbook  # loads when a spreadsheet is written, not at start
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        _append_text(sheet, row)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _reasons_by_line(errors: list[RowError]) -> dict[int, str]:
    reasons: dict[int, list[str]] = {}
    for error in errors:
        reasons.setdefault(error.line, []).append(error.reason)
    return {line: "; ".join(texts) for line, texts in reasons.items()}


def _error_column(header: list[str]) -> int:
    """The index of the file's "Fehler" column (a report uploaded again), or of a new one."""
    keys = [header_key(cell) for cell in header]
    if header_key(ERROR_COLUMN) in keys:
        return keys.index(header_key(ERROR_COLUMN))
    return len(header)


def error_report_bytes(*, file_bytes: bytes, filename: str, errors: list[RowError]) -> bytes:
    """The uploaded file as it was, with every row's problems in a "Fehler" column (emptied
    for rows that are fine now); the same format as the upload."""
    reasons = _reasons_by_line(errors)
    table = table_read(file_bytes=file_bytes, filename=filename)
    column = _error_column(header_trimmed(table[0]))
    if filename.lower().endswith(".csv") or filename.lower().endswith(".txt"):
        rows, delimiter = csv_table(file_bytes)
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        for line, values in enumerate(rows, start=1):
            values = [_csv_safe(v) for v in values] + [""] * max(0, column + 1 - len(values))
            values[column] = ERROR_COLUMN if line == 1 else reasons.get(line, "")
            writer.writerow(values)
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    # .xlsx: the workbook itself, so the coordinator's widths, colours and other sheets stay.
    from openpyxl import load_workbook  # loads when a spreadsheet is written, not at start
    from openpyxl.styles import Font, PatternFill

    mark = PatternFill("solid", fgColor=_MARK_COLOUR)
    workbook = load_workbook(io.BytesIO(file_bytes))
    sheet = workbook.worksheets[0]
    header_cell = sheet.cell(row=1, column=column + 1, value=ERROR_COLUMN)
    header_cell.font = Font(bold=True)
    for line in range(2, sheet.max_row + 1):
        cell = sheet.cell(row=line, column=column + 1, value=reasons.get(line) or None)
        cell.fill = mark if line in reasons else PatternFill()
    sheet.column_dimensions[header_cell.column_letter].width = 60
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
