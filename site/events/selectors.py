"""Reads of events: what is coming up (site-wide and per calendar) and what is archived.

An event counts as upcoming until it has ended, so one running right now is still listed.
"""

from datetime import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.dates import local
from events.models import EventIndexPage, EventPage


def _visible() -> QuerySet[EventPage]:
    # Like Page.objects.public(), but as a subquery: public() first reads every restriction in
    # a query of its own, and the home page that shows these events counts its queries.
    restricted_self_or_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return (
        EventPage.objects.live()
        .filter(~Exists(restricted_self_or_ancestor))
        .select_related("place")
    )


def _in_calendar(index: EventIndexPage) -> QuerySet[EventPage]:
    # Restrictions above the calendar were checked before it was served, so only an event's
    # own restriction can hide it here: a join, not public()'s extra query over all of them.
    return (
        EventPage.objects.child_of(index)
        .live()
        .filter(view_restrictions__isnull=True)
        .select_related("place")
    )


def events_upcoming(
    *, limit: int = 3, locale_id: int | None = None, now: datetime | None = None
) -> list[EventPage]:
    """The next events anywhere on the site (in one language's tree), soonest first."""
    now = now or timezone.now()
    events = _visible().filter(end__gte=now)
    if locale_id is not None:
        events = events.filter(locale_id=locale_id)
    return list(events.order_by("start", "end", "pk")[:limit])


def event_index_upcoming(*, index: EventIndexPage, now: datetime | None = None) -> list[EventPage]:
    """The events of one calendar that have not ended yet, soonest first."""
    now = now or timezone.now()
    return list(_in_calendar(index).filter(end__gte=now).order_by("start", "end", "pk"))


def event_index_archive(
    *, index: EventIndexPage, now: datetime | None = None
) -> QuerySet[EventPage]:
    """The events of one calendar that are over, newest first."""
    now = now or timezone.now()
    return _in_calendar(index).filter(end__lt=now).order_by("-start", "-end", "-pk")


def event_structured_data(*, event: EventPage, url: str) -> dict:
    """schema.org Event: name, dates, and where (a place with its address, or online)."""
    place = None
    if event.place_id:
        place = {
            "@type": "Place",
            "name": event.venue or event.place.locality,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.street_address,
                "postalCode": event.place.postcode,
                "addressLocality": event.place.locality,
                "addressCountry": "DE",
            },
        }
    online = {"@type": "VirtualLocation", "url": event.registration_url or url}
    locations = [location for location in (place, online if event.online else None) if location]
    if place and event.online:
        mode = "MixedEventAttendanceMode"
    elif event.online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": " ".join(event.intro.split()),
        "startDate": local(event.start).isoformat(),
        "endDate": local(event.end).isoformat(),
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "eventStatus": "https://schema.org/EventScheduled",
        "url": url,
        "inLanguage": "de",
        "isAccessibleForFree": True,
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    return data
