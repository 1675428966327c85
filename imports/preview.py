"""What an upload would import, read and checked without writing anything: the first rows
as the preview shows them, and every problem of every row."""

from dataclasses import dataclass

from imports.headers import fields_of
from imports.parsing import ImportRejected, RowError, rows_read
from imports.rows import mentor_rows_check, request_rows_check


@dataclass(frozen=True)
class ImportPreview:
    """What an upload would import: the first rows as read, and every error (nothing written)."""

    columns: tuple[str, ...]  # the German names of the fields, as the preview's headings
    rows: list[list[str]]
    total: int
    errors: list[RowError]

    @property
    def bad_lines(self) -> int:
        return len({error.line for error in self.errors})


def import_preview(
    *,
    kind: str,
    file_bytes: bytes,
    filename: str,
    mapping: list[str] | None = None,
    first: int = 10,
) -> ImportPreview:
    """Read and check a file of the given kind ("mentors" or "requests") without writing."""
    fields = [field for field in fields_of(kind) if mapping is None or field.name in mapping]
    columns = tuple(str(field.label) for field in fields)
    try:
        rows = rows_read(file_bytes=file_bytes, filename=filename, kind=kind, mapping=mapping)
    except ImportRejected as rejected:
        return ImportPreview(columns=columns, rows=[], total=0, errors=rejected.errors)
    check = mentor_rows_check if kind == "mentors" else request_rows_check
    _checked, errors = check(rows)
    shown = [[row.cells[field.name] for field in fields] for row in rows[:first]]
    return ImportPreview(columns=columns, rows=shown, total=len(rows), errors=errors)
