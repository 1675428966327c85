"""The report page: the figures for the chosen months and district, linked from the admin menu
and home page."""

import pytest

from reporting.tests.pages import page_tables

pytestmark = pytest.mark.django_db
URL = "/admin/berichte/"
CSV_URL = "/admin/berichte/csv/"
JANUARY_TO_MARCH = "?first=2026-01&last=2026-03"


def test_a_coordinator_sees_the_figures_charts_and_map(client, coordinator_user, known):
    client.force_login(coordinator_user)
    page = client.get(URL + JANUARY_TO_MARCH).content.decode()
    figures = dict(row for row in page_tables(page)[0][2:])
    assert figures["Anfragen eingegangen"] == "6"
    assert figures["Median der Tage von der Bestätigung bis zur Vorstellung"] == "12,5"
    assert figures["Annahmequote (angenommen ÷ angenommen, abgelehnt und abgelaufen)"] == "66,7 %"
    assert "Zeitraum: Jan 2026 – Mär 2026 · Kreis: alle Kreise" in page
    assert page.count('role="img"') == 7  # six charts and the map
    assert f'href="{CSV_URL}?first=2026-01&amp;last=2026-03"' in page
    assert "gruender" not in page and "Gründer1" not in page  # counts, never people


def test_the_district_filter_narrows_every_figure(client, coordinator_user, known):
    client.force_login(coordinator_user)
    area = known["lup"].pk
    page = client.get(f"{URL}{JANUARY_TO_MARCH}&area={area}").content.decode()
    figures = dict(row for row in page_tables(page)[0][2:])
    assert figures["Anfragen eingegangen"] == "2"
    # Guide answers have no place: the whole region's, and labelled so.
    assert figures["Fragen durch einen Leitfaden beantwortet (alle Kreise zusammen)"] == "2"
    assert "Kreis: Ludwigslust-Parchim" in page
    assert "Herzogtum Lauenburg</th>" not in page
    only_area = client.get(f"{URL}?area={area}").content.decode()
    assert 'name="first" value="' in only_area  # the default months, shown in the fields


def test_without_a_choice_the_last_twelve_months_are_shown(client, coordinator_user, db):
    client.force_login(coordinator_user)
    page = client.get(URL).content.decode()
    months = page_tables(page)[1]
    assert len(months) == 2 + 12  # caption, header, a row per month


def test_a_wrong_choice_is_explained_and_the_default_shown(client, coordinator_user, db):
    client.force_login(coordinator_user)
    response = client.get(f"{URL}?first=2026-05&last=2026-01")
    page = response.content.decode()
    assert response.status_code == 200
    assert "„Von“ darf nicht nach „Bis“ liegen." in page
    assert len(page_tables(page)[1]) == 2 + 12
    page = client.get(f"{URL}?first=Mai&last=2026-01").content.decode()
    assert "Bitte den Monat als JJJJ-MM angeben" in page


def test_the_admin_menu_and_home_page_link_the_report_for_coordinators_only(
    client, coordinator_user, editor_user
):
    client.force_login(coordinator_user)
    assert client.get("/admin/").content.decode().count(URL) >= 2  # menu and home panel
    client.force_login(editor_user)
    assert URL not in client.get("/admin/").content.decode()
