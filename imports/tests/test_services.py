"""Import services: all or nothing, keyed by email, verified mentors and confirmed requests."""

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from accounts.roles import Role
from founders.models import Founder, HelpRequest
from imports.services import (
    IMPORT_CONSENT_VERSION,
    ImportRejected,
    help_requests_import,
    mentors_import,
)
from imports.tests.factories import REQUEST_COLUMNS, csv_bytes, mentor_row, request_row, xlsx_bytes
from mentors.models import Mentor
from mentors.selectors import mentors_matchable

pytestmark = pytest.mark.django_db


def _seven_rows_two_bad() -> bytes:
    rows = [mentor_row(n) for n in range(1, 8)]
    rows[2]["topics"] = "recht;foo"  # line 4
    rows[5]["capacity"] = "12"  # line 7
    return csv_bytes(rows)


def test_file_with_bad_rows_is_rejected_whole_with_every_line(places):
    with pytest.raises(ImportRejected) as rejected:
        mentors_import(file_bytes=_seven_rows_two_bad(), filename="liste.csv")
    assert [error.line for error in rejected.value.errors] == [4, 7]
    assert "Unbekanntes Thema „foo“" in rejected.value.errors[0].reason
    assert "1 bis 10" in rejected.value.errors[1].reason
    assert str(rejected.value.errors[0]).startswith("Zeile 4: ")
    assert not Mentor.objects.exists()
    assert not User.objects.exists()


def test_every_kind_of_bad_cell_is_explained(places):
    rows = [
        mentor_row(1),
        mentor_row(2, postcode="99999"),
        mentor_row(3, remote="vielleicht"),
        mentor_row(4, languages="de;xx"),
        mentor_row(5, profession=""),
        mentor_row(6, email="expertin1@example.org"),
        mentor_row(7, email="kein-at"),
        mentor_row(8, organisation="O" * 201),
    ]
    with pytest.raises(ImportRejected) as rejected:
        mentors_import(file_bytes=csv_bytes(rows), filename="liste.csv")
    reasons = {error.line: error.reason for error in rejected.value.errors}
    assert set(reasons) == {3, 4, 5, 6, 7, 8, 9}
    assert "Postleitzahl „99999“" in reasons[3]
    assert "weder ja noch nein" in reasons[4]
    assert "xx" in reasons[5]
    assert "Beruf fehlt" in reasons[6]
    assert "schon in Zeile 2" in reasons[7]
    assert "E-Mail-Adresse „kein-at“" in reasons[8]
    assert "länger als 200 Zeichen" in reasons[9]


def test_a_header_without_a_required_column_is_reported_on_line_one(places):
    data = csv_bytes([mentor_row(1)]).replace(b"email", b"kontaktdaten", 1)
    with pytest.raises(ImportRejected) as rejected:
        mentors_import(file_bytes=data, filename="liste.csv")
    (error,) = rejected.value.errors
    assert error.line == 1
    assert "Es fehlt eine Spalte für: E-Mail" in error.reason
    assert "nicht erkannt: „kontaktdaten“" in error.reason


def test_same_file_twice_creates_no_duplicates(places):
    data = csv_bytes([mentor_row(n) for n in range(1, 6)])
    first = mentors_import(file_bytes=data, filename="liste.csv")
    second = mentors_import(file_bytes=data, filename="liste.csv")
    assert (first.created, first.updated) == (5, 0)
    assert (second.created, second.updated) == (0, 5)
    assert Mentor.objects.count() == User.objects.count() == EmailAddress.objects.count() == 5


def test_reimport_updates_the_profile(places):
    mentors_import(file_bytes=csv_bytes([mentor_row(1)]), filename="liste.csv")
    changed = mentor_row(1, capacity="5", topics="marketing", postcode="10115")
    mentors_import(file_bytes=csv_bytes([changed]), filename="liste.csv")
    mentor = Mentor.objects.get()
    assert mentor.capacity == 5
    assert mentor.place == places["berlin"]
    assert [topic.slug for topic in mentor.topics.all()] == ["marketing"]


