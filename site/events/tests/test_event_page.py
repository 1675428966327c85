"""The event page: German date and time, place, registration, calendar link, past-event note."""

import pytest
from django.utils import timezone, translation

from events.dates import event_when
from events.tests.conftest import berlin

pytestmark = pytest.mark.django_db


def test_event_page_shows_date_and_time_in_german(client, make_event, frozen_now):
    make_event(slug="abend", start=berlin(2026, 12, 3, 17), end=berlin(2026, 12, 3, 19, 30))
    response = client.get("/veranstaltungen/abend/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Donnerstag, 3. Dezember 2026, 17:00–19:30 Uhr" in html
    assert 'datetime="2026-12-03T17:00:00+01:00"' in html


def test_event_page_shows_place_registration_and_calendar_link(client, make_event, frozen_now):
    make_event(
        slug="abend",
        registration_url="https://anmeldung.example.org/abend",
        registration_note="Kostenlos, Anmeldung bis 1. Dezember",
    )
    html = client.get("/veranstaltungen/abend/").content.decode()
    assert "Alte Meierei" in html and "Domhof 1" in html and "23909 Ratzeburg" in html
    assert 'href="https://anmeldung.example.org/abend" rel="external noopener">Anmelden<' in html
    assert "Kostenlos, Anmeldung bis 1. Dezember" in html
    assert 'href="/veranstaltungen/abend/kalender/"' in html
    assert "Termin in den Kalender übernehmen (.ics)" in html
    assert "liegt in der Vergangenheit" not in html
    assert "<form" not in html


def test_past_event_says_so_and_offers_no_registration(client, make_event, frozen_now):
    make_event(
        slug="vorbei",
        start=berlin(2026, 2, 10, 18),
        end=berlin(2026, 2, 10, 20),
        registration_url="https://anmeldung.example.org/vorbei",
    )
    html = client.get("/veranstaltungen/vorbei/").content.decode()
    assert "Diese Veranstaltung liegt in der Vergangenheit." in html
    assert "https://anmeldung.example.org/vorbei" not in html


def test_event_page_lists_its_topics(client, make_event, frozen_now):
    from vocabulary.models import Topic

    event = make_event(slug="steuern")
    event.topics.set(Topic.objects.filter(slug__in=["steuern", "recht"]))
    event.save_revision().publish()
    html = client.get("/veranstaltungen/steuern/").content.decode()
    assert "Steuern &amp; Buchhaltung" in html and "Recht &amp; Verträge" in html


def test_event_page_renders_in_english(client, make_event, frozen_now):
    make_event(slug="abend")
    response = client.get("/en/veranstaltungen/abend/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.parametrize(
    ("start", "end", "all_day", "expected"),
    [
        (
            berlin(2026, 12, 3, 17),
            berlin(2026, 12, 3, 19, 30),
            False,
            "Donnerstag, 3. Dezember 2026, 17:00–19:30 Uhr",
        ),
        (
            berlin(2026, 3, 28, 10),
            berlin(2026, 3, 29, 16),
            False,
            "Samstag, 28. März 2026, 10:00 Uhr bis Sonntag, 29. März 2026, 16:00 Uhr",
        ),
        (berlin(2026, 6, 13, 0), berlin(2026, 6, 13, 23, 59), True, "Samstag, 13. Juni 2026"),
        (
            berlin(2026, 6, 13, 0),
            berlin(2026, 6, 14, 23, 59),
            True,
            "Samstag, 13. Juni 2026 bis Sonntag, 14. Juni 2026",
        ),
        (berlin(2026, 5, 1, 9), berlin(2026, 5, 1, 9), False, "Freitag, 1. Mai 2026, 09:00 Uhr"),
    ],
)
def test_dates_read_the_way_people_say_them(start, end, all_day, expected):
    with translation.override("de"):
        assert event_when(start=start, end=end, all_day=all_day) == expected


def test_dates_are_shown_in_the_region_whatever_zone_is_active():
    with translation.override("de"), timezone.override("America/New_York"):
        text = event_when(start=berlin(2026, 12, 3, 17), end=berlin(2026, 12, 3, 19, 30))
    assert text == "Donnerstag, 3. Dezember 2026, 17:00–19:30 Uhr"
