"""The import commands: a summary on success, every bad row and exit code 1 on failure."""

import pytest
from django.core.management import CommandError, call_command

from founders.models import HelpRequest
from imports.headers import columns_guess
from imports.services import column_mapping_remember
from imports.tests.factories import (
    GERMAN_MENTOR_HEADER,
    REQUEST_COLUMNS,
    csv_bytes,
    german_mentor,
    mentor_row,
    request_row,
    sheet_csv,
)
from mentors.models import Mentor

pytestmark = pytest.mark.django_db


def test_import_mentors_prints_progress_and_summary(places, tmp_path, capsys):
    path = tmp_path / "liste.csv"
    path.write_bytes(csv_bytes([mentor_row(n) for n in range(1, 4)]))
    call_command("import_mentors", str(path))
    out = capsys.readouterr().out
    assert "3 von 3 Zeilen" in out
    assert "Fertig: 3 neu, 0 aktualisiert." in out
    assert Mentor.objects.count() == 3


def test_import_mentors_exits_1_and_lists_every_bad_row(places, tmp_path, capsys):
    rows = [mentor_row(1), mentor_row(2), mentor_row(3, topics="foo"), mentor_row(4, capacity="0")]
    path = tmp_path / "liste.csv"
    path.write_bytes(csv_bytes(rows))
    # manage.py exits with a CommandError's returncode; run_from_argv would also close the
    # test database connection, so the command is called directly.
    with pytest.raises(CommandError) as failed:
        call_command("import_mentors", str(path))
    assert failed.value.returncode == 1
    assert "2 fehlerhafte Zeilen" in str(failed.value)
    err = capsys.readouterr().err
    assert "Zeile 4: Unbekanntes Thema „foo“" in err
    assert "Zeile 5: " in err
    assert not Mentor.objects.exists()


def test_import_requests_creates_confirmed_requests(places, tmp_path, capsys):
    path = tmp_path / "anfragen.csv"
    path.write_bytes(csv_bytes([request_row(1)], columns=REQUEST_COLUMNS, delimiter=";"))
    call_command("import_requests", str(path))
    assert "Fertig: 1 neu" in capsys.readouterr().out
    assert HelpRequest.objects.get().status == HelpRequest.Status.OPEN


def test_import_mentors_reads_a_list_with_german_headers_and_job_titles(places, tmp_path, capsys):
    rows = [german_mentor(1, Nachname="Jürgensen"), german_mentor(2, Nachname="Groß", Beruf="StB")]
    path = tmp_path / "Expertinnen.csv"
    path.write_bytes(sheet_csv(GERMAN_MENTOR_HEADER, rows, encoding="cp1252"))
    call_command("import_mentors", str(path))
    assert "Fertig: 2 neu" in capsys.readouterr().out
    assert Mentor.objects.get(profession_title="StB").profession == "tax_adviser"


def test_import_mentors_uses_the_mapping_a_coordinator_confirmed(places, tmp_path, capsys):
    header = ["Wer?", *GERMAN_MENTOR_HEADER[1:]]
    fields = columns_guess(kind="mentors", header=header)
    assert fields[0] == ""
    column_mapping_remember(kind="mentors", header=header, fields=["email", *fields[1:]], by=None)
    path = tmp_path / "Expertinnen.csv"
    rows = [german_mentor(1, Nachname="Jürgensen")]
    path.write_bytes(sheet_csv(header, rows))
    call_command("import_mentors", str(path))
    assert Mentor.objects.get().user.email == "joerdis.moeller1@example.org"
