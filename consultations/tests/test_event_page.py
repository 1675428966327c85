"""A confirmed Sprechtag is an event: in the events listing, with its calendar file, and its
registration link leads to the booking page. Made once, when the line-up is confirmed."""

from datetime import time

import pytest
from wagtail.models import Site

from consultations.endings import consultation_day_cancel
from consultations.services import (
    consultation_day_confirm,
    consultation_experts_invite,
    consultation_invitation_accept,
)
from events.models import EventFormat, EventIndexPage, EventPage
from events.services import event_page_for_consultation_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(db) -> EventIndexPage:
    home = Site.objects.get(is_default_site=True).root_page.specific
    return home.add_child(instance=EventIndexPage(title="Veranstaltungen", slug="veranstaltungen"))


def _confirmed(make_day, make_expert, capture):
    """A day with one expert from 14 to 16, confirmed; its event page made after commit."""
    day = make_day()
    (invitation,) = consultation_experts_invite(day=day, mentor_ids=[make_expert().pk])
    consultation_invitation_accept(
        invitation=invitation, available_from=time(14), available_until=time(16)
    )
    with capture(execute=True):
        return consultation_day_confirm(day=day)


def test_confirming_the_line_up_lists_the_day_among_the_events_with_its_booking_link(
    client, event_index, make_day, make_expert, django_capture_on_commit_callbacks
):
    day = _confirmed(make_day, make_expert, django_capture_on_commit_callbacks)
    page = EventPage.objects.get(consultation_day=day, alias_of__isnull=True)
    assert page.live and page.format == EventFormat.OFFICE_HOURS
    assert page.registration_url.endswith(f"/sprechtage/{day.pk}/")
    assert (page.venue, page.place) == ("Dorfbüro Mölln", day.space.place)
    listing = client.get(event_index.url).content.decode()
    assert day.title in listing
    calendar = client.get(page.url + "kalender/")
    assert calendar["Content-Type"].startswith("text/calendar")
    assert "Dorfbüro Mölln" in calendar.content.decode()
    assert event_page_for_consultation_day(day_id=day.pk) == page  # not made twice
    assert EventPage.objects.filter(consultation_day=day, alias_of__isnull=True).count() == 1


def test_an_innovationsort_links_its_upcoming_sprechtage(client, confirmed_day, make_day):
    make_day(title="Noch in Planung")  # not bookable yet: not linked
    html = client.get("/innovationsorte/").content.decode()
    assert f'<a href="/sprechtage/{confirmed_day.pk}/">Gründungssprechtag Mölln</a>' in html
    assert "Noch in Planung" not in html


def test_a_called_off_day_leaves_the_events_listing(
    client, event_index, make_day, make_expert, django_capture_on_commit_callbacks
):
    day = _confirmed(make_day, make_expert, django_capture_on_commit_callbacks)
    page = EventPage.objects.get(consultation_day=day, alias_of__isnull=True)
    assert client.get(page.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        consultation_day_cancel(day=day, by=None, reason="Krankheit")
    assert not EventPage.objects.filter(consultation_day=day).live().exists()
    assert client.get(page.url).status_code == 404
