"""Reading spreadsheets: delimiters, BOM, Excel quirks; no database needed."""

import pytest

from imports.parsing import ImportRejected, rows_read
from imports.tests.factories import csv_bytes, mentor_row, xlsx_bytes
from imports.values import int_parse, list_parse, postcode_parse, yes_no_parse


def test_comma_and_semicolon_files_read_the_same():
    rows = [mentor_row(1, bio="Komma, Semikolon; beides")]
    comma = rows_read(file_bytes=csv_bytes(rows), filename="a.csv", kind="mentors")
    semi = rows_read(
        file_bytes=csv_bytes(rows, delimiter=";", bom=True),
        filename="a.csv",
        kind="mentors",
    )
    assert comma == semi
    assert comma[0].line == 2 and comma[0].cells["bio"] == "Komma, Semikolon; beides"


def test_windows_1252_csv_is_read():
    data = csv_bytes([mentor_row(1, last_name="Müller")], delimiter=";").decode().encode("cp1252")
    (row,) = rows_read(file_bytes=data, filename="a.csv", kind="mentors")
    assert row.cells["last_name"] == "Müller"


def test_empty_rows_are_skipped_but_counted():
    data = (
        csv_bytes([mentor_row(1)])
        + b",,,,,,,,,,,\r\n"
        + csv_bytes([mentor_row(2)]).split(b"\r\n", 1)[1]
    )
    rows = rows_read(file_bytes=data, filename="a.csv", kind="mentors")
    assert [row.line for row in rows] == [2, 4]


def test_xlsx_numbers_come_back_as_text():
    data = xlsx_bytes([mentor_row(1)])
    (row,) = rows_read(file_bytes=data, filename="a.xlsx", kind="mentors")
    assert (row.cells["postcode"], row.cells["capacity"]) == ("23909", "3")


def test_broken_xlsx_is_rejected_in_german():
    with pytest.raises(ImportRejected) as rejected:
        rows_read(file_bytes=b"PK\x03\x04kaputt", filename="a.xlsx", kind="mentors")
    assert "Excel-Datei" in rejected.value.errors[0].reason


def test_cell_formats():
    assert list_parse("recht; Steuern;;recht") == ["recht", "Steuern"]
    assert yes_no_parse("Ja") is True and yes_no_parse("nein") is False
    assert int_parse("", label="x", minimum=1, maximum=10, default=2) == 2
    assert int_parse("3,0", label="x", minimum=1, maximum=10, default=2) == 3
    assert postcode_parse("1067") == "01067"
    with pytest.raises(ValueError, match="1 bis 10"):
        int_parse("11", label="Kapazität", minimum=1, maximum=10, default=2)
