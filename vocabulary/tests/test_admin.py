import pytest
from django.contrib.auth.models import Permission

from accounts.models import User
from vocabulary.models import Place, ServiceArea

AREAS = "/admin/snippets/vocabulary/servicearea/"
PLACES = "/admin/place/"


@pytest.fixture
def coordinator():
    user = User.objects.create_user("koordination@example.org")
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=[
                "access_admin",
                "add_servicearea",
                "change_servicearea",
                "delete_servicearea",
                "view_place",
            ]
        )
    )
    return user


@pytest.mark.django_db
def test_coordinators_list_and_edit_service_areas(client, coordinator):
    client.force_login(coordinator)
    area = ServiceArea.objects.get(name="Kreis Herzogtum Lauenburg")

    assert "Kreis Herzogtum Lauenburg" in client.get(AREAS).content.decode()
    response = client.post(
        f"{AREAS}edit/{area.pk}/", {"name": area.name, "postcodes": "23909\n23879"}
    )

    assert response.status_code == 302
    area.refresh_from_db()
    assert area.postcodes == "23909\n23879"


@pytest.mark.django_db
def test_an_unknown_postcode_in_a_service_area_shows_a_german_error(client, coordinator):
    client.force_login(coordinator)
    area = ServiceArea.objects.get(name="Kreis Herzogtum Lauenburg")

    response = client.post(f"{AREAS}edit/{area.pk}/", {"name": area.name, "postcodes": "99999"})

    assert response.status_code == 200
    assert "Diese Postleitzahlen kennen wir nicht: 99999." in response.content.decode()


@pytest.mark.django_db
def test_coordinators_search_and_filter_places_but_cannot_edit_them(client, coordinator, place):
    client.force_login(coordinator)
    ratzeburg = place("23909", "Ratzeburg")

    assert "Ratzeburg" in client.get(PLACES, {"q": "Ratzeburg"}).content.decode()
    filtered = client.get(PLACES, {"land": "MV", "approximate": "false", "q": "Parchim"})
    assert "Parchim" in filtered.content.decode()
    assert client.get(f"{PLACES}inspect/{ratzeburg.pk}/").status_code == 200
    assert client.get(f"{PLACES}edit/{ratzeburg.pk}/").status_code == 302
    assert client.get(f"{PLACES}new/").status_code == 302


@pytest.mark.django_db
def test_not_even_superusers_edit_places_by_hand(client, place):
    client.force_login(User.objects.create_superuser("admin@example.org", "x"))
    ratzeburg = place("23909", "Ratzeburg")

    assert client.get(PLACES).status_code == 200
    assert client.get(f"{PLACES}edit/{ratzeburg.pk}/").status_code == 302
    assert client.post(f"{PLACES}delete/{ratzeburg.pk}/").status_code == 302
    assert Place.objects.filter(pk=ratzeburg.pk).exists()
