"""The CSV: the page's tables, cell for cell, ready for German spreadsheets."""

import pytest

from reporting.tests.pages import csv_tables, page_tables

pytestmark = pytest.mark.django_db
QUERY = "?first=2026-01&last=2026-03"


def test_the_csv_has_the_same_tables_as_the_page(client, coordinator_user, known):
    client.force_login(coordinator_user)
    page = client.get(f"/admin/berichte/{QUERY}").content.decode()
    exported = client.get(f"/admin/berichte/csv/{QUERY}").content
    assert csv_tables(exported) == page_tables(page)
    # key figures, months, districts, topics, places, "Läuft es?", why mentorings ended, and
    # the Sprechtage's key figures (no day held: its other tables are left out)
    assert len(page_tables(page)) == 12


def test_one_district_in_the_csv_as_on_the_page(client, coordinator_user, known):
    client.force_login(coordinator_user)
    query = f"{QUERY}&area={known['lauenburg'].pk}"
    page = client.get(f"/admin/berichte/{query}").content.decode()
    exported = client.get(f"/admin/berichte/csv/{query}")
    assert csv_tables(exported.content) == page_tables(page)
    assert "herzogtum-lauenburg" in exported["Content-Disposition"]


def test_german_excel_reads_it_semicolons_bom_and_decimal_commas(client, coordinator_user, known):
    client.force_login(coordinator_user)
    response = client.get(f"/admin/berichte/csv/{QUERY}")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="landvorteil-bericht-2026-01-2026-03.csv"'
    )
    assert response.content.startswith("\ufeff".encode())
    text = response.content.decode("utf-8-sig")
    assert "Median der Tage von der Bestätigung bis zur Vorstellung;12,5\r\n" in text
    assert "Jan 2026;2;2;2;2;0\r\n" in text
    assert "Parchim;2;1\r\n" in text
