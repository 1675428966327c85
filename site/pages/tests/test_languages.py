"""English content under /en/: translated pages in their own tree, German-only pages announced as
German, and search, suggestions, head links and the sitemap in the page's language."""

import re

import pytest
from django.utils import translation

from guides.selectors import guides_suggestion
from pages.tests.factories import english_tree_sync, guide_index_make, guide_make, translation_make

pytestmark = pytest.mark.django_db

NOTE = "This page is only available in German so far."


@pytest.fixture
def trees(home):
    """A German tree with two guides; the home, the index and one guide translated, the other
    guide German only (an alias under /en/, as the synchronisation makes it)."""
    index = guide_index_make(home)
    translated = guide_make(
        index,
        title="Gewerbe anmelden",
        intro="So melden Sie Ihr Gewerbe beim Gewerbeamt an.",
        text="Die Gewerbeanmeldung kostet eine Gebühr.",
    )
    german_only = guide_make(
        index,
        title="Hofladen eröffnen",
        intro="Direktvermarktung auf dem Hof.",
        text="Ein Hofladen braucht Kühlung und Kasse.",
    )
    translation_make(home, title="Landvorteil Mentoring", slug="home-en", intro="Start here.")
    english_index = translation_make(index, title="Guides", slug="guides")
    english = translation_make(
        translated,
        title="Registering a business",
        slug="register-a-business",
        intro="How to register your business with the trade office.",
        body=[("text", "<p>Registering a business costs a fee.</p>")],
    )
    english_tree_sync()
    return {
        "translated": translated,
        "english": english,
        "german_only": german_only,
        "english_index": english_index,
    }


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def head_links(html: str) -> dict[str, str]:
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    links["canonical"] = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
    return links


def test_the_english_home_shows_its_english_text(client, trees):
    assert "Start here." in html_of(client, "/en/")
    assert "Start here." not in html_of(client, "/")


def test_a_translated_guide_has_its_own_english_address_and_text(client, trees):
    html = html_of(client, "/en/guides/register-a-business/")
    assert "Registering a business costs a fee." in html
    assert NOTE not in html
    assert '<main id="main" tabindex="-1">' in html  # English text in an English frame


def test_translations_name_each_other_in_the_head(client, trees, settings):
    site = settings.SITE_URL.rstrip("/")
    german_url = trees["translated"].url
    for url in (german_url, "/en/guides/register-a-business/"):
        links = head_links(html_of(client, url))
        assert links["de"] == site + german_url
        assert links["en"] == site + "/en/guides/register-a-business/"
        assert links["x-default"] == site + german_url
        assert links["canonical"] == site + url


def test_the_language_switch_leads_to_the_translation(client, trees):
    html = html_of(client, trees["translated"].url)
    assert 'href="/en/guides/register-a-business/" hreflang="en"' in html
    html = html_of(client, "/en/guides/register-a-business/")
    assert f'href="{trees["translated"].url}" hreflang="de"' in html


def test_a_german_only_page_under_en_says_so_and_is_marked_german(client, trees, settings):
    german_url = trees["german_only"].url
    alias_url = f"/en/guides/{trees['german_only'].slug}/"
    html = html_of(client, alias_url)
    assert NOTE in html
    assert '<main id="main" tabindex="-1" lang="de">' in html
    assert '<p class="language-note" lang="en">' in html
    assert "Ein Hofladen braucht Kühlung und Kasse." in html
    links = head_links(html)
    # Search engines are sent to the German original; nothing claims to be its English version.
    assert links == {"canonical": settings.SITE_URL.rstrip("/") + german_url}
    assert NOTE not in html_of(client, german_url)


def test_the_english_guide_list_marks_german_only_guides(client, trees):
    html = html_of(client, "/en/guides/")
    assert "Registering a business" in html
    card = re.search(r'<li class="guide-card" lang="de">.*?</li>', html, re.S).group(0)
    assert "Hofladen eröffnen" in card
    assert '<span class="language-badge" lang="en">German only</span>' in card
    assert html.count('class="guide-card"') == 2  # each guide once, not once per tree


def test_site_search_answers_in_the_visitors_language(client, trees):
    english = html_of(client, "/en/suche/?q=register+business")
    assert "Registering a business" in english and "Gewerbe anmelden" not in english
    german = html_of(client, "/suche/?q=gewerbeanmeldung")
    assert "Gewerbe anmelden" in german and "Registering a business" not in german


def test_guide_suggestions_answer_in_the_visitors_language(trees):
    with translation.override("en"):
        english = guides_suggestion(topic_slugs=[], words="register my business", limit=3)
    assert [guide.title for guide in english.guides] == ["Registering a business"]
    with translation.override("de"):
        german = guides_suggestion(topic_slugs=[], words="Gewerbe anmelden", limit=3)
    assert [guide.title for guide in german.guides] == ["Gewerbe anmelden"]


def test_the_sitemap_lists_originals_and_translations_not_aliases(client, trees, settings):
    xml = client.get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    assert any(loc.endswith(trees["translated"].url) for loc in locations)
    assert any(loc.endswith("/en/guides/register-a-business/") for loc in locations)
    assert any(loc.endswith(trees["german_only"].url) for loc in locations)
    assert not any(loc.endswith(f"/en/guides/{trees['german_only'].slug}/") for loc in locations)
