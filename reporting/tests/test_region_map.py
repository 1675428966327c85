"""The map: districts outlined by the hull of their places, circles sized by count."""

import re

import pytest

from reporting.region_map import MAX_RADIUS, MIN_RADIUS, region_map
from reporting.selectors import AreaPlaces, PlaceCount, RegionPlaces, region_places
from reporting.tests.conftest import PERIOD

pytestmark = pytest.mark.django_db


def test_the_region_places_are_counted_per_place(known):
    places = region_places(period=PERIOD)
    counts = {p.name: (p.requests, p.mentors) for p in places.places}
    assert counts == {"Ratzeburg": (2, 1), "Mölln": (1, 1), "Parchim": (2, 1)}
    assert places.requests_elsewhere == 1  # Berlin
    assert {a.name: len(a.coordinates) for a in places.areas} == {
        "Herzogtum Lauenburg": 3,
        "Ludwigslust-Parchim": 3,
    }


def test_hulls_circles_and_north_up():
    square = [(53.0, 10.0), (53.0, 11.0), (54.0, 10.0), (54.0, 11.0), (53.5, 10.5)]
    drawn = region_map(
        places=RegionPlaces(
            areas=[AreaPlaces(name="Quadrat", coordinates=square)],
            places=[
                PlaceCount("Nord", 54.0, 10.0, requests=4, mentors=0),
                PlaceCount("Süd", 53.0, 10.0, requests=1, mentors=1),
            ],
            requests_elsewhere=0,
        )
    )
    assert len(drawn.outlines[0].points.split()) == 4  # the middle point is inside the hull
    north, south = drawn.requests
    assert north.y < south.y and north.r == MAX_RADIUS
    assert MIN_RADIUS < south.r < MAX_RADIUS / 2 + MIN_RADIUS  # a quarter of the area
    assert [c.place for c in drawn.mentors] == ["Süd"]
    assert drawn.width < drawn.height == 640  # a degree of longitude is shorter up north


def test_districts_on_a_line_or_with_too_few_places_still_draw():
    line = [(53.0, 10.0), (53.5, 10.5), (54.0, 11.0)]
    drawn = region_map(
        places=RegionPlaces(
            areas=[AreaPlaces("Linie", line), AreaPlaces("Punkt", [(53.2, 10.2)])],
            places=[],
            requests_elsewhere=0,
        )
    )
    assert [len(o.points.split()) for o in drawn.outlines] == [3, 1]


def test_the_page_draws_the_districts_and_a_circle_per_place_and_kind(
    client, coordinator_user, known
):
    client.force_login(coordinator_user)
    page = client.get("/admin/berichte/?first=2026-01&last=2026-03").content.decode()
    svg = re.search(r'<svg class="report-map".*?</svg>', page, re.S).group(0)
    assert svg.count("<polygon") == 2
    assert svg.count('class="report-map__requests"') == 3
    assert svg.count('class="report-map__mentors"') == 3
    assert "<title>Ratzeburg: 2 Anfragen</title>" in svg
    assert "<title>Mölln: 1 Expert:in</title>" in svg
    assert ">Ludwigslust-Parchim</text>" in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # no tiles
