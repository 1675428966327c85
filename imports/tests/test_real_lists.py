"""Lists the way a region keeps them — German headers, job titles, umlauts, mixed separators,
ja/nein, capitalised addresses, Excel's float postcodes — import as they are."""

import pytest

from founders.models import HelpRequest
from imports.services import ImportRejected, help_requests_import, mentors_import
from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_csv, sheet_xlsx
from mentors.models import Mentor

pytestmark = pytest.mark.django_db


def _titles_list() -> list[list]:
    return [
        german_mentor(1),
        german_mentor(2, Beruf="Fachanwalt für Arbeitsrecht", Themen="recht"),
        german_mentor(3, Beruf="StB", Themen="Steuern & Buchhaltung"),
        german_mentor(4, Beruf="Steuerberaterin", Themen="Tax & bookkeeping"),
        german_mentor(5, Beruf="Bankkauffrau", Themen="Finanzierung\nFördermittel"),
        german_mentor(6, Beruf="Bankberaterin", Themen="finanzierung"),
        german_mentor(7, Beruf="IT-Berater", Themen="Digitalisierung & IT"),
        german_mentor(8, Beruf="Landwirtin", Themen="Landwirtschaft, Direktvermarktung"),
        german_mentor(9, Beruf="Grafikdesigner", Themen="Design, Marke & Produkt"),
        german_mentor(10, Beruf="Imkerin", Themen="Marketing"),
    ]


def test_an_excel_list_with_german_headers_and_job_titles_imports_whole(places):
    result = mentors_import(
        file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, _titles_list()), filename="Expertinnen.xlsx"
    )

    assert result.created == 10
    placed = {m.profession_title: m.profession for m in Mentor.objects.all() if m.profession_title}
    assert placed == {
        "Rechtsanwältin": "lawyer",
        "Fachanwalt für Arbeitsrecht": "lawyer",
        "StB": "tax_adviser",
        "Steuerberaterin": "tax_adviser",
        "Bankkauffrau": "finance",
        "Bankberaterin": "finance",
        "IT-Berater": "it",
        "Landwirtin": "entrepreneur",
        "Grafikdesigner": "designer",
        "Imkerin": "other",  # nobody has placed it yet: "Sonstiges", never a refusal
    }


