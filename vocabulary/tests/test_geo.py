import numpy as np
import pytest

from vocabulary.geo import PlaceIndex, great_circle_km

RATZEBURG = (53.69965, 10.77256)
PARCHIM = (53.42631, 11.84875)
MOELLN = (53.61702, 10.68742)
HAMBURG = (53.55073, 9.99302)
BERLIN = (52.52437, 13.41053)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return great_circle_km(lat1=a[0], lon1=a[1], lat2=b[0], lon2=b[1])


def test_ratzeburg_to_parchim_is_about_77_km():
    assert km(RATZEBURG, PARCHIM) == pytest.approx(77, abs=2)


def test_hamburg_to_berlin_is_about_255_km():
    assert km(HAMBURG, BERLIN) == pytest.approx(255, abs=3)


def test_distance_is_symmetric_and_zero_for_the_same_point():
    assert km(RATZEBURG, PARCHIM) == pytest.approx(km(PARCHIM, RATZEBURG))
    assert km(RATZEBURG, RATZEBURG) == 0


def test_distance_works_on_arrays():
    distances = great_circle_km(
        lat1=RATZEBURG[0],
        lon1=RATZEBURG[1],
        lat2=[PARCHIM[0], MOELLN[0]],
        lon2=[PARCHIM[1], MOELLN[1]],
    )

    assert isinstance(distances, np.ndarray)
    assert distances == pytest.approx([km(RATZEBURG, PARCHIM), km(RATZEBURG, MOELLN)])


def index() -> PlaceIndex:
    points = {"parchim": PARCHIM, "moelln": MOELLN, "hamburg": HAMBURG, "berlin": BERLIN}
    return PlaceIndex.from_coordinates(
        ids=list(points),
        latitudes=[lat for lat, _ in points.values()],
        longitudes=[lon for _, lon in points.values()],
    )


def test_radius_search_returns_the_places_inside_nearest_first_with_distances():
    found = index().within(latitude=RATZEBURG[0], longitude=RATZEBURG[1], radius_km=80)

    assert [place_id for place_id, _km in found] == ["moelln", "hamburg", "parchim"]
    assert found[0][1] == pytest.approx(km(RATZEBURG, MOELLN), abs=0.01)
    assert found[2][1] == pytest.approx(77, abs=2)


def test_radius_search_leaves_out_what_lies_beyond_the_radius():
    found = index().within(latitude=RATZEBURG[0], longitude=RATZEBURG[1], radius_km=60)

    assert "parchim" not in [place_id for place_id, _km in found]
    assert "berlin" not in [place_id for place_id, _km in found]


def test_nearest_returns_the_closest_places():
    found = index().nearest(latitude=PARCHIM[0], longitude=PARCHIM[1], count=2)

    assert [place_id for place_id, _km in found] == ["parchim", "moelln"]
    assert found[0][1] == pytest.approx(0, abs=1e-6)


def test_an_empty_index_finds_nothing():
    empty = PlaceIndex.from_coordinates(ids=[], latitudes=[], longitudes=[])

    assert len(empty) == 0
    assert empty.within(latitude=53.7, longitude=10.8, radius_km=100) == []
    assert empty.nearest(latitude=53.7, longitude=10.8, count=3) == []


def test_mismatched_inputs_are_refused():
    with pytest.raises(ValueError):
        PlaceIndex.from_coordinates(ids=[1, 2], latitudes=[53.0], longitudes=[10.0])
