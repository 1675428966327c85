from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError

from vocabulary.models import Place, ServiceArea
from vocabulary.selectors import (
    place_for_postcode,
    place_in_service_region,
    places_in_service_region,
    places_named,
    places_search,
    places_within,
    service_area_q,
    service_areas_for_place,
    within_radius,
)

INSIDE = [
    ("23909", "Ratzeburg"),
    ("23879", "Mölln"),
    ("21502", "Geesthacht"),
    ("21481", "Lauenburg/Elbe"),
    ("21493", "Schwarzenbek"),
    ("21514", "Büchen"),
    ("21465", "Wentorf bei Hamburg"),
    ("21039", "Börnsen"),
    ("19370", "Parchim"),
    ("19288", "Ludwigslust"),
    ("19230", "Hagenow"),
    ("19258", "Boizenburg/Elbe"),
    ("19249", "Lübtheen"),
    ("19395", "Plau am See"),
    ("19089", "Crivitz"),
    ("19406", "Sternberg"),
    ("19399", "Goldberg"),
    ("19386", "Lübz"),
    ("19303", "Dömitz"),
    ("19246", "Zarrentin am Schaalsee"),
    ("19243", "Wittenburg"),
    ("19300", "Grabow"),
    ("19306", "Neustadt-Glewe"),
    ("19412", "Brüel"),
    ("19079", "Banzkow"),
]
OUTSIDE = [
    ("19055", "Schwerin"),
    ("20095", "Hamburg"),
    ("21039", "Hamburg"),
    ("21465", "Reinbek"),
    ("19205", "Gadebusch"),
    ("19417", "Warin"),
    ("23552", "Lübeck"),
    ("23843", "Bad Oldesloe"),
    ("19273", "Amt Neuhaus"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("postcode", "locality"), INSIDE)
def test_places_of_the_two_districts_are_in_the_service_region(place, postcode, locality):
    assert place_in_service_region(place=place(postcode, locality))


@pytest.mark.django_db
@pytest.mark.parametrize(("postcode", "locality"), OUTSIDE)
def test_neighbours_of_the_districts_are_outside(place, postcode, locality):
    assert not place_in_service_region(place=place(postcode, locality))


@pytest.mark.django_db
def test_no_schwerin_postcode_belongs_to_the_region():
    assert not places_in_service_region().filter(locality="Schwerin").exists()
    assert set(places_in_service_region().values_list("land", flat=True)) == {"SH", "MV"}


@pytest.mark.django_db
def test_a_place_knows_its_district(place):
    areas = service_areas_for_place(place=place("23909", "Ratzeburg"))

    assert [area.name for area in areas] == ["Kreis Herzogtum Lauenburg"]


@pytest.mark.django_db
def test_an_areas_filter_finds_exactly_the_places_it_covers():
    # Reports count in the database what service_areas_for_place decides in Python.
    for area in ServiceArea.objects.all():
        filtered = set(Place.objects.filter(service_area_q(area=area)))
        nearby = Place.objects.filter(postcode__in={entry.postcode for entry in area.entries()})
        covered = {p for p in nearby if area in service_areas_for_place(place=p)}
        assert filtered == covered and len(covered) > 100
        assert "Reinbek" not in {p.locality for p in filtered}  # shares 21465 with Wentorf


@pytest.mark.django_db
def test_a_coordinators_new_area_widens_the_region(place):
    schwerin = place("19055", "Schwerin")
    ServiceArea.objects.create(name="Schwerin", postcodes="19055")

    assert place_in_service_region(place=schwerin)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("99999", "Diese Postleitzahlen kennen wir nicht: 99999."),
        ("23909\n12a", "Diese Zeilen verstehen wir nicht: „12a“."),
        ("23909 Hamburg", "gibt es unter der angegebenen Postleitzahl nicht: „23909 Hamburg“"),
        ("# nur ein Kommentar", "Bitte tragen Sie mindestens eine Postleitzahl ein."),
    ],
)
def test_service_area_lists_are_checked_against_the_gazetteer(text, message):
    area = ServiceArea(name="Probe", postcodes=text)

    with pytest.raises(ValidationError) as raised:
        area.full_clean()

    assert any(message in str(error) for error in raised.value.message_dict["postcodes"])


@pytest.mark.django_db
def test_a_valid_service_area_list_passes():
    ServiceArea(name="Probe", postcodes="23909 # Ratzeburg\n21039 Börnsen, 23911").full_clean()


@pytest.mark.django_db
def test_a_postcode_alone_means_its_main_locality():
    assert str(place_for_postcode("23909")) == "23909 Ratzeburg"
    assert place_for_postcode("99999") is None


@pytest.mark.django_db
def test_names_are_found_in_any_usual_spelling():
    assert "23879 Mölln" in [str(found) for found in places_named(name="Moelln")]
    assert [str(found) for found in places_named(name="Lauenburg")] == ["21481 Lauenburg/Elbe"]
    assert [str(found) for found in places_named(name="Bäk", postcode="23909")] == ["23909 Bäk"]


@pytest.mark.django_db
def test_suggestions_start_with_the_best_known_place():
    assert str(places_search(query="ratz")[0]) == "23909 Ratzeburg"
    by_postcode = places_search(query="239")
    assert len(by_postcode) == 10
    assert all(found.postcode.startswith("239") for found in by_postcode)
    assert places_search(query="r") == []


@pytest.mark.django_db
def test_places_within_a_radius_come_nearest_first(place):
    ratzeburg = place("23909", "Ratzeburg")

    found = places_within(origin=ratzeburg, radius_km=20)

    distances = [km for _place, km in found]
    assert distances == sorted(distances)
    names = {str(hit) for hit, _km in found}
    assert {"23909 Ratzeburg", "23879 Mölln"} <= names
    assert "19370 Parchim" not in names
    assert all(km <= 20 for km in distances)


@pytest.mark.django_db
def test_who_is_within_a_radius_among_given_people(place):
    mentors = [
        SimpleNamespace(name="Parchim", place=place("19370", "Parchim")),
        SimpleNamespace(name="Mölln", place=place("23879", "Mölln")),
        SimpleNamespace(name="Plau", place=place("19395", "Plau am See")),
    ]

    found = within_radius(
        origin=place("23909", "Ratzeburg"),
        radius_km=80,
        items=mentors,
        place_of=lambda mentor: mentor.place,
    )

    assert [(mentor.name, round(km)) for mentor, km in found] == [("Mölln", 11), ("Parchim", 77)]


@pytest.mark.django_db
def test_places_within_can_search_only_given_places(place):
    candidates = [place("19370", "Parchim"), place("19395", "Plau am See")]

    found = places_within(origin=place("19370", "Parchim"), radius_km=30, places=candidates)

    assert [str(hit) for hit, _km in found] == ["19370 Parchim", "19395 Plau am See"]
    assert Place.objects.count() == 12_815
