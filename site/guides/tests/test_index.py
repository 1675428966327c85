"""The guide index: filter by topic and founding stage, search, pages of ten."""

import re

import pytest

from guides.tests.factories import guide_index_make, guide_make

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    assert response.status_code == 200
    return re.findall(
        r'<h2 class="guide-card__title"><a href="[^"]+">([^<]+)</a></h2>',
        response.content.decode(),
    )


@pytest.fixture
def guides(guide_index):
    return {
        "gewerbe": guide_make(
            guide_index,
            title="Gewerbe anmelden",
            intro="Wer ein Gewerbe betreibt, meldet es beim Gewerbeamt an.",
            topics=["recht"],
            stages=["idea", "founding"],
        ),
        "steuern": guide_make(
            guide_index,
            title="Steuern im ersten Jahr",
            intro="Fragebogen zur steuerlichen Erfassung und Kleinunternehmerregelung.",
            topics=["steuern"],
            stages=["founding", "young"],
        ),
        "nachfolge": guide_make(
            guide_index,
            title="Einen Betrieb übernehmen",
            intro="Unternehmensnachfolge Schritt für Schritt.",
            topics=["nachfolge", "recht"],
            stages=["succession"],
        ),
    }


def test_index_lists_live_guides_in_editors_order(client, guide_index, guides):
    guide_make(guide_index, title="Entwurf", live=False)
    assert titles(client.get(guide_index.url)) == [
        "Gewerbe anmelden",
        "Steuern im ersten Jahr",
        "Einen Betrieb übernehmen",
    ]


def test_filter_by_topic(client, guide_index, guides):
    assert titles(client.get(guide_index.url, {"thema": "recht"})) == [
        "Gewerbe anmelden",
        "Einen Betrieb übernehmen",
    ]
    assert titles(client.get(guide_index.url, {"thema": "steuern"})) == ["Steuern im ersten Jahr"]


def test_filter_by_stage(client, guide_index, guides):
    assert titles(client.get(guide_index.url, {"phase": "founding"})) == [
        "Gewerbe anmelden",
        "Steuern im ersten Jahr",
    ]
    assert titles(client.get(guide_index.url, {"phase": "succession"})) == [
        "Einen Betrieb übernehmen"
    ]


def test_filter_by_topic_and_stage_together(client, guide_index, guides):
    found = titles(client.get(guide_index.url, {"thema": "recht", "phase": "succession"}))
    assert found == ["Einen Betrieb übernehmen"]


def test_search_finds_guides_below_this_index_only(client, guide_index, guides):
    other = guide_index_make(title="Archiv", slug="archiv")
    guide_make(other, title="Gewerbe anmelden (alt)", intro="Früher beim Gewerbeamt.")
    assert titles(client.get(guide_index.url, {"q": "Gewerbeamt"})) == ["Gewerbe anmelden"]


def test_search_with_a_filter_searches_within_the_filter(client, guide_index, guides):
    assert titles(client.get(guide_index.url, {"q": "Kleinunternehmerregelung"})) == [
        "Steuern im ersten Jahr"
    ]
    assert (
        titles(client.get(guide_index.url, {"q": "Kleinunternehmerregelung", "thema": "recht"}))
        == []
    )


def test_unknown_filter_values_are_ignored_not_errors(client, guide_index, guides):
    response = client.get(guide_index.url, {"thema": "astrologie", "phase": "x", "page": "abc"})
    assert len(titles(response)) == 3


def test_filter_form_is_a_get_form_and_keeps_the_choice(client, guide_index, guides):
    html = client.get(guide_index.url, {"thema": "recht", "phase": "idea"}).content.decode()
    assert re.search(r'<form method="get"[^>]*class="guide-filter"', html)
    assert "csrfmiddlewaretoken" not in html
    assert '<option value="recht" selected>' in html
    assert '<option value="idea" selected>' in html
    assert f'<a href="{guide_index.url}">Alle Leitfäden zeigen</a>' in html


def test_pages_of_ten_keep_the_filters(client, guide_index):
    for number in range(12):
        guide_make(guide_index, title=f"Leitfaden {number:02}", topics=["recht"])
    first = client.get(guide_index.url, {"thema": "recht"})
    assert len(titles(first)) == 10
    assert 'href="?thema=recht&amp;page=2"' in first.content.decode()
    second = client.get(guide_index.url, {"thema": "recht", "page": "2"})
    assert titles(second) == ["Leitfaden 10", "Leitfaden 11"]
    assert "Seite 2 von 2" in second.content.decode()


def test_search_for_gewerbe_anmelden_finds_the_gewerbeanmeldung_first(client, guide_index):
    guide_make(guide_index, title="Businessplan", intro="Ein Plan für Ihr Gewerbe.")
    guide_make(
        guide_index,
        title="Gewerbeanmeldung",
        intro="Wer ein Gewerbe betreibt, muss es beim Gewerbeamt anmelden.",
        body=[("text", "<p>Die Anmeldung kostet zwischen 20 und 60 Euro.</p>")],
    )
    guide_make(guide_index, title="Versicherungen", intro="Welche Absicherung Sie brauchen.")
    found = titles(client.get(guide_index.url, {"q": "gewerbe anmelden"}))
    assert found[0] == "Gewerbeanmeldung"
    assert "Versicherungen" not in found
