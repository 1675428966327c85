"""The error report: the uploaded file given back with a "Fehler" column naming every problem of
every row, to be fixed in Excel and uploaded again."""

import csv
import html as html_lib
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_csv, sheet_xlsx
from mentors.models import Mentor

pytestmark = pytest.mark.django_db

UPLOAD, MAPPING, RUN = "/admin/imports/", "/admin/imports/mapping/", "/admin/imports/run/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _bad_rows() -> list[list]:
    return [
        german_mentor(1),
        german_mentor(2, Themen="Zauberei", Plätze=0.0),
        german_mentor(3),
        german_mentor(4, PLZ="Ratzeburg"),
        german_mentor(5, Nachname="", **{"Online möglich": "vielleicht"}),
    ]


def _preview(client, data: bytes, name: str) -> str:
    """Upload, confirm the program's guess of the columns, and return the preview page."""
    html = client.post(UPLOAD, {"kind": "mentors", "file": SimpleUploadedFile(name, data)})
    html = html.content.decode()
    if "Spalten zuordnen" in html:
        token = re.search(r'name="token" value="([^"]+)"', html)[1]
        chosen = {
            f"column_{i}": (m[1] if (m := re.search(r'value="([^"]*)"[^>]*selected', s)) else "")
            for i, s in enumerate(
                re.findall(r"<select name=\"column_\d+\".*?</select>", html, re.S)
            )
        }
        html = client.post(MAPPING, {"token": token, "confirm_mapping": "1", **chosen})
        html = html.content.decode()
    return html


def _report(client, html: str):
    link = re.search(r'href="(/admin/imports/report/\?token=[^"]+)"', html)[1]
    return client.get(html_lib.unescape(link))


def test_the_preview_names_every_bad_row_and_offers_the_file_with_a_fehler_column(
    client, coordinator_user, places
):
    client.force_login(coordinator_user)

    html = _preview(client, sheet_xlsx(GERMAN_MENTOR_HEADER, _bad_rows()), "Liste.xlsx")

    assert "3 Zeilen sind fehlerhaft" in html
    assert "Zeile 3: Unbekanntes Thema „Zauberei“" in html
    assert "Zeile 3: Kapazität muss eine Zahl von 1 bis 10 sein" in html
    assert "Zeile 5: Ungültige Postleitzahl „Ratzeburg“" in html
    assert "Zeile 6: Nachname fehlt" in html and "Zeile 6: „vielleicht“ ist weder" in html
    assert "Datei mit Spalte „Fehler“ herunterladen" in html
    assert 'name="token"' not in html.split("Andere Datei hochladen")[0]  # no import offered


def test_the_xlsx_report_reopens_in_openpyxl_with_the_reasons_beside_each_row(
    client, coordinator_user, places
):
    client.force_login(coordinator_user)
    html = _preview(client, sheet_xlsx(GERMAN_MENTOR_HEADER, _bad_rows()), "Liste.xlsx")

    response = _report(client, html)

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="Liste-fehler.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    assert sheet.title == "Expertinnen"  # her workbook, not a copy of it
    header = [cell.value for cell in sheet[1]]
    assert header == [*GERMAN_MENTOR_HEADER, "Fehler"]
    errors = {row: sheet.cell(row=row, column=len(header)).value for row in range(2, 7)}
    assert errors[2] is None and errors[4] is None
    assert errors[3] == (
        "Unbekanntes Thema „Zauberei“; Kapazität muss eine Zahl von 1 bis 10 sein, nicht „0“"
    )
    assert errors[5] == "Ungültige Postleitzahl „Ratzeburg“"
    assert errors[6] == "Nachname fehlt; „vielleicht“ ist weder ja noch nein"
    assert sheet.cell(row=2, column=5).value == "Kanzlei am Küchensee"  # her data untouched


def test_the_fixed_report_uploaded_again_imports(client, coordinator_user, places):
    client.force_login(coordinator_user)
    html = _preview(client, sheet_xlsx(GERMAN_MENTOR_HEADER, _bad_rows()), "Liste.xlsx")
    sheet_file = load_workbook(io.BytesIO(_report(client, html).content))
    sheet = sheet_file.active
    sheet["F3"], sheet["K3"], sheet["H5"], sheet["C6"], sheet["J6"] = (
        "Recht", 2, 23909, "Petersen", "nein"
    )  # fmt: skip
    fixed = io.BytesIO()
    sheet_file.save(fixed)

    html = _preview(client, fixed.getvalue(), "Liste-fehler.xlsx")

    assert "Vorschau: 5 Zeilen" in html, re.findall(r"<li>Zeile.*?</li>", html)
    # The "Fehler" column does not make it another layout: the mapping was remembered.
    assert "wie beim letzten Mal" in html
    client.post(RUN, {"token": re.search(r'name="token" value="([^"]+)"', html)[1]})
    assert Mentor.objects.count() == 5


def test_a_csv_upload_gets_a_csv_report_in_its_own_delimiter(client, coordinator_user, places):
    client.force_login(coordinator_user)
    rows = [
        german_mentor(1, Nachname="Jürgensen"),
        german_mentor(2, Nachname="Roß", Sprachen="Tlh"),
    ]
    html = _preview(client, sheet_csv(GERMAN_MENTOR_HEADER, rows, encoding="cp1252"), "l.csv")

    response = _report(client, html)

    assert response["Content-Disposition"] == 'attachment; filename="l-fehler.csv"'
    text = response.content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0] == [*GERMAN_MENTOR_HEADER, "Fehler"]
    assert table[1][2] == "Jürgensen" and table[1][-1] == ""
    assert table[2][-1] == "Unbekannte Sprache „Tlh“"


def test_nobody_else_downloads_the_report(client, coordinator_user, editor_user, places):
    client.force_login(coordinator_user)
    html = _preview(client, sheet_xlsx(GERMAN_MENTOR_HEADER, _bad_rows()), "Liste.xlsx")
    link = html_lib.unescape(re.search(r'href="(/admin/imports/report/\?token=[^"]+)"', html)[1])

    client.force_login(editor_user)
    assert client.get(link).status_code in (302, 403)
