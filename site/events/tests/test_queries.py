"""Public event pages stay within 10 database queries for an anonymous visitor, and are cached."""

import pytest
from wagtail.models import Site

from events.tests.conftest import berlin
from pages.cache import HIT_HEADER, page_cache_clear
from pages.models import FooterLinks
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
URLS = [
    "/veranstaltungen/",
    "/veranstaltungen/archiv/",
    "/veranstaltungen/archiv/seite-2/",
    "/veranstaltungen/mit-themen/",
    "/veranstaltungen/mit-themen/kalender/",
    "/en/veranstaltungen/mit-themen/",
]


@pytest.fixture
def busy_calendar(make_event, frozen_now):
    topics = list(Topic.objects.all()[:3])
    for day in range(1, 13):
        make_event(
            title=f"Zukunft {day}", start=berlin(2026, 4, day, 10), end=berlin(2026, 4, day, 12)
        )
        make_event(
            title=f"Vorbei {day}", start=berlin(2026, 1, day, 10), end=berlin(2026, 1, day, 12)
        )
    event = make_event(slug="mit-themen", registration_url="https://example.org/anmeldung")
    event.topics.set(topics)
    event.save_revision().publish()


@pytest.mark.parametrize("url", URLS)
def test_public_event_pages_need_few_queries_even_when_not_cached(
    client, busy_calendar, url, django_assert_max_num_queries
):
    client.get(url)  # warm what a running site keeps warm (e.g. Wagtail's site root paths)
    page_cache_clear()  # but render afresh: a cache miss is the worst case
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert response.get(HIT_HEADER) != "hit"


@pytest.mark.parametrize("url", URLS)
def test_public_event_pages_are_answered_from_the_page_cache(
    client, busy_calendar, url, django_assert_max_num_queries
):
    # The footer's settings row is created on first use, and any settings change empties the cache.
    FooterLinks.for_site(Site.objects.get(is_default_site=True))
    first = client.get(url)
    # Wagtail's serve view routes before the page can answer from the cache; with pages.urls
    # (the cache in front of routing) a hit costs no query at all.
    with django_assert_max_num_queries(MAX_QUERIES):
        second = client.get(url)
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_calendar_shows_a_newly_published_event_at_once(client, make_event, frozen_now):
    make_event(title="Erster Termin", start=berlin(2026, 4, 1, 10), end=berlin(2026, 4, 1, 12))
    assert "Erster Termin" in client.get("/veranstaltungen/").content.decode()
    make_event(title="Zweiter Termin", start=berlin(2026, 4, 2, 10), end=berlin(2026, 4, 2, 12))
    assert "Zweiter Termin" in client.get("/veranstaltungen/").content.decode()
