"""The calendar lists what has not ended yet, soonest first; the archive the rest, newest first."""

import re

import pytest
import time_machine
from wagtail.models import PageViewRestriction

from events.selectors import events_upcoming
from events.tests.conftest import berlin

pytestmark = pytest.mark.django_db


def titles(html: str) -> list[str]:
    return re.findall(r'class="event-card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def calendar(make_event, frozen_now):
    make_event(
        title="Vorbei im Februar", start=berlin(2026, 2, 10, 18), end=berlin(2026, 2, 10, 20)
    )
    make_event(title="Vorbei im Januar", start=berlin(2026, 1, 20, 18), end=berlin(2026, 1, 20, 20))
    make_event(title="Läuft gerade", start=berlin(2026, 3, 1, 10), end=berlin(2026, 3, 1, 14))
    make_event(title="Im April", start=berlin(2026, 4, 10, 10), end=berlin(2026, 4, 10, 12))
    make_event(title="Ende März", start=berlin(2026, 3, 28, 10), end=berlin(2026, 3, 28, 12))
    draft = make_event(title="Entwurf", start=berlin(2026, 3, 20, 10), end=berlin(2026, 3, 20, 12))
    draft.unpublish()


def test_index_lists_events_not_yet_ended_soonest_first(client, calendar):
    html = client.get("/veranstaltungen/").content.decode()
    assert titles(html) == ["Läuft gerade", "Ende März", "Im April"]
    assert 'href="/veranstaltungen/archiv/"' in html


def test_archive_lists_past_events_newest_first(client, calendar):
    response = client.get("/veranstaltungen/archiv/")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == ["Vorbei im Februar", "Vorbei im Januar"]
    assert "<h1>Vergangene Veranstaltungen</h1>" in html


def test_event_moves_to_the_archive_once_it_has_ended(client, calendar):
    with time_machine.travel(berlin(2026, 3, 1, 14, 1), tick=False):
        assert "Läuft gerade" not in titles(client.get("/veranstaltungen/").content.decode())
        archived = titles(client.get("/veranstaltungen/archiv/").content.decode())
    assert archived[0] == "Läuft gerade"


def test_empty_calendar_says_so(client, event_index):
    html = client.get("/veranstaltungen/").content.decode()
    assert "Zurzeit sind keine Veranstaltungen geplant." in html
    assert (
        "Im Archiv ist noch keine Veranstaltung."
        in client.get("/veranstaltungen/archiv/").content.decode()
    )


def test_archive_is_paginated_by_address(client, make_event, frozen_now):
    for day in range(1, 13):
        make_event(
            title=f"Januar {day:02d}", start=berlin(2026, 1, day, 18), end=berlin(2026, 1, day, 20)
        )
    first = client.get("/veranstaltungen/archiv/").content.decode()
    assert titles(first) == [f"Januar {day:02d}" for day in range(12, 2, -1)]
    assert 'href="/veranstaltungen/archiv/seite-2/" rel="next"' in first
    second = client.get("/veranstaltungen/archiv/seite-2/").content.decode()
    assert titles(second) == ["Januar 02", "Januar 01"]
    assert 'href="/veranstaltungen/archiv/" rel="prev"' in second
    assert "Seite 2 von 2" in second
    redirect = client.get("/veranstaltungen/archiv/seite-1/")
    assert (redirect.status_code, redirect["Location"]) == (302, "/veranstaltungen/archiv/")
    assert client.get("/veranstaltungen/archiv/seite-3/").status_code == 404


def test_private_event_is_neither_listed_nor_shown_to_anonymous_visitors(
    client, make_event, calendar
):
    private = make_event(
        title="Nur intern", slug="intern", start=berlin(2026, 3, 2, 9), end=berlin(2026, 3, 2, 10)
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert "Nur intern" not in titles(client.get("/veranstaltungen/").content.decode())
    assert client.get("/veranstaltungen/intern/").status_code == 302  # to the login
    assert client.get("/veranstaltungen/intern/kalender/").status_code == 302


def test_listing_pages_render_in_english_too(client, calendar):
    assert client.get("/en/veranstaltungen/").status_code == 200
    assert client.get("/en/veranstaltungen/archiv/").status_code == 200


def test_anonymous_listings_carry_no_form(client, calendar):
    for url in ("/veranstaltungen/", "/veranstaltungen/archiv/"):
        assert "<form" not in client.get(url).content.decode()


def test_events_upcoming_gives_the_next_live_public_events_with_their_place(
    calendar, make_event, django_assert_num_queries
):
    private = make_event(
        title="Nur intern", start=berlin(2026, 3, 2, 9), end=berlin(2026, 3, 2, 10)
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    events = events_upcoming()
    assert [event.title for event in events] == ["Läuft gerade", "Ende März", "Im April"]
    with django_assert_num_queries(0):
        assert str(events[0].place) == "23909 Ratzeburg"
    assert [event.title for event in events_upcoming(limit=1)] == ["Läuft gerade"]


def test_events_upcoming_leaves_out_events_of_a_restricted_calendar(calendar, event_index):
    assert events_upcoming()
    PageViewRestriction.objects.create(page=event_index, restriction_type=PageViewRestriction.LOGIN)
    assert events_upcoming() == []


def test_events_upcoming_needs_one_query(calendar, django_assert_num_queries):
    with django_assert_num_queries(1):
        events_upcoming()
