"""The place field in a real browser: suggestions while typing, and a clear error next to it."""

import pytest
from playwright.sync_api import expect

from vocabulary.models import Place

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.urls("tests.browser.place_form"),
]


@pytest.fixture
def places():
    for postcode, locality, land, lat, lon, population in (
        ("23909", "Ratzeburg", "SH", 53.6997, 10.7726, 13623),
        ("23909", "Bäk", "SH", 53.7167, 10.8167, 600),
        ("19370", "Parchim", "MV", 53.4263, 11.8488, 19161),
    ):
        Place.objects.create(
            postcode=postcode,
            locality=locality,
            land=land,
            latitude=lat,
            longitude=lon,
            population=population,
            locality_key=locality.lower(),
        )


def test_typing_offers_suggestions_and_submitting_resolves_the_place(page, places):
    page.goto(page.base_url + "/ort/")
    field = page.get_by_label("PLZ oder Ort")
    field.press_sequentially("ratz", delay=50)
    expect(page.locator("datalist option").first).to_have_attribute("value", "23909 Ratzeburg")
    field.fill("23909 Ratzeburg")
    page.get_by_role("button", name="Weiter").click()
    expect(page.locator("#chosen")).to_have_text("23909 Ratzeburg (Schleswig-Holstein)")


def test_unknown_postcode_is_explained_next_to_the_field_and_kept(page, places):
    page.goto(page.base_url + "/ort/")
    page.get_by_label("PLZ oder Ort").fill("99999")
    page.get_by_role("button", name="Weiter").click()
    expect(page.locator(".errorlist")).to_contain_text("Diese Postleitzahl kennen wir nicht")
    field = page.get_by_label("PLZ oder Ort")
    expect(field).to_have_value("99999")
    expect(field).to_have_attribute("aria-invalid", "true")
