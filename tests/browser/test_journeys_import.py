"""A coordinator imports the region's expert list in a real browser: upload, map two columns the
program could not know, preview, import; next month's file with the same headers is mapped
without asking."""

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD
from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_xlsx
from mentors.models import Mentor
from tests.browser.demo import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RENAMED = ["Kontakt per Mail" if c == "E-Mail-Adresse" else "Wo?" if c == "PLZ" else c
           for c in GERMAN_MENTOR_HEADER]  # fmt: skip


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _upload(page, *, name: str, rows: list[list]) -> None:
    page.goto(page.base_url + "/admin/imports/")
    page.get_by_label("Art der Liste").select_option(label="Expert:innen")
    page.get_by_label("Datei").set_input_files(
        {"name": name, "mimeType": XLSX, "buffer": sheet_xlsx(RENAMED, rows)}
    )
    page.get_by_role("button", name="Prüfen und Vorschau zeigen").click()


def test_coordinator_maps_two_columns_once_and_the_next_list_is_mapped_without_asking(
    page, step, places, coordinator_user
):
    with step("the coordinator uploads the region's list"):
        log_in(page, email=coordinator_user.email, password=PASSWORD, next_path="/admin/")
        _upload(page, name="Expertinnen Mai.xlsx", rows=[german_mentor(1), german_mentor(2)])
        expect(page.get_by_role("heading", name="Spalten zuordnen")).to_be_visible()
        expect(page.get_by_label("Vorname")).to_have_value("first_name")
        expect(page.get_by_label("Umkreis (km)")).to_have_value("travel_radius_km")

    with step("she maps the two columns the program could not know"):
        page.get_by_label("Kontakt per Mail").select_option(label="E-Mail *")
        page.get_by_label("Wo?").select_option(label="PLZ *")
        page.get_by_role("button", name="Zuordnung übernehmen und Vorschau zeigen").click()

    with step("the preview shows the rows as read"):
        expect(page.get_by_role("heading", name="Vorschau: 2 Zeilen")).to_be_visible()
        expect(page.get_by_role("cell", name="Rechtsanwältin").first).to_be_visible()

    with step("she imports and sees the result"):
        page.get_by_role("button", name="Importieren").click()
        expect(page.get_by_text("2 neu, 0 aktualisiert")).to_be_visible()
        assert Mentor.objects.filter(status=Mentor.Status.ACTIVE).count() == 2

    with step("next month's list with the same headers is mapped without asking"):
        _upload(page, name="Expertinnen Juni.xlsx", rows=[german_mentor(2), german_mentor(3)])
        expect(page.get_by_text("wie beim letzten Mal")).to_be_visible()
        expect(page.get_by_role("heading", name="Spalten zuordnen")).to_have_count(0)
        expect(page.get_by_role("heading", name="Vorschau: 2 Zeilen")).to_be_visible()
        page.get_by_role("button", name="Importieren").click()
        expect(page.get_by_text("1 neu, 1 aktualisiert")).to_be_visible()
        assert Mentor.objects.count() == 3
