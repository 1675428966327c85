"""The public directory of Innovationsorte: filters a visitor understands, examples marked."""

import pytest
from django.urls import reverse

from consultations.models import InnovationSpace
from vocabulary.models import Land, Place, ServiceArea

pytestmark = pytest.mark.django_db

URL = reverse("consultations:innovation_spaces")


@pytest.fixture
def spaces(ratzeburg):
    hagenow = Place.objects.create(
        postcode="19230", locality="Hagenow", land=Land.MV, latitude=53.431, longitude=11.187
    )
    ServiceArea.objects.create(name="Kreis Herzogtum Lauenburg", postcodes="23909")
    lup = ServiceArea.objects.create(name="Landkreis Ludwigslust-Parchim", postcodes="19230")
    common = {"description": "Arbeitsplätze <b>und</b> WLAN.", "street": "Markt 1"}
    InnovationSpace.objects.create(
        name="Coworking am Dom", kind="coworking", place=ratzeburg, step_free=True, **common
    )
    InnovationSpace.objects.create(
        name="Kulturhaus", kind="community_centre", place=hagenow, is_example=True, **common
    )
    InnovationSpace.objects.create(
        name="Geheimer Keller", kind="makerspace", place=hagenow, listed=False, **common
    )
    return lup


def test_a_visitor_sees_every_listed_place_with_its_address_and_access(client, spaces):
    page = client.get(URL).content.decode()
    assert "Coworking am Dom" in page and "Kulturhaus" in page
    assert "Geheimer Keller" not in page  # not shown yet
    assert "Markt 1, 23909 Ratzeburg" in page
    assert "stufenlos erreichbar" in page and "nicht stufenlos erreichbar" in page
    assert "2 Orte gefunden." in page
    assert "&lt;b&gt;und&lt;/b&gt;" in page  # what editors type is text, never markup


def test_an_example_is_marked_as_one(client, spaces):
    page = client.get(URL).content.decode()
    page = page[page.index('class="space-list"') :]  # the list, not the map's titles
    kulturhaus = page[page.index("Kulturhaus") :]
    assert "Diesen Ort gibt es nicht wirklich" in kulturhaus[:400]
    coworking = page[page.index("Coworking am Dom") :]
    assert "Diesen Ort gibt es nicht wirklich" not in coworking[:400]


def test_the_filters_narrow_by_kind_and_district(client, spaces):
    by_district = client.get(URL, {"gebiet": spaces.pk}).content.decode()
    assert "Kulturhaus" in by_district and "Coworking am Dom" not in by_district
    assert "1 Ort gefunden." in by_district and "Alle Orte zeigen" in by_district
    by_kind = client.get(URL, {"art": "coworking"}).content.decode()
    assert "Coworking am Dom" in by_kind and "Kulturhaus" not in by_kind
    nothing = client.get(URL, {"art": "popup_shop"}).content.decode()
    assert "kennen wir noch keinen Ort" in nothing


def test_a_filter_that_makes_no_sense_is_explained_and_all_places_are_shown(client, spaces):
    page = client.get(URL, {"art": "raumstation", "gebiet": "abc"}).content.decode()
    assert page.count('class="error"') == 2
    assert "Coworking am Dom" in page and "Kulturhaus" in page


def test_the_map_numbers_each_place_as_the_list_does(client, spaces):
    page = client.get(URL).content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "<title>1. Kulturhaus</title>" in svg  # Hagenow: listed first, by town
    assert "<title>2. Coworking am Dom</title>" in svg
    assert "Geheimer Keller" not in svg
    assert svg.count("<polygon") == 2  # both districts outlined
    assert 'id="ort-1"' in page and 'id="ort-2"' in page
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # no tiles
