"""The admin upload: a preview with every error, then importing exactly the previewed file."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import make_user
from imports.tests.factories import csv_bytes, mentor_row, xlsx_bytes
from mentors.models import Mentor

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/imports/"
RUN = "/admin/imports/run/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _upload(client, data: bytes, name: str = "liste.csv", kind: str = "mentors"):
    return client.post(UPLOAD, {"kind": kind, "file": SimpleUploadedFile(name, data)})


def test_preview_then_import_writes_the_mentors_and_deletes_the_file(
    client, coordinator_user, places, tmp_path
):
    client.force_login(coordinator_user)
    response = _upload(client, xlsx_bytes([mentor_row(1), mentor_row(2)]), name="liste.xlsx")
    html = response.content.decode()
    assert "Vorschau: 2 Zeilen" in html and "expertin2@example.org" in html
    assert not Mentor.objects.exists()
    token = re.search(r'name="token" value="([^"]+)"', html)[1]
    assert len(list(Path(tmp_path, "imports").iterdir())) == 1

    response = client.post(RUN, {"token": token}, follow=True)

    assert "2 neu, 0 aktualisiert" in response.content.decode()
    assert Mentor.objects.filter(verified_by=coordinator_user).count() == 2
    assert list(Path(tmp_path, "imports").iterdir()) == []


def test_preview_lists_every_bad_row_and_offers_no_import(client, coordinator_user, places):
    client.force_login(coordinator_user)
    rows = [mentor_row(1), mentor_row(2, topics="foo"), mentor_row(3, capacity="11")]
    html = _upload(client, csv_bytes(rows)).content.decode()
    assert "Zeile 3: Unbekanntes Thema „foo“" in html
    assert "Zeile 4: " in html
    assert 'name="token"' not in html


def test_a_forged_token_imports_nothing(client, coordinator_user, places):
    client.force_login(coordinator_user)
    response = client.post(RUN, {"token": "abc"}, follow=True)
    assert "Vorschau ist abgelaufen" in response.content.decode()
    assert not Mentor.objects.exists()


def test_founders_and_mentors_cannot_upload(client, founder_user, places):
    client.force_login(founder_user)
    assert _upload(client, csv_bytes([mentor_row(1)])).status_code in (302, 403)
    mentor = make_user(email="m@example.org")
    client.force_login(mentor)
    assert client.get(UPLOAD).status_code in (302, 403)
    assert not Mentor.objects.exists()
