from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import User
from founders.models import Founder
from vocabulary.geo import great_circle_km
from vocabulary.models import Place, ServiceArea
from vocabulary.services import places_load, service_areas_seed

REFERENCES = [
    ("23909", "Ratzeburg", 53.70, 10.77),
    ("19370", "Parchim", 53.43, 11.85),
    ("21502", "Geesthacht", 53.44, 10.38),
    ("19395", "Plau am See", 53.46, 12.26),
]


@pytest.mark.django_db
def test_full_load_stores_every_postcode_locality_and_a_rerun_changes_nothing(gazetteer):
    assert gazetteer.total == 12_815
    assert gazetteer.exact + gazetteer.approximate == 12_815
    assert 0 < gazetteer.approximate < gazetteer.exact
    assert Place.objects.count() == 12_815

    again = places_load()

    assert (again.created, again.updated, again.deleted) == (0, 0, 0)
    assert again.unchanged == 12_815
    assert Place.objects.count() == 12_815


@pytest.mark.django_db
@pytest.mark.parametrize(("postcode", "locality", "latitude", "longitude"), REFERENCES)
def test_reference_places_lie_within_two_km_of_their_known_position(
    place, postcode, locality, latitude, longitude
):
    found = place(postcode, locality)

    assert not found.approximate
    distance = great_circle_km(
        lat1=found.latitude, lon1=found.longitude, lat2=latitude, lon2=longitude
    )
    assert distance < 2


@pytest.mark.django_db
def test_a_village_missing_from_geonames_gets_the_position_of_its_postcode(place):
    village, town = place("23909", "Bäk"), place("23909", "Ratzeburg")

    assert village.approximate
    assert (village.latitude, village.longitude) == (town.latitude, town.longitude)


@pytest.mark.django_db
def test_a_far_namesake_does_not_lend_its_position(place):
    # GeoNames knows Tessin near Rostock, not the village by Boizenburg.
    village, town = place("19258", "Tessin b. Boizenburg"), place("19258", "Boizenburg/Elbe")

    assert village.approximate
    km = great_circle_km(
        lat1=village.latitude, lon1=village.longitude, lat2=town.latitude, lon2=town.longitude
    )
    assert km < 15


@pytest.mark.django_db
def test_rerun_repairs_rows_deletes_stale_ones_and_keeps_those_in_use(place):
    ratzeburg = place("23909", "Ratzeburg")
    Place.objects.filter(pk=ratzeburg.pk).update(latitude=0.0, longitude=0.0)
    unused = Place.objects.create(
        postcode="23900", locality="Nirgendwo", land="SH", latitude=53.7, longitude=10.7
    )
    in_use = Place.objects.create(
        postcode="23901", locality="Altdorf", land="SH", latitude=53.7, longitude=10.7
    )
    Founder.objects.create(user=User.objects.create_user("gruender@example.org"), place=in_use)

    result = places_load(postcode_prefixes=("239",))

    assert (result.updated, result.deleted, result.kept) == (1, 1, 1)
    ratzeburg.refresh_from_db()
    assert round(ratzeburg.latitude, 2) == 53.70
    assert not Place.objects.filter(pk=unused.pk).exists()
    assert Place.objects.filter(pk=in_use.pk).exists()
    assert Place.objects.count() == 12_815 + 1


@pytest.mark.django_db
def test_seeding_twice_creates_no_duplicates_and_keeps_coordinators_edits():
    area = ServiceArea.objects.get(name="Kreis Herzogtum Lauenburg")
    area.postcodes = "23909"
    area.save()

    assert service_areas_seed() == {
        "Kreis Herzogtum Lauenburg": False,
        "Landkreis Ludwigslust-Parchim": False,
    }
    assert ServiceArea.objects.count() == 2
    area.refresh_from_db()
    assert area.postcodes == "23909"

    service_areas_seed(overwrite=True)
    area.refresh_from_db()
    assert "21039 Börnsen" in area.postcodes


@pytest.mark.django_db
def test_seeding_recreates_a_missing_district():
    ServiceArea.objects.filter(name="Landkreis Ludwigslust-Parchim").delete()

    written = service_areas_seed()

    assert written["Landkreis Ludwigslust-Parchim"] is True
    assert ServiceArea.objects.filter(name="Landkreis Ludwigslust-Parchim").exists()


@pytest.mark.django_db
def test_load_places_command_prints_progress_and_counts():
    out = StringIO()

    call_command("load_places", stdout=out)

    text = out.getvalue()
    assert "Reading postcodes" in text
    assert "12815 in total" in text
    assert "approximate" in text
    assert "Service area Kreis Herzogtum Lauenburg: kept as it is." in text
