"""The Sprechtage on the report page and in its CSV: headline, chart, map and tables, for the
whole region or one district, and a page that says so when no Sprechtag was held."""

import re
from datetime import datetime

import pytest
import time_machine

from reporting.tests.conftest import BERLIN
from reporting.tests.pages import csv_tables, page_tables

pytestmark = pytest.mark.django_db
URL = "/admin/berichte/?first=2026-01&last=2026-03"


def _report(client, user, query: str = URL):
    with time_machine.travel(datetime(2026, 3, 15, 12, tzinfo=BERLIN), tick=False):
        client.force_login(user)
        page = client.get(query).content.decode()
        exported = client.get(query.replace("/berichte/", "/berichte/csv/")).content
    return page, exported


def _tables(page: str) -> dict[str, list[list[str]]]:
    return {table[0][0]: table[1:] for table in page_tables(page)}


def test_the_page_shows_the_sprechtage_with_chart_map_and_tables(
    client, coordinator_user, sprechtage
):
    page, _csv = _report(client, coordinator_user)
    tables = _tables(page)
    figures = dict(tuple(row) for row in tables["Sprechtage"][1:])
    assert figures == {
        "Sprechtage abgehalten": "3",
        "Termine angeboten (von Expert:innen, die zugesagt hatten)": "8",
        "Termine gebucht": "7",
        "Anteil gebuchter Termine (gebucht ÷ angeboten)": "87,5 %",
        "Gespräche geführt (Gründer:in gekommen)": "4",
        "Nicht gekommen": "2",
        "Gebucht, noch ohne Eintrag, ob die Gründer:in kam": "1",
        "Anteil nicht gekommen (nicht gekommen ÷ gebucht)": "28,6 %",
        "Anfragen nach dem Gespräch (E-Mail-Adresse bestätigt)": "2",
        "Auf der Warteliste geblieben (kein Termin frei geworden)": "2",
    }
    assert tables["Sprechtage nach Ort"] == [
        [
            "Innovationsort",
            "Sprechtage",
            "Termine angeboten",
            "Gebucht",
            "Gespräche geführt",
            "Nicht gekommen",
            "Anfragen danach",
            "Warteliste",
        ],
        ["1. Dorfbüro Mölln (Mölln)", "1", "4", "4", "2", "1", "1", "1"],
        ["2. Makerspace Parchim (Parchim)", "1", "2", "2", "1", "1", "1", "1"],
        ["online", "1", "2", "1", "1", "0", "0", "0"],
    ]
    assert ["Steuern & Buchhaltung", "3", "1", "2", "1", "1"] in tables["Sprechtage nach Thema"]
    assert tables["Rückmeldungen zu Sprechtagen"][1:] == [
        ["Gründer:innen", "4", "2", "1", "1", "2", "1", "1"],
        ["Expert:innen", "3", "2", "1", "0", "1", "2", "0"],
    ]
    start = page.index('<section aria-labelledby="report-consultations">')
    section = page[start : page.index('<section aria-labelledby="report-support">')]
    assert re.findall(r"<h([23])[^>]*>(.*?)</h\1>", section) == [
        ("2", "Sprechtage"),
        ("3", "Sprechtage nach Ort"),
        ("3", "Sprechtage nach Thema"),
        ("3", "Rückmeldungen zu Sprechtagen"),
    ]
    assert section.count('class="report-headline__value"') == 5
    chart = re.search(r'data-chart="consultation_venues"(.*?)</svg>', section, re.S).group(1)
    assert chart.count('class="report-bar"') == 3 * 3  # offered, booked, held per venue
    assert "<title>online, Gebucht: 1</title>" in chart and "<desc id=" in chart
    drawn = re.search(r'<svg class="report-map report-map--consultations".*?</svg>', section, re.S)
    assert drawn.group(0).count("<circle ") == 2  # one marker per venue
    assert "<title>1. Dorfbüro Mölln</title>" in drawn.group(0)
    assert "Jana" not in page and "Gründerin" not in page  # counts, never people


def test_the_csv_carries_the_sprechtage_as_the_page_does(client, coordinator_user, sprechtage):
    page, exported = _report(client, coordinator_user)
    assert csv_tables(exported) == page_tables(page)
    text = exported.decode("utf-8-sig")
    assert "Sprechtage abgehalten;3\r\n" in text
    assert "1. Dorfbüro Mölln (Mölln);1;4;4;2;1;1;1\r\n" in text
    assert "Expert:innen;3;2;1;0;1;2;0\r\n" in text


def test_a_district_on_the_page_says_online_days_are_left_out(client, coordinator_user, sprechtage):
    query = f"{URL}&area={sprechtage['lup'].pk}"
    page, _csv = _report(client, coordinator_user, query)
    tables = _tables(page)
    figures = dict(tuple(row) for row in tables["Sprechtage"][1:])
    assert figures["Sprechtage abgehalten (ohne Online-Sprechtage)"] == "1"
    assert [row[0] for row in tables["Sprechtage nach Ort"][1:]] == [
        "1. Makerspace Parchim (Parchim)"
    ]


def test_without_a_sprechtag_the_page_says_so(client, coordinator_user, known):
    page, exported = _report(client, coordinator_user)
    assert "Im gewählten Zeitraum fand kein Sprechtag statt." in page
    figures = dict(tuple(row) for row in _tables(page)["Sprechtage"][1:])
    assert figures["Sprechtage abgehalten"] == "0"
    assert figures["Anteil gebuchter Termine (gebucht ÷ angeboten)"] == "–"
    assert "Sprechtage nach Ort" not in page and 'data-chart="consultation_venues"' not in page
    assert csv_tables(exported) == page_tables(page)
