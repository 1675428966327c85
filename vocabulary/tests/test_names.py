import pytest

from vocabulary.models.areas import coverage_parse
from vocabulary.names import locality_base_key, locality_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Moelln", "Mölln"),
        ("MÖLLN", "Mölln"),
        ("st. peter", "Sankt Peter"),
        ("Ratzeburg, Stadt", "Ratzeburg"),
        ("Grossensee", "Großensee"),
        ("neustadt glewe", "Neustadt-Glewe"),
    ],
)
def test_spellings_people_type_share_the_key_of_the_stored_name(typed, stored):
    assert locality_key(typed) == locality_key(stored)


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Lauenburg/Elbe", "lauenburg"),
        ("Halle (Westf.)", "halle"),
        ("Tessin b. Boizenburg", "tessin"),
        ("Dillingen a.d.Donau", "dillingen"),
        ("Plau am See", "plau"),
        ("Wentorf bei Hamburg", "wentorf"),
    ],
)
def test_the_base_key_drops_qualifiers(name, base):
    assert locality_base_key(name) == base


def test_coverage_lists_take_lines_commas_comments_and_several_postcodes_per_line():
    entries, invalid = coverage_parse(
        "23909  # Ratzeburg, Bäk, Mechow\n21039 Börnsen; 23911 23919\n, 12a\nx"
    )

    assert [(entry.postcode, entry.locality_key) for entry in entries] == [
        ("23909", ""),
        ("21039", "boernsen"),
        ("23911", ""),
        ("23919", ""),
    ]
    assert invalid == ["12a", "x"]
