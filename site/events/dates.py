"""How an event's date and time read: "Donnerstag, 4. Dezember 2026, 17:00–19:30 Uhr".

Events happen in the region, so they are always shown in its time zone (settings.TIME_ZONE,
Europe/Berlin), whatever time zone is active. The format strings are translatable, so the
English site can read "Thursday, 4 December 2026, 17:00–19:30".
"""

from datetime import datetime

from django.utils import dateformat, timezone
from django.utils.translation import pgettext


def local(value: datetime) -> datetime:
    """The moment in the region's time zone."""
    return timezone.localtime(value, timezone.get_default_timezone())


def event_when(*, start: datetime, end: datetime, all_day: bool = False) -> str:
    """The date (and time, unless all day) of an event as a reader says it."""
    start, end = local(start), local(end)
    day_format = pgettext("date of an event, PHP-style format", "l, j. F Y")
    time_format = pgettext("time of an event, PHP-style format", "H:i")
    first_day = dateformat.format(start, day_format)
    last_day = dateformat.format(end, day_format)
    if all_day:
        if start.date() >= end.date():
            return first_day
        return pgettext("all-day event over several days", "%(first)s bis %(last)s") % {
            "first": first_day,
            "last": last_day,
        }
    first_time = dateformat.format(start, time_format)
    last_time = dateformat.format(end, time_format)
    if end <= start:
        return pgettext("event with a start time only", "%(day)s, %(time)s Uhr") % {
            "day": first_day,
            "time": first_time,
        }
    if start.date() == end.date():
        return pgettext("event on one day", "%(day)s, %(start)s–%(end)s Uhr") % {
            "day": first_day,
            "start": first_time,
            "end": last_time,
        }
    return pgettext(
        "event over several days", "%(first)s, %(start)s Uhr bis %(last)s, %(end)s Uhr"
    ) % {"first": first_day, "start": first_time, "last": last_day, "end": last_time}
