"""The admin upload: a preview with every error, then importing exactly the previewed file."""

import re
import uuid
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.roles import Role
from conftest import make_user
from imports import progress
from imports.parsing import ImportRejected, RowError
from imports.tasks import import_run
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


def _token(client, rows) -> str:
    html = _upload(client, csv_bytes(rows)).content.decode()
    return re.search(r'name="token" value="([^"]+)"', html)[1]


def test_the_import_runs_as_a_task_and_the_status_page_shows_the_result(
    client, coordinator_user, places, tmp_path
):
    client.force_login(coordinator_user)
    token = _token(client, [mentor_row(1), mentor_row(2), mentor_row(3)])

    response = client.post(RUN, {"token": token})

    assert response.status_code == 302
    status_url = response["Location"]
    assert re.fullmatch(r"/admin/imports/status/[0-9a-f]{32}/", status_url)
    html = client.get(status_url).content.decode()
    assert "Import fertig" in html
    assert "3 neu, 0 aktualisiert, 0 unverändert" in html
    assert '<progress id="import-progress-bar" max="3" value="3"' in html
    assert 'aria-live="polite"' in html
    assert "progress.js" not in html and 'http-equiv="refresh"' not in html
    assert Mentor.objects.filter(verified_by=coordinator_user).count() == 3
    assert list(Path(tmp_path, "imports").iterdir()) == []


def test_the_task_gets_only_an_opaque_job_id(client, coordinator_user, places, tmp_path):
    client.force_login(coordinator_user)
    token = _token(client, [mentor_row(1)])

    with mock.patch("django_q.tasks.async_task") as async_task:
        response = client.post(RUN, {"token": token})

    async_task.assert_called_once()
    args, kwargs = async_task.call_args
    assert kwargs == {}
    assert args[0] == "imports.tasks.import_run"
    job_id = args[1]
    assert len(args) == 2 and uuid.UUID(hex=job_id).hex == job_id
    assert "@" not in job_id and response["Location"] == f"/admin/imports/status/{job_id}/"
    # Not run yet: the page shows the bar, polls via the script and refreshes without it.
    html = client.get(response["Location"]).content.decode()
    assert "Import läuft" in html and "0 von 1 Zeilen" in html
    assert 'src="/static/js/progress.js" defer' in html
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert not Mentor.objects.exists()

    import_run(job_id)

    assert Mentor.objects.count() == 1
    assert client.get(f"/admin/imports/status/{job_id}/json/").json() == {
        "done": 1,
        "total": 1,
        "state": "done",
        "message": "Import abgeschlossen: 1 neu, 0 aktualisiert, 0 unverändert.",
    }


def test_the_json_endpoint_reports_progress_while_running(client, coordinator_user):
    client.force_login(coordinator_user)
    job_id = progress.job_create(
        kind="mentors", name=uuid.uuid4().hex, filename="x.csv", user_id=coordinator_user.pk
    )
    progress.job_update(job_id, done=1200, total=2000)

    response = client.get(f"/admin/imports/status/{job_id}/json/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "done": 1200,
        "total": 2000,
        "state": "running",
        "message": "1.200 von 2.000 Zeilen",
    }
    html = client.get(f"/admin/imports/status/{job_id}/").content.decode()
    assert 'max="2000" value="1200"' in html and "1.200 von 2.000 Zeilen" in html


def test_a_rejected_import_shows_every_error_line(client, coordinator_user, tmp_path):
    client.force_login(coordinator_user)
    name = uuid.uuid4().hex
    Path(tmp_path, "imports").mkdir(exist_ok=True)
    path = Path(tmp_path, "imports", f"{name}.upload")
    path.write_bytes(csv_bytes([mentor_row(1)]))
    job_id = progress.job_create(
        kind="mentors", name=name, filename="liste.csv", user_id=coordinator_user.pk
    )
    errors = [RowError(line=2, reason="kaputt"), RowError(line=7, reason="auch kaputt")]

    with mock.patch("imports.services.rows_read", side_effect=ImportRejected(errors)):
        import_run(job_id)

    data = client.get(f"/admin/imports/status/{job_id}/json/").json()
    assert data["state"] == "failed" and "nichts gespeichert" in data["message"]
    html = client.get(f"/admin/imports/status/{job_id}/").content.decode()
    assert "Import fehlgeschlagen" in html
    assert "Zeile 2: kaputt" in html and "Zeile 7: auch kaputt" in html
    assert not path.exists() and not Mentor.objects.exists()


def test_an_expired_upload_fails_the_job(client, coordinator_user):
    client.force_login(coordinator_user)
    job_id = progress.job_create(
        kind="mentors", name=uuid.uuid4().hex, filename="x.csv", user_id=coordinator_user.pk
    )
    import_run(job_id)
    data = client.get(f"/admin/imports/status/{job_id}/json/").json()
    assert data["state"] == "failed" and "abgelaufen" in data["message"]


def test_only_the_starter_sees_the_status(client, coordinator_user, places):
    client.force_login(coordinator_user)
    status_url = client.post(RUN, {"token": _token(client, [mentor_row(1)])})["Location"]
    assert client.get(status_url).status_code == 200

    other = make_user(email="koordination2@example.org", role=Role.COORDINATOR)
    client.force_login(other)
    assert client.get(status_url).status_code == 404
    assert client.get(status_url + "json/").status_code == 404
    assert client.get(f"/admin/imports/status/{uuid.uuid4().hex}/").status_code == 404
    assert client.get("/admin/imports/status/kein-job/json/").status_code == 404
    client.force_login(make_user(email="m@example.org"))  # no admin at all: Wagtail sends away
    assert client.get(status_url + "json/").status_code in (302, 404)
