"""The .ics download: parses, keeps local times in Europe/Berlin across summer time, stable UID."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from common.calendar import CalendarEvent, event_calendar, plain_text
from events.tests.conftest import berlin

pytestmark = pytest.mark.django_db
UTC = ZoneInfo("UTC")


def download(client, slug: str):
    response = client.get(f"/veranstaltungen/{slug}/kalender/")
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def only_event(calendar: Calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def test_download_is_a_utf8_calendar_named_after_the_slug(client, make_event):
    make_event(slug="gruenden-im-nebenerwerb", title="Gründen im Nebenerwerb")
    response, calendar = download(client, "gruenden-im-nebenerwerb")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="gruenden-im-nebenerwerb.ics"'
    assert str(only_event(calendar)["SUMMARY"]) == "Gründen im Nebenerwerb"


def test_local_times_hold_on_both_sides_of_the_change_to_summer_time(client, make_event):
    # Summer time starts on Sunday, 29 March 2026: 10:00 is 09:00 UTC before, 08:00 UTC after.
    make_event(slug="vorher", start=berlin(2026, 3, 28, 10), end=berlin(2026, 3, 28, 12))
    make_event(slug="nachher", start=berlin(2026, 3, 30, 10), end=berlin(2026, 3, 30, 12))
    for slug, day, utc_hour in (("vorher", 28, 9), ("nachher", 30, 8)):
        response, calendar = download(client, slug)
        event = only_event(calendar)
        start, end = event["DTSTART"], event["DTEND"]
        assert start.params["TZID"] == "Europe/Berlin"
        assert end.params["TZID"] == "Europe/Berlin"
        assert start.dt.replace(tzinfo=None) == datetime(2026, 3, day, 10, 0)
        assert end.dt.replace(tzinfo=None) == datetime(2026, 3, day, 12, 0)
        assert start.dt.astimezone(UTC) == datetime(2026, 3, day, utc_hour, tzinfo=UTC)
        assert f"DTSTART;TZID=Europe/Berlin:202603{day}T100000" in response.content.decode()
        (vtimezone,) = calendar.walk("VTIMEZONE")
        assert vtimezone["TZID"] == "Europe/Berlin"


def test_uid_is_stable_per_event_across_downloads_and_edits(client, make_event):
    event = make_event(slug="abend")
    other = make_event(slug="morgen")
    first = only_event(download(client, "abend")[1])["UID"]
    event.title = "Gründen im Nebenerwerb – neuer Termin"
    event.save_revision().publish()
    second = only_event(download(client, "abend")[1])["UID"]
    assert first == second == f"event-{event.pk}@localhost"
    assert only_event(download(client, "morgen")[1])["UID"] == f"event-{other.pk}@localhost"


def test_calendar_carries_description_location_and_address(client, make_event):
    make_event(
        slug="abend",
        intro="Was Sie vor dem ersten Schritt wissen sollten.",
        description=(
            "<p>Ein Abend mit <b>Zeit</b> für Fragen &amp; Antworten.</p><ul><li>Steuern</li></ul>"
        ),
        registration_note="Kostenlos",
    )
    event = only_event(download(client, "abend")[1])
    assert str(event["DESCRIPTION"]) == (
        "Was Sie vor dem ersten Schritt wissen sollten.\n\n"
        "Ein Abend mit Zeit für Fragen & Antworten.\nSteuern\n\nKostenlos"
    )
    assert str(event["LOCATION"]) == "Alte Meierei, Domhof 1, 23909 Ratzeburg"
    assert str(event["URL"]) == "http://localhost/veranstaltungen/abend/"
    assert event["DTSTAMP"].dt.tzinfo is not None


def test_all_day_event_is_written_as_whole_days():
    payload = event_calendar(
        CalendarEvent(
            uid="event-1@example.org",
            summary="Hoffest",
            start=berlin(2026, 6, 13, 0),
            end=berlin(2026, 6, 14, 23, 59, 59),
            stamp=berlin(2026, 5, 1, 9),
            all_day=True,
        )
    )
    event = only_event(Calendar.from_ical(payload))
    assert event["DTSTART"].dt == date(2026, 6, 13)
    assert event["DTEND"].dt == date(2026, 6, 15)  # exclusive: the day after the last


def test_plain_text_keeps_paragraphs_and_drops_markup():
    assert plain_text(
        "<h2>Ablauf</h2><p>Erst&nbsp;reden,<br/>dann <a href='/x'>planen</a>.</p>"
    ) == ("Ablauf\nErst reden,\ndann planen.")
