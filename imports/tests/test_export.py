"""Exports of mentors and help requests, as .xlsx and CSV, in the import's own format: a list
exported and imported again comes back the same, and nothing is duplicated."""

import csv
import io

import pytest
from openpyxl import load_workbook

from founders.models import HelpRequest
from imports.services import help_requests_import, mentors_import
from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_csv, sheet_xlsx
from mentors.models import Mentor

pytestmark = pytest.mark.django_db

EXPORT = "/admin/imports/export/"


def _mentors_snapshot() -> list[tuple]:
    return [
        (
            m.user.email,
            m.user.first_name,
            m.user.last_name,
            m.profession,
            m.profession_title,
            m.organisation,
            sorted(t.slug for t in m.topics.all()),
            m.bio,
            m.place_id,
            m.travel_radius_km,
            m.remote,
            m.capacity,
            m.languages,
            m.status,
        )
        for m in Mentor.objects.select_related("user").order_by("user__email")
    ]


def _requests_snapshot() -> list[tuple]:
    return [
        (r.email, r.first_name, r.last_name, sorted(t.slug for t in r.topics.all()),
         r.description, r.stage, r.place_id, r.formats, r.languages, r.status)
        for r in HelpRequest.objects.order_by("email")
    ]  # fmt: skip


@pytest.fixture
def region_mentors(places):
    rows = [
        german_mentor(1),
        german_mentor(2, Beruf="Grafikdesignerin", Themen="Design, Marke & Produkt; Marketing"),
        german_mentor(3, Beruf="Imker", **{"Online möglich": "nein", "Sprachen": "Polnisch"}),
        german_mentor(4, Beruf="Bankkauffrau", **{"Über mich": "=SUMME(A1:A2) wie Formel"}),
    ]  # fmt: skip
    # CSV: in an .xlsx, openpyxl would write the bio as a real formula.
    mentors_import(file_bytes=sheet_csv(GERMAN_MENTOR_HEADER, rows), filename="liste.csv")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_exported_mentors_import_back_to_the_same_data(
    client, coordinator_user, region_mentors, fmt
):
    client.force_login(coordinator_user)
    # A coordinator corrected one category by hand: the export keeps it, the import too.
    changed = Mentor.objects.get(profession_title="Imker")
    changed.profession = Mentor.Profession.ENTREPRENEUR
    changed.save()
    before = _mentors_snapshot()

    response = client.get(f"{EXPORT}mentors/", {"format": fmt} if fmt == "csv" else {})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="expertinnen-')
    result = mentors_import(file_bytes=response.content, filename=f"export.{fmt}")
    assert (result.created, result.updated) == (0, 4)
    assert _mentors_snapshot() == before


def test_the_mentor_export_reads_like_the_coordinators_own_list(
    client, coordinator_user, region_mentors
):
    client.force_login(coordinator_user)

    response = client.get(f"{EXPORT}mentors/")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["E-Mail", "Vorname", "Nachname", "Beruf"]
    assert "Umkreis (km)" in rows[0] and "Online möglich" in rows[0] and "Plätze" in rows[0]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Beruf"] == "Rechtsanwältin" and first["Berufsgruppe"] == "Rechtsanwält:in"
    assert first["Themen"] == "Recht & Verträge; Steuern & Buchhaltung; Unternehmensnachfolge"
    assert (first["Online möglich"], first["Sprachen"]) == ("ja", "Deutsch; Englisch")
    # A bio that looks like a formula stays text: Excel shows it, never runs it.
    formula = next(row for row in sheet.iter_rows() if str(row[7].value).startswith("=SUMME"))
    assert formula[7].data_type == "s"


def test_the_csv_export_opens_in_german_excel_and_disarms_formulas(
    client, coordinator_user, region_mentors
):
    client.force_login(coordinator_user)

    response = client.get(f"{EXPORT}mentors/", {"format": "csv"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "E-Mail"
    assert any(row[7] == "'=SUMME(A1:A2) wie Formel" for row in rows[1:])


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_exported_requests_import_back_to_the_same_data(client, coordinator_user, places, fmt):
    header = ["E-Mail", "Vorname", "Nachname", "Themen", "Beschreibung", "Phase", "PLZ",
              "Gesprächsformen", "Sprachen"]  # fmt: skip
    rows = [
        ["ole@example.org", "Ole", "Hansen", "Recht; Versicherungen",
         "Ich übernehme den Hof meiner Eltern.", "Nachfolge", 23909.0, "vor Ort; Telefon", "de"],
        ["maja@example.org", "Maja", "Kühl", "Marketing", "Ein Café im Dorfgemeinschaftshaus.",
         "gegründet", 10115.0, "", "Deutsch, Ukrainisch"],
    ]  # fmt: skip
    help_requests_import(file_bytes=sheet_xlsx(header, rows), filename="anfragen.xlsx")
    before = _requests_snapshot()
    client.force_login(coordinator_user)

    response = client.get(f"{EXPORT}requests/", {"format": fmt} if fmt == "csv" else {})

    assert response.status_code == 200
    result = help_requests_import(file_bytes=response.content, filename=f"anfragen.{fmt}")
    assert (result.created, result.updated) == (0, 2)
    assert _requests_snapshot() == before


def test_only_coordinators_download_the_lists(client, founder_user, editor_user, region_mentors):
    for user in (founder_user, editor_user):
        client.force_login(user)
        for kind in ("mentors", "requests"):
            response = client.get(f"{EXPORT}{kind}/")
            assert response.status_code in (302, 403), (user, kind)
            assert b"Joerdis" not in response.content
