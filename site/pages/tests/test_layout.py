"""Every page: landmarks, the legal footer, a language switch, nothing from other hosts."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.utils import formats, translation

pytestmark = pytest.mark.django_db


def test_home_page_has_skip_link_landmarks_and_one_h1(client):
    html = client.get("/").content.decode()
    assert '<html lang="de">' in html
    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert len(re.findall(r"<h1[ >]", html)) == 1


def test_footer_links_the_legal_pages_and_contact(client):
    html = client.get("/").content.decode()
    for label in ("Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"):
        assert f">{label}</a>" in html


def test_nothing_is_loaded_from_another_host(client):
    for url in ("/", "/accounts/login/", "/accounts/signup/"):
        html = client.get(url).content.decode()
        # The canonical and language links name this page's own public address; nothing loads.
        html = re.sub(r'<link rel="(?:canonical|alternate)"[^>]*>', "", html)
        external = re.findall(r'(?:src|href)="(?:https?:)?//(?!testserver)[^"]+"', html)
        assert not external, (url, external)


def test_site_is_german_at_the_root_even_for_an_english_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="de">' in html


def test_language_switch_links_to_the_same_page_in_english(client):
    html = client.get("/accounts/login/").content.decode()
    assert 'href="/en/accounts/login/" hreflang="en"' in html
    english = client.get("/en/accounts/login/").content.decode()
    assert '<html lang="en">' in english
    assert "Skip to content" in english
    assert 'href="/accounts/login/" hreflang="de"' in english


def test_anonymous_pages_carry_no_form_so_they_can_be_cached(client):
    assert "<form" not in client.get("/").content.decode()


def test_pages_answer_with_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'self'" in policy


def test_german_dates_and_numbers():
    with translation.override("de"):
        assert formats.date_format(date(2026, 11, 25)) == "25. November 2026"
        assert formats.number_format(Decimal("1234.5"), 1, use_l10n=True, force_grouping=True) == (
            "1.234,5"
        )
