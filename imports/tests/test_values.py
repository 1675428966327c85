"""Cells as people fill them: lists with any separator, yes and no in many words, postcodes as
Excel numbers or with the town, stray spaces, capitalised addresses. No database needed."""

import pytest

from imports.values import email_parse, int_parse, list_parse, postcode_parse, yes_no_parse


def test_lists_are_split_at_semicolons_commas_slashes_and_line_breaks():
    assert list_parse("Recht; Steuern, Marketing / Design\nIT\r\nRecht") == [
        "Recht",
        "Steuern",
        "Marketing",
        "Design",
        "IT",
    ]


@pytest.mark.parametrize("cell", ["ja", "Ja", "JA", "x", "X", "1", "yes", "wahr", "true", " ja "])
def test_yes_in_its_many_words(cell):
    assert yes_no_parse(cell) is True


@pytest.mark.parametrize("cell", ["nein", "Nein", "0", "no", "falsch", "", "-"])
def test_no_in_its_many_words(cell):
    assert yes_no_parse(cell) is False


@pytest.mark.parametrize(
    "cell", ["23909", "23909.0", "23909,0", "23909 Ratzeburg", " 23909  Ratzeburg ", "D-23909"]
)
def test_a_postcode_as_excel_or_a_person_writes_it(cell):
    assert postcode_parse(cell) == "23909"


def test_a_postcode_that_lost_its_leading_zero_gets_it_back():
    assert postcode_parse("1067") == "01067" and postcode_parse("1067.0 Dresden") == "01067"


@pytest.mark.parametrize("cell", ["Ratzeburg", "239", "123456", "23909-1"])
def test_what_is_no_postcode_is_named(cell):
    with pytest.raises(ValueError, match="Ungültige Postleitzahl"):
        postcode_parse(cell)


def test_an_address_is_compared_without_case_or_stray_spaces():
    assert email_parse("  Erika.Muster@Example.ORG ") == "erika.muster@example.org"
    assert email_parse("mailto:erika@example.org") == "erika@example.org"


def test_numbers_as_excel_writes_them():
    assert int_parse("3.0", label="Plätze", minimum=1, maximum=10, default=2) == 3
    assert int_parse("40 km", label="Umkreis", minimum=0, maximum=300, default=30) == 40
    assert int_parse(" ", label="Plätze", minimum=1, maximum=10, default=2) == 2
    with pytest.raises(ValueError, match="Plätze muss eine Zahl von 1 bis 10 sein"):
        int_parse("drei", label="Plätze", minimum=1, maximum=10, default=2)
