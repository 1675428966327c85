"""The page tree the event tests stand on: the home page, a calendar, events made to order."""

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from wagtail.models import Site

from events.models import EventFormat, EventIndexPage, EventPage
from pages.models import HomePage
from vocabulary.models import Land, Place

BERLIN = ZoneInfo("Europe/Berlin")
# "Now" in these tests: Sunday, 1 March 2026, noon in the region (winter time).
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def frozen_now():
    with time_machine.travel(NOW, tick=False):
        yield NOW


@pytest.fixture
def home(db) -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def event_index(home) -> EventIndexPage:
    return home.add_child(
        instance=EventIndexPage(
            title="Veranstaltungen",
            slug="veranstaltungen",
            intro="<p>Workshops, Sprechstunden und Festivals in der Region.</p>",
        )
    )


@pytest.fixture
def ratzeburg(db) -> Place:
    return Place.objects.create(
        postcode="23909", locality="Ratzeburg", land=Land.SH, latitude=53.699, longitude=10.772
    )


@pytest.fixture
def make_event(event_index, ratzeburg) -> Callable[..., EventPage]:
    def make(**fields) -> EventPage:
        title = fields.pop("title", "Gründen im Nebenerwerb")
        defaults = {
            "title": title,
            "slug": fields.pop("slug", None) or f"termin-{EventPage.objects.count() + 1}",
            "intro": "Was Sie vor dem ersten Schritt wissen sollten.",
            "description": "<p>Ein Abend mit Zeit für Ihre Fragen.</p>",
            "start": berlin(2026, 12, 3, 17, 0),
            "end": berlin(2026, 12, 3, 19, 30),
            "format": EventFormat.WORKSHOP,
            "venue": "Alte Meierei",
            "street_address": "Domhof 1",
            "place": ratzeburg,
            "organiser": "Landvorteil",
        }
        return event_index.add_child(instance=EventPage(**{**defaults, **fields}))

    return make