def test_semicolon_excel_csv_with_bom_works(places):
    rows = [mentor_row(1, bio='Mit Semikolon; und „Anführung“ "zitiert"')]
    data = csv_bytes(rows, delimiter=";", bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    result = mentors_import(file_bytes=data, filename="liste.csv")
    assert result.created == 1
    assert Mentor.objects.get().bio == rows[0]["bio"]


def test_xlsx_works(places):
    rows = [mentor_row(1), mentor_row(2, remote="nein", capacity="1")]
    result = mentors_import(file_bytes=xlsx_bytes(rows), filename="liste.xlsx")
    assert result.created == 2
    mentor = Mentor.objects.get(user__email="expertin2@example.org")
    assert (mentor.remote, mentor.capacity, mentor.place) == (False, 1, places["ratzeburg"])


def test_imported_mentor_is_verified_active_and_matchable(places, coordinator_user):
    mentors_import(file_bytes=csv_bytes([mentor_row(1)]), filename="liste.csv", by=coordinator_user)
    mentor = Mentor.objects.get()
    assert mentor.status == Mentor.Status.ACTIVE
    assert mentor.verified_by == coordinator_user and mentor.verified_at is not None
    assert mentor.consent_version == IMPORT_CONSENT_VERSION
    assert list(mentors_matchable()) == [mentor]
    assert mentor.user.groups.filter(name=Role.MENTOR.value).exists()
    address = EmailAddress.objects.get(user=mentor.user)
    assert (address.email, address.verified) == ("expertin1@example.org", False)
    assert not mentor.user.has_usable_password()
    assert (mentor.user.first_name, mentor.languages) == ("Erika", ["de", "en"])


def test_reimport_keeps_a_coordinators_rejection(places):
    mentors_import(file_bytes=csv_bytes([mentor_row(1)]), filename="liste.csv")
    Mentor.objects.update(status=Mentor.Status.REJECTED)
    mentors_import(file_bytes=csv_bytes([mentor_row(1)]), filename="liste.csv")
    assert Mentor.objects.get().status == Mentor.Status.REJECTED


def test_progress_is_reported_every_hundred_rows(places):
    calls = []
    data = csv_bytes([mentor_row(n) for n in range(1, 251)])
    mentors_import(file_bytes=data, filename="liste.csv", progress=lambda *a: calls.append(a))
    assert calls == [(100, 250), (200, 250), (250, 250)]


def _requests_csv(rows) -> bytes:
    return csv_bytes(rows, columns=REQUEST_COLUMNS)


def test_imported_request_is_confirmed_and_open(places):
    rows = [request_row(1), request_row(2, postcode="10115", stage="young", formats="phone")]
    result = help_requests_import(file_bytes=_requests_csv(rows), filename="anfragen.csv")
    assert result.created == 2
    inside = HelpRequest.objects.get(email="gruender1@example.org")
    assert inside.status == HelpRequest.Status.OPEN and inside.confirmed_at is not None
    assert inside.founder == Founder.objects.get(user__email="gruender1@example.org")
    assert inside.outside_region is False
    assert inside.consent_version == IMPORT_CONSENT_VERSION
    assert inside.formats == ["in_person", "video"]
    outside = HelpRequest.objects.get(email="gruender2@example.org")
    assert (outside.outside_region, outside.stage, outside.formats) == (True, "young", ["phone"])
    assert outside.founder.user.groups.filter(name=Role.FOUNDER.value).exists()


def test_request_file_twice_creates_no_duplicates(places):
    data = _requests_csv([request_row(n) for n in range(1, 4)])
    help_requests_import(file_bytes=data, filename="anfragen.csv")
    second = help_requests_import(file_bytes=data, filename="anfragen.csv")
    assert (second.created, second.updated) == (0, 3)
    assert HelpRequest.objects.count() == Founder.objects.count() == User.objects.count() == 3


def test_bad_request_rows_write_nothing(places):
    rows = [request_row(1), request_row(2, stage="rente"), request_row(3, formats="brief")]
    with pytest.raises(ImportRejected) as rejected:
        help_requests_import(file_bytes=_requests_csv(rows), filename="anfragen.csv")
    assert [error.line for error in rejected.value.errors] == [3, 4]
    assert not HelpRequest.objects.exists()


def test_matched_request_is_left_alone(places):
    data = _requests_csv([request_row(1)])
    help_requests_import(file_bytes=data, filename="anfragen.csv")
    HelpRequest.objects.update(status=HelpRequest.Status.MATCHED)
    changed = _requests_csv([request_row(1, description="Etwas ganz anderes, bitte.")])
    result = help_requests_import(file_bytes=changed, filename="anfragen.csv")
    assert result.skipped == 1
    assert HelpRequest.objects.get().description.startswith("Ich möchte")
