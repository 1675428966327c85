"""Innovationsorte: editors keep the directory in the admin; the site lists what is shown."""

import pytest
from django.urls import reverse

from consultations.models import InnovationSpace
from consultations.selectors import innovation_spaces_listed
from vocabulary.models import Land, Place, ServiceArea

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_consultations_innovationspace:add")


@pytest.fixture
def parchim(db):
    return Place.objects.create(
        postcode="19370", locality="Parchim", land=Land.MV, latitude=53.4256, longitude=11.8483
    )


def _space(place, *, name: str, kind=InnovationSpace.Kind.COWORKING, **fields):
    return InnovationSpace.objects.create(
        name=name, kind=kind, place=place, description="Arbeitsplätze und WLAN.", **fields
    )


def test_the_directory_lists_shown_places_by_kind_and_service_area(ratzeburg, parchim):
    ServiceArea.objects.create(name="Kreis Herzogtum Lauenburg", postcodes="23909")
    lup = ServiceArea.objects.create(name="Landkreis Ludwigslust-Parchim", postcodes="19370")
    coworking = _space(ratzeburg, name="Coworking am Dom")
    workshop = _space(parchim, name="Offene Werkstatt", kind=InnovationSpace.Kind.MAKERSPACE)
    _space(parchim, name="Noch in Vorbereitung", listed=False)
    assert list(innovation_spaces_listed()) == [workshop, coworking]  # by town: Parchim first
    assert list(innovation_spaces_listed(kind=InnovationSpace.Kind.COWORKING)) == [coworking]
    assert list(innovation_spaces_listed(area=lup)) == [workshop]


def _form(**overrides) -> dict:
    data = {
        "name": "Dorfbüro am Amt",
        "kind": InnovationSpace.Kind.VILLAGE_OFFICE,
        "place": "23909 Ratzeburg",
        "street": "Am Markt 1",
        "description": "Zwei Arbeitsplätze, Drucker.",
        "opening_notes": "",
        "step_free": "on",
        "contact_email": "",
        "contact_phone": "",
        "website": "",
        "listed": "on",
    }
    return data | overrides


def test_an_editor_adds_a_place_typed_as_people_write_it(client, editor_user, ratzeburg):
    client.force_login(editor_user)
    response = client.post(ADD_URL, _form(place="Ratzeburg"))
    assert response.status_code == 302, response.content.decode()[:2000]
    space = InnovationSpace.objects.get()
    assert (space.place, space.step_free, space.accessible_toilet, space.is_example) == (
        ratzeburg,
        True,
        False,
        False,
    )


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("place", "99999", "Diese Postleitzahl kennen wir nicht"),
        ("place", "Ratzebrug", "Einen Ort „Ratzebrug“ kennen wir nicht"),
        ("contact_email", "dorfbuero(at)amt.de", "gültige E-Mail-Adresse"),
        ("name", "", "Dieses Feld muss ausgefüllt werden"),
        ("place", "", "Bitte geben Sie Postleitzahl oder Ort des Innovationsortes ein."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    client, editor_user, ratzeburg, field, typed, message
):
    client.force_login(editor_user)
    response = client.post(ADD_URL, _form(**{field: typed}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert typed in response.content.decode() or not typed  # what was typed stays in the form
    assert not InnovationSpace.objects.exists()


def test_a_founder_cannot_reach_the_directory_in_the_admin(client, django_user_model):
    founder = django_user_model.objects.create_user(email="gruenderin@example.org")
    client.force_login(founder)
    response = client.get(ADD_URL)
    assert response.status_code in (302, 403)
    assert not InnovationSpace.objects.exists()
