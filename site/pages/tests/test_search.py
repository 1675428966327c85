"""Site search finds guides, events and standard pages, best first, in German."""

import re
from html import unescape

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from pages.selectors import pages_search
from pages.tests.factories import event_index_make, event_make, guide_index_make, guide_make

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="German stemming is PostgreSQL's full-text search"
)


@pytest.fixture
def guides(home):
    index = guide_index_make(home)
    return {
        "anmeldung": guide_make(
            index,
            title="Gewerbe anmelden: So geht's",
            intro="Wer ein Gewerbe betreibt, meldet es beim Gewerbeamt an.",
            text="Die Gewerbeanmeldung kostet je nach Gemeinde 15 bis 60 Euro.",
        ),
        "rechtsform": guide_make(
            index,
            title="Die passende Rechtsform wählen",
            intro="GbR, UG oder Einzelunternehmen?",
            text="Ein Einzelunternehmen ist schnell gegründet.",
        ),
    }


def search_titles(client, query: str, **params) -> list[str]:
    html = client.get(reverse("site_search"), {"q": query, **params}).content.decode()
    titles = re.findall(r'<h3 class="search-result__title"><a href="[^"]+">([^<]+)</a>', html)
    return [unescape(title) for title in titles]


def test_gewerbe_anmelden_finds_the_guide_on_every_database(client, guides):
    assert search_titles(client, "gewerbe anmelden")[0] == "Gewerbe anmelden: So geht's"


def test_results_say_what_they_are_and_what_they_are_about(client, guides):
    html = client.get(reverse("site_search"), {"q": "gewerbe anmelden"}).content.decode()
    assert '<p class="search-result__type">Leitfaden</p>' in html
    assert "Wer ein Gewerbe betreibt, meldet es beim Gewerbeamt an." in html
    assert "1 Ergebnis" in html


@pytest.fixture
def passing_mention(guides):
    return guide_make(
        guides["anmeldung"].get_parent(),
        title="Nebenerwerb",
        intro="Gründen neben dem Job.",
        text="Auch im Nebenerwerb müssen Sie ein Gewerbe anmelden, wenn Sie handeln.",
    )


def test_every_page_that_mentions_all_words_is_found(client, guides, passing_mention):
    titles = search_titles(client, "gewerbe anmelden")
    assert sorted(titles) == ["Gewerbe anmelden: So geht's", "Nebenerwerb"]


@on_postgresql
def test_title_match_ranks_above_a_passing_mention(client, guides, passing_mention):
    # SQLite's FTS5 ranks by BM25 over all columns alike; PostgreSQL weighs the title higher.
    titles = search_titles(client, "gewerbe anmelden")
    assert titles == ["Gewerbe anmelden: So geht's", "Nebenerwerb"]


def test_search_covers_events_and_standard_pages_but_not_drafts(client, home, standard_page):
    calendar = event_index_make(home)
    event_make(calendar, title="Sprechstunde Gewerbe und Steuern")
    draft = event_make(calendar, title="Gewerbe-Stammtisch (Entwurf)")
    draft.unpublish()
    assert search_titles(client, "gewerbe") == ["Sprechstunde Gewerbe und Steuern"]
    assert search_titles(client, "Landvorteil") == ["Über Landvorteil"]


def test_search_page_has_a_labelled_get_form_and_no_csrf(client, guides):
    html = client.get(reverse("site_search")).content.decode()
    assert re.search(r'<form method="get"[^>]*role="search"', html)
    assert '<label for="search-query">Suchbegriff</label>' in html
    assert "csrfmiddlewaretoken" not in html
    assert "search-result" not in html


def test_results_are_paginated(client, home):
    index = guide_index_make(home)
    for number in range(12):
        guide_make(index, title=f"Förderung Teil {number}", intro="Fördermittel für Gründungen.")
    assert len(search_titles(client, "förderung")) == 10
    assert len(search_titles(client, "förderung", seite="2")) == 2
    assert len(search_titles(client, "förderung", seite="99")) == 2  # the last page


def test_search_page_is_linked_from_every_page(client, home):
    assert f'href="{reverse("site_search")}"' in client.get("/").content.decode()


@on_postgresql
def test_postgresql_searches_with_the_german_configuration():
    assert get_search_backend().config == "german"


@on_postgresql
def test_german_stemming_finds_other_forms_of_a_word(guides):
    found = [page.title for page in pages_search(query="Gewerbeanmeldungen")]
    assert found == ["Gewerbe anmelden: So geht's"]
    found = [page.title for page in pages_search(query="Anmeldung Gewerbe")]
    assert found == ["Gewerbe anmelden: So geht's"]
