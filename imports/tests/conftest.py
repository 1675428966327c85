"""Fixtures for import tests: places, a service area, and the service region."""

import pytest

from vocabulary.models import Land, Place, ServiceArea


@pytest.fixture
def places(db) -> dict[str, Place]:
    ratzeburg = Place.objects.create(
        postcode="23909",
        locality="Ratzeburg",
        land=Land.SH,
        latitude=53.70,
        longitude=10.77,
        population=14_000,
    )
    berlin = Place.objects.create(
        postcode="10115",
        locality="Berlin",
        land=Land.BE,
        latitude=52.53,
        longitude=13.38,
        population=3_600_000,
    )
    ServiceArea.objects.create(name="Herzogtum Lauenburg", postcodes="23909")
    return {"ratzeburg": ratzeburg, "berlin": berlin}
