"""Headers as people write them: German or English, any case, common variants."""

import pytest

from imports.headers import columns_exact, columns_guess, header_hash


@pytest.mark.parametrize(
    ("cell", "field"),
    [
        ("E-Mail", "email"),
        ("Mail", "email"),
        ("E-Mail-Adresse", "email"),
        ("email address", "email"),
        ("PLZ", "postcode"),
        ("Postleitzahl", "postcode"),
        ("Umkreis (km)", "travel_radius_km"),
        ("Plätze", "capacity"),
        ("Kapazität", "capacity"),
        ("KAPAZITAET", "capacity"),
        ("Online möglich", "remote"),
        ("remote", "remote"),
        ("Vorname", "first_name"),
        ("Nachname", "last_name"),
        ("Themen", "topics"),
        ("Beruf", "profession"),
        ("Sprachen", "languages"),
        ("  sprachen ", "languages"),
    ],
)
def test_a_mentor_column_is_known_by_its_common_names(cell, field):
    assert columns_guess(kind="mentors", header=[cell]) == [field]


def test_a_column_named_like_the_field_wins_over_a_looser_name():
    # "Ort" may hold the postcode, but not when a "PLZ" column is there too.
    assert columns_guess(kind="mentors", header=["Ort", "PLZ", "Name", "Nachname"]) == [
        "",
        "postcode",
        "",
        "last_name",
    ]


def test_request_headers_have_their_own_names():
    header = ["Mail", "Anliegen", "Gründungsphase", "Gesprächsform", "Bemerkung"]
    assert columns_guess(kind="requests", header=header) == [
        "email",
        "description",
        "stage",
        "formats",
        "",
    ]


def test_the_same_headers_in_another_spelling_are_the_same_layout():
    same = header_hash(["E-Mail", "Vorname", "PLZ", "", ""])
    assert header_hash(["e-mail ", "VORNAME", "plz"]) == same
    assert header_hash(["E-Mail", "Vorname", "PLZ", "Fehler"]) == same
    assert header_hash(["Vorname", "E-Mail", "PLZ"]) != same


def test_only_the_imports_own_headers_skip_the_mapping_step():
    own = ["E-Mail", "Vorname", "Nachname", "Beruf", "Themen", "PLZ", "Plätze"]
    assert columns_exact(kind="mentors", header=own) is not None
    assert columns_exact(kind="mentors", header=[*own[:-1], "Kapazität"]) is None
    assert columns_exact(kind="mentors", header=own[:-2]) is None  # PLZ missing
