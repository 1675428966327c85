"""Land-specific passages: the visitor's Land (chosen or from the postcode) decides which show."""

import re

import pytest
from django.http import QueryDict

from guides.selectors import guide_land_choice, land_for_postcode
from guides.tests.factories import guide_make, place_make

pytestmark = pytest.mark.django_db

SH_TEXT = "Zuständig ist die IHK zu Lübeck."
MV_TEXT = "Zuständig ist die IHK zu Schwerin."


@pytest.fixture
def places(db):
    return {postcode: place_make(postcode) for postcode in ("23909", "19370", "21039")}


@pytest.fixture
def guide(guide_index):
    return guide_make(
        guide_index,
        body=[
            ("text", "<p>Die Gewerbeanmeldung geht an die Kammer.</p>"),
            ("land", {"land": "SH", "text": f"<p>{SH_TEXT}</p>"}),
            ("land", {"land": "MV", "text": f"<p>{MV_TEXT}</p>"}),
        ],
    )


def text_of(response) -> str:
    assert response.status_code == 200
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_postcodes_lead_to_their_land(places):
    assert land_for_postcode(postcode="23909") == "SH"
    assert land_for_postcode(postcode="19370") == "MV"
    assert land_for_postcode(postcode="21039") == ""  # Hamburg: outside the region's Länder
    assert land_for_postcode(postcode="99999") == ""


def test_query_chooses_a_land_directly_or_by_place(places):
    assert guide_land_choice(params=QueryDict("land=sh")).land == "SH"
    assert guide_land_choice(params=QueryDict("land=BY")).land == ""
    assert guide_land_choice(params=QueryDict("plz=19370")).land == "MV"
    assert guide_land_choice(params=QueryDict("plz=23909+Ratzeburg")).land == "SH"
    assert guide_land_choice(params=QueryDict("")).land == ""


def test_without_a_choice_every_passage_shows_with_its_land(client, guide):
    text = text_of(client.get(guide.url))
    assert "In Schleswig-Holstein: " in text and SH_TEXT in text
    assert "In Mecklenburg-Vorpommern: " in text and MV_TEXT in text
    assert "Für welches Bundesland?" in text


def test_chosen_land_shows_only_its_passages_and_offers_all(client, guide):
    response = client.get(guide.url, {"land": "SH"})
    text = text_of(response)
    assert SH_TEXT in text
    assert MV_TEXT not in text
    assert "Sie sehen die Hinweise für Schleswig-Holstein" in text
    assert f'<a href="{guide.url}">Hinweise für alle Bundesländer zeigen</a>' in (
        response.content.decode()
    )


def test_postcode_in_schleswig_holstein_shows_its_passages(client, guide, places):
    response = client.get(guide.url, {"plz": "23909"}, follow=True)
    assert response.redirect_chain == [(f"{guide.url}?land=SH", 302)]
    text = text_of(response)
    assert SH_TEXT in text and MV_TEXT not in text


def test_postcode_in_mecklenburg_vorpommern_shows_its_passages(client, guide, places):
    text = text_of(client.get(guide.url, {"plz": "19370"}, follow=True))
    assert MV_TEXT in text and SH_TEXT not in text
    assert "Sie sehen die Hinweise für Mecklenburg-Vorpommern" in text


def test_postcode_elsewhere_explains_and_shows_all(client, guide, places):
    text = text_of(client.get(guide.url, {"plz": "21039"}))
    assert "liegt nicht in Schleswig-Holstein oder Mecklenburg-Vorpommern" in text
    assert SH_TEXT in text and MV_TEXT in text


@pytest.mark.parametrize("typed", ["99999", "12", "x" * 500, "Nirgendwo"])
def test_unusable_input_explains_in_german_and_shows_all(client, guide, places, typed):
    response = client.get(guide.url, {"plz": typed})
    text = text_of(response)
    note = re.search(r'<p class="land-chooser__note"[^>]*>([^<]+)</p>', response.content.decode())
    assert note and "Bitte" in note.group(1)
    assert SH_TEXT in text and MV_TEXT in text


def test_land_chooser_is_a_get_form_with_plain_links(client, guide):
    html = client.get(guide.url).content.decode()
    assert re.search(r'<form method="get"[^>]*class="land-chooser__form"', html)
    assert "csrfmiddlewaretoken" not in html
    assert 'method="post"' not in html.lower()
    assert 'href="?land=SH">Schleswig-Holstein</a>' in html
    assert 'href="?land=MV">Mecklenburg-Vorpommern</a>' in html


def test_guide_without_land_passages_has_no_chooser(client, guide_index):
    plain = guide_make(guide_index, body=[("text", "<p>Überall gleich.</p>")])
    assert "Für welches Bundesland?" not in text_of(client.get(plain.url))


def test_postcode_redirect_keeps_the_english_site(client, guide, places):
    english = f"/en{guide.url}"
    response = client.get(english, {"plz": "19370"})
    assert response.status_code == 302
    assert response["Location"] == f"{english}?land=MV"
