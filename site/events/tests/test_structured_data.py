"""An event tells search engines what, when and where (schema.org Event as JSON-LD)."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def _json_ld(html: str) -> dict:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_an_event_at_a_venue_has_its_address_and_dates(client, make_event):
    event = make_event()
    data = _json_ld(client.get(event.url).content.decode())
    assert data["@type"] == "Event"
    assert data["startDate"] == "2026-12-03T17:00:00+01:00"
    assert data["endDate"] == "2026-12-03T19:30:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Alte Meierei"
    assert data["location"]["address"]["postalCode"] == "23909"
    assert data["location"]["address"]["streetAddress"] == "Domhof 1"
    assert data["organizer"]["name"] == "Landvorteil"


def test_an_online_event_is_a_virtual_location(client, make_event):
    event = make_event(place=None, venue="", street_address="", online=True)
    data = _json_ld(client.get(event.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
