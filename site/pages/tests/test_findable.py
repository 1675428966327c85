"""What search engines and link previews find: descriptions, canonical and language links,
sitemap.xml, robots.txt, and the page that credits the data sources."""

import re
from xml.etree import ElementTree  # our own sitemap, not untrusted input

import pytest
from django.conf import settings

from guides.tests.factories import guide_index_make, guide_make

pytestmark = pytest.mark.django_db
SITE = settings.SITE_URL.rstrip("/")


def _meta(html: str, attribute: str, name: str) -> str:
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return found[1] if found else ""


@pytest.fixture
def guide(db):
    return guide_make(
        guide_index_make(),
        title="Gewerbe anmelden",
        intro="Wer ein Gewerbe betreibt, meldet es an. <b>So</b> geht es " + "Schritt " * 40,
    )


def test_a_guide_describes_itself_from_its_intro_and_previews_as_an_article(client, guide):
    html = client.get(guide.url).content.decode()
    description = _meta(html, "name", "description")
    assert description.startswith("Wer ein Gewerbe betreibt, meldet es an. So geht es")
    assert len(description) <= 160 and "<b>" not in description
    assert _meta(html, "property", "og:type") == "article"
    assert _meta(html, "property", "og:title") == "Gewerbe anmelden"
    assert _meta(html, "property", "og:url") == SITE + guide.url


def test_a_page_under_en_is_german_content_and_says_so_to_search_engines(client, guide):
    german = guide.url
    html = client.get("/en" + german).content.decode()
    assert f'<link rel="canonical" href="{SITE}{german}">' in html
    assert 'hreflang="en"' not in re.sub(r"<footer.*</footer>", "", html, flags=re.S)


def test_a_translated_view_links_both_languages(client):
    html = client.get("/hilfe-anfragen/").content.decode()
    assert f'<link rel="canonical" href="{SITE}/hilfe-anfragen/">' in html
    for lang, path in (
        ("de", "/hilfe-anfragen/"),
        ("en", "/en/hilfe-anfragen/"),
        ("x-default", "/hilfe-anfragen/"),
    ):
        assert f'<link rel="alternate" hreflang="{lang}" href="{SITE}{path}">' in html
    assert _meta(html, "name", "description")  # the site's own, where a view has none


def test_the_sitemap_lists_live_public_pages_only(client, guide):
    draft = guide_make(guide.get_parent().specific, title="Entwurf", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [
        node.text
        for node in ElementTree.fromstring(response.content).iter()  # noqa: S314
        if node.tag.endswith("loc")
    ]
    assert any(location.endswith(guide.url) for location in locations)
    assert not any(location.endswith(draft.url or "/entwurf/") for location in locations)


def test_robots_keep_private_addresses_out_and_name_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text and "Disallow: /meine-daten/" in text
    assert "Disallow: /en/vermittlung/" in text
    assert f"Sitemap: {SITE}/sitemap.xml" in text


@pytest.mark.parametrize(
    ("prefix", "heading"), [("", "Datenquellen und Lizenzen"), ("/en", "Data sources and licences")]
)
def test_the_data_sources_are_credited_from_every_footer(client, prefix, heading):
    home = client.get(prefix + "/").content.decode()
    link = re.search(r'<a href="([^"]+)">' + heading + "</a>", home)
    assert link, heading
    page = client.get(link[1]).content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert "Open Database License (ODbL) 1.0" in page and "GeoNames" in page
    assert "CC BY 4.0" in page
