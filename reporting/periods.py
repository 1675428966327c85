"""Report periods: whole calendar months in the region's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format

DEFAULT_MONTHS = 12
MAX_MONTHS = 60  # five years at most: one chart bar group per month must stay readable


def month_add(month: date, months: int) -> date:
    """The first day of the month `months` after (or before) `month`."""
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _region_zone() -> ZoneInfo:
    # The region's months, whatever time zone a request or an admin user has switched to.
    return ZoneInfo(settings.TIME_ZONE)


def month_start(day: date) -> datetime:
    """Midnight at the start of `day`'s month in the region (aware)."""
    return datetime.combine(day.replace(day=1), time.min, tzinfo=_region_zone())


def month_label(month: date) -> str:
    """Short month and year, e.g. „Jan. 2026“."""
    return date_format(month, "M Y")


@dataclass(frozen=True)
class Period:
    """From the first day of `first` to the last day of `last` (both months included)."""

    first: date
    last: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "first", self.first.replace(day=1))
        object.__setattr__(self, "last", self.last.replace(day=1))

    @property
    def months(self) -> list[date]:
        count = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1
        return [month_add(self.first, i) for i in range(max(count, 0))]

    @property
    def start(self) -> datetime:
        return month_start(self.first)

    @property
    def end(self) -> datetime:
        """Exclusive: midnight at the start of the month after `last`."""
        return month_start(month_add(self.last, 1))

    @property
    def end_date(self) -> date:
        """Exclusive, as a date (for date fields)."""
        return month_add(self.last, 1)


def period_default(*, today: date | None = None) -> Period:
    """The last twelve months, the current one included."""
    today = today or timezone.localdate(timezone=_region_zone())
    return Period(first=month_add(today.replace(day=1), 1 - DEFAULT_MONTHS), last=today)