def test_every_cell_is_read_as_a_person_wrote_it(places):
    mentors_import(
        file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, _titles_list()), filename="Expertinnen.xlsx"
    )

    first = Mentor.objects.get(user__email="joerdis.moeller1@example.org")
    assert (first.user.first_name, first.user.last_name) == ("Jördis", "Möller-Dąbrowska1")
    assert first.organisation == "Kanzlei am Küchensee"
    assert sorted(t.slug for t in first.topics.all()) == ["nachfolge", "recht", "steuern"]
    assert (first.place, first.travel_radius_km, first.capacity) == (places["ratzeburg"], 40, 3)
    assert first.remote is True and first.languages == ["de", "en"]
    designer = Mentor.objects.get(profession_title="Grafikdesigner")
    assert [t.slug for t in designer.topics.all()] == ["design"]
    farmer = Mentor.objects.get(profession_title="Landwirtin")
    assert [t.slug for t in farmer.topics.all()] == ["landwirtschaft"]
    bank = Mentor.objects.get(profession_title="Bankkauffrau")
    assert [t.slug for t in bank.topics.all()] == ["finanzierung"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_semicolon_csv_from_excel_imports_in_either_encoding(places, encoding):
    rows = [
        german_mentor(
            1, Nachname="Jürgensen", **{"Online möglich": "nein", "PLZ": "23909 Ratzeburg"}
        ),
        german_mentor(
            2, Nachname="Weiß", **{"Online möglich": "X", "Sprachen": "deutsch / polnisch"}
        ),
        german_mentor(3, Nachname="Öztürk", **{"Online möglich": "0", "Sprachen": "Türkisch;DE"}),
    ]
    data = sheet_csv(GERMAN_MENTOR_HEADER, rows, encoding=encoding)

    assert mentors_import(file_bytes=data, filename="liste.csv").created == 3

    by_name = {m.user.last_name: m for m in Mentor.objects.select_related("user")}
    assert set(by_name) == {"Jürgensen", "Weiß", "Öztürk"}
    assert [by_name[n].remote for n in ("Jürgensen", "Weiß", "Öztürk")] == [False, True, False]
    assert by_name["Weiß"].languages == ["de", "pl"]
    assert by_name["Öztürk"].languages == ["tr", "de"]
    assert by_name["Jürgensen"].place == places["ratzeburg"]


def test_a_file_with_three_bad_rows_names_all_three_with_every_reason(places):
    rows = [
        german_mentor(1),
        german_mentor(2, Themen="Recht; Zauberei", PLZ="99999", Plätze=12.0),
        german_mentor(3),
        german_mentor(4, **{"E-Mail-Adresse": "kein-at-zeichen", "Online möglich": "vielleicht"}),
        german_mentor(5, Vorname="", Sprachen="Klingonisch"),
    ]
    with pytest.raises(ImportRejected) as rejected:
        mentors_import(file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, rows), filename="liste.xlsx")

    reasons: dict[int, list[str]] = {}
    for error in rejected.value.errors:
        reasons.setdefault(error.line, []).append(error.reason)
    assert sorted(reasons) == [3, 5, 6]
    assert reasons[3] == [
        "Unbekanntes Thema „Zauberei“",
        "Unbekannte Postleitzahl „99999“",
        "Kapazität muss eine Zahl von 1 bis 10 sein, nicht „12“",
    ]
    assert reasons[5] == [
        "Ungültige E-Mail-Adresse „kein-at-zeichen“",
        "„vielleicht“ ist weder ja noch nein",
    ]
    assert reasons[6] == ["Vorname fehlt", "Unbekannte Sprache „Klingonisch“"]
    assert not Mentor.objects.exists()


def test_a_capitalised_address_is_the_same_person_on_the_next_import(places):
    mentors_import(
        file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, [german_mentor(1)]), filename="a.xlsx"
    )
    again = german_mentor(1, **{"E-Mail-Adresse": "JOERDIS.MOELLER1@EXAMPLE.ORG", "Plätze": 5.0})

    result = mentors_import(file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, [again]), filename="b.xlsx")

    assert (result.created, result.updated) == (0, 1)
    assert Mentor.objects.get().capacity == 5


def test_a_request_list_in_german_words_imports(places):
    header = ["Mail", "Vorname", "Nachname", "Thema", "Anliegen", "Phase", "Postleitzahl",
              "Gesprächsform", "Sprache"]  # fmt: skip
    rows = [
        ["Ole.Hansen@Example.org", "Ole", "Hansen", "Recht, Versicherungen",
         "Ich übernehme den Hof meiner Eltern.", "Nachfolge", 23909.0, "vor Ort / Telefon",
         "Deutsch"],
        ["maja@example.org", "Maja", "Kühl", "Marketing", "Ein Café im Dorfgemeinschaftshaus.",
         "in Gründung", "23909 Ratzeburg", "Video", ""],
    ]  # fmt: skip

    result = help_requests_import(file_bytes=sheet_xlsx(header, rows), filename="anfragen.xlsx")

    assert result.created == 2
    ole = HelpRequest.objects.get(email="ole.hansen@example.org")
    assert (ole.stage, ole.formats, ole.languages) == ("succession", ["in_person", "phone"], ["de"])
    assert sorted(t.slug for t in ole.topics.all()) == ["recht", "versicherung"]
    maja = HelpRequest.objects.get(email="maja@example.org")
    assert (maja.stage, maja.formats, maja.place) == ("founding", ["video"], places["ratzeburg"])
