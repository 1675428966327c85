"""Stored reasons read in the reader's language, through the site's catalogues."""

from django.utils import translation

from matching.wording import reasons_text

STORED = [
    {"code": "topics", "shared": 1, "total": 2},
    {"code": "in_person", "km": 23},
    {"code": "languages", "codes": ["de", "pl"]},
    {"code": "places", "free": 1, "total": 1},
]


def test_reasons_read_in_german_by_default():
    assert reasons_text(STORED) == [
        "deckt 1 von 2 Themen ab",
        "23 km entfernt, bietet Treffen vor Ort",
        "spricht Deutsch und Polnisch",
        "1 von 1 Platz frei",
    ]


def test_reasons_read_in_english_for_an_english_reader():
    with translation.override("en"):
        assert reasons_text(STORED) == [
            "covers 1 of 2 topics",
            "23 km away, meets in person",
            "speaks German and Polish",
            "1 of 1 place free",
        ]


def test_erased_reasons_read_as_none():
    assert reasons_text(None) == []
