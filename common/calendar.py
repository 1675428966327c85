"""The .ics file of one event or several (RFC 5545): plain event data in, bytes out; no Django,
no database.

Times are written with TZID=Europe/Berlin and a matching VTIMEZONE, so a calendar shows the
event at the local time the organiser meant, on either side of a change to or from summer time.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

PRODUCT_ID = "-//Landvorteil Mentoring//Veranstaltungen//DE"
REGION_TIME_ZONE = ZoneInfo("Europe/Berlin")

_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|ul|ol)>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, kw_only=True)
class CalendarEvent:
    uid: str
    summary: str
    start: datetime  # aware
    end: datetime  # aware
    stamp: datetime  # aware: when the event was last changed (DTSTAMP)
    all_day: bool = False
    description: str = ""  # plain text
    location: str = ""
    url: str = ""


def plain_text(html: str) -> str:
    """Rich text as plain text: one line per paragraph or list item, tags and entities gone."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", html))
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _days(event: CalendarEvent) -> tuple[date, date]:
    # All-day events are DATE values; DTEND is exclusive, so the day after the last one.
    first = event.start.astimezone(REGION_TIME_ZONE).date()
    last = max(event.end.astimezone(REGION_TIME_ZONE).date(), first)
    return first, last + timedelta(days=1)


def event_calendar(event: CalendarEvent) -> bytes:
    """A VCALENDAR holding the event as one VEVENT, with the VTIMEZONE it refers to."""
    return events_calendar([event])


def _vevent(event: CalendarEvent) -> Event:
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", event.stamp.astimezone(ZoneInfo("UTC")))
    if event.all_day:
        first, after_last = _days(event)
        vevent.add("dtstart", first)
        vevent.add("dtend", after_last)
    else:
        start = event.start.astimezone(REGION_TIME_ZONE)
        vevent.add("dtstart", start)
        vevent.add("dtend", max(event.end.astimezone(REGION_TIME_ZONE), start))
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.location:
        vevent.add("location", event.location)
    if event.url:
        vevent.add("url", event.url)
    return vevent


def events_calendar(events: Sequence[CalendarEvent]) -> bytes:
    """A VCALENDAR holding each event as a VEVENT, with the VTIMEZONE the timed ones refer to."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for event in events:
        calendar.add_component(_vevent(event))
    timed = [event for event in events if not event.all_day]
    if timed:
        # Only the transitions around the events: a short VTIMEZONE every client understands.
        calendar.add_missing_timezones(
            first_date=min(event.start.date() for event in timed) - timedelta(days=366),
            last_date=max(event.end.date() for event in timed) + timedelta(days=366),
        )
    return calendar.to_ical()
