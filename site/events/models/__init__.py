"""Event pages: the calendar of workshops, office hours, pop-ups and festivals, and its archive."""

from events.models.event import EventFormat, EventPage
from events.models.index import EventIndexPage

__all__ = ["EventFormat", "EventIndexPage", "EventPage"]
