"""The real gazetteer, loaded once for this test package and removed after it.

Package scope keeps the 12,815 rows away from other apps' tests, which expect an empty table.
"""

import pytest

from vocabulary.models import Place, ServiceArea
from vocabulary.services import PlacesLoadResult, places_load, service_areas_seed


@pytest.fixture(scope="package", autouse=True)
def gazetteer(django_db_setup, django_db_blocker) -> PlacesLoadResult:
    with django_db_blocker.unblock():
        result = places_load()
        service_areas_seed()
    yield result
    with django_db_blocker.unblock():
        ServiceArea.objects.all().delete()
        Place.objects.all().delete()


@pytest.fixture
def place():
    def find(postcode: str, locality: str) -> Place:
        return Place.objects.get(postcode=postcode, locality=locality)

    return find
