"""The admin's column-mapping step: the file's columns with the program's guess, corrected and
confirmed by the coordinator, remembered for the next file with the same headers."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from imports.models import ColumnMapping
from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_xlsx
from mentors.models import Mentor

pytestmark = pytest.mark.django_db

UPLOAD, MAPPING, RUN = "/admin/imports/", "/admin/imports/mapping/", "/admin/imports/run/"
# Two columns named so that no program could know them.
RENAMED = ["Kontakt per Mail" if c == "E-Mail-Adresse" else "Wo?" if c == "PLZ" else c
           for c in GERMAN_MENTOR_HEADER]  # fmt: skip


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _upload(client, header, rows, name="Expertinnen.xlsx"):
    data = sheet_xlsx(header, rows)
    return client.post(UPLOAD, {"kind": "mentors", "file": SimpleUploadedFile(name, data)})


def _selected(html: str, index: int) -> str:
    select = re.search(rf'<select name="column_{index}".*?</select>', html, re.S)[0]
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select)
    return chosen[1] if chosen else ""


def _confirm(client, html: str, changes: dict[int, str]):
    token = re.search(r'name="token" value="([^"]+)"', html)[1]
    count = len(re.findall(r'<select name="column_', html))
    data = {f"column_{i}": changes.get(i, _selected(html, i)) for i in range(count)}
    return client.post(MAPPING, {"token": token, "confirm_mapping": "1", **data})


def test_the_columns_are_shown_with_the_programs_guess(client, coordinator_user, places):
    client.force_login(coordinator_user)

    html = _upload(client, RENAMED, [german_mentor(1)]).content.decode()

    assert "Spalten zuordnen" in html
    assert "Kontakt per Mail" in html and "z. B. „Jördis“" in html  # the first row as example
    guessed = [_selected(html, i) for i in range(len(RENAMED))]
    assert guessed[1:4] == ["first_name", "last_name", "profession"]
    assert guessed[RENAMED.index("Umkreis (km)")] == "travel_radius_km"
    assert guessed[RENAMED.index("Online möglich")] == "remote"
    assert guessed[RENAMED.index("Plätze")] == "capacity"
    assert guessed[RENAMED.index("Wo?")] == ""  # not known: the coordinator says what it is
    assert not Mentor.objects.exists()


def test_a_confirmed_mapping_previews_imports_and_is_remembered(client, coordinator_user, places):
    client.force_login(coordinator_user)
    html = _upload(client, RENAMED, [german_mentor(1), german_mentor(2)]).content.decode()

    html = _confirm(client, html, {0: "email", RENAMED.index("Wo?"): "postcode"}).content.decode()

    assert "Vorschau: 2 Zeilen" in html and "joerdis.moeller2@example.org" in html.lower()
    token = re.search(r'name="token" value="([^"]+)"', html)[1]
    assert "2 neu" in client.post(RUN, {"token": token}, follow=True).content.decode()
    assert Mentor.objects.count() == 2

    # Next month's file has the same headers (in another case): no question this time.
    shouted = [cell.upper() for cell in RENAMED]
    html = _upload(client, shouted, [german_mentor(3)]).content.decode()

    assert "Spalten zuordnen" not in html and "Vorschau: eine Zeile" in html
    assert "wie beim letzten Mal" in html and "Zuordnung ändern" in html
    token = re.search(r'name="token" value="([^"]+)"', html)[1]
    client.post(RUN, {"token": token})
    assert Mentor.objects.count() == 3
    assert ColumnMapping.objects.get().confirmed_by == coordinator_user


def test_a_field_given_twice_or_missing_is_explained_and_the_choices_are_kept(
    client, coordinator_user, places
):
    client.force_login(coordinator_user)
    html = _upload(client, RENAMED, [german_mentor(1)]).content.decode()

    response = _confirm(client, html, {0: "first_name"})

    html = response.content.decode()
    assert response.status_code == 400
    assert "„Vorname“ ist mehreren Spalten zugeordnet; bitte nur einer." in html
    assert "Bitte ordnen Sie eine Spalte zu für: E-Mail, PLZ." in html
    assert _selected(html, 0) == "first_name"  # what she chose is still there
    assert not ColumnMapping.objects.exists()


def test_a_file_in_the_imports_own_format_needs_no_mapping(client, coordinator_user, places):
    client.force_login(coordinator_user)
    header = ["E-Mail", "Vorname", "Nachname", "Beruf", "Themen", "PLZ"]
    rows = [["erika@example.org", "Erika", "Muster", "Steuerberaterin", "Steuern", 23909.0]]

    html = _upload(client, header, rows).content.decode()

    assert "Spalten zuordnen" not in html and "Vorschau: eine Zeile" in html


def test_the_mapping_can_be_changed_from_the_preview(client, coordinator_user, places):
    client.force_login(coordinator_user)
    html = _upload(client, RENAMED, [german_mentor(1)]).content.decode()
    html = _confirm(client, html, {0: "email", RENAMED.index("Wo?"): "postcode"}).content.decode()
    link = re.search(r'href="(/admin/imports/mapping/\?token=[^"]+)"', html)[1]

    html = client.get(link.replace("&amp;", "&")).content.decode()

    assert "Spalten zuordnen" in html
    assert _selected(html, 0) == "email" and _selected(html, RENAMED.index("Wo?")) == "postcode"


def test_a_stale_or_foreign_token_maps_nothing(client, coordinator_user):
    client.force_login(coordinator_user)
    response = client.post(MAPPING, {"token": "abc", "confirm_mapping": "1"}, follow=True)
    assert "Vorschau ist abgelaufen" in response.content.decode()
    assert not ColumnMapping.objects.exists()
