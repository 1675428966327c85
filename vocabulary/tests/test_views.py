import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

URL = "/orte/suche/"


def test_the_endpoint_lives_under_orte():
    assert reverse("vocabulary:place_search") == URL


@pytest.mark.django_db
def test_suggestions_come_as_json_with_the_best_match_first(client):
    response = client.get(URL, {"q": "ratz"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    results = response.json()["results"]
    assert results[0]["label"] == "23909 Ratzeburg"
    assert results[0]["postcode"] == "23909"
    assert results[0]["locality"] == "Ratzeburg"
    assert len(results) <= 10


@pytest.mark.django_db
def test_postcode_starts_give_at_most_ten_suggestions(client):
    results = client.get(URL, {"q": "19"}).json()["results"]

    assert len(results) == 10
    assert all(result["label"].startswith("19") for result in results)


@pytest.mark.django_db
def test_postcode_and_name_start_narrow_the_suggestions(client):
    results = client.get(URL, {"q": "23909 bä"}).json()["results"]

    assert [result["label"] for result in results] == ["23909 Bäk"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "r", "   "])
def test_too_short_queries_give_no_suggestions(client, query):
    assert client.get(URL, {"q": query}).json() == {"results": []}


@pytest.mark.django_db
def test_only_get_is_allowed(client):
    assert client.post(URL, {"q": "ratz"}).status_code == 405


def test_the_autocomplete_script_is_served_from_our_static_files():
    path = finders.find("vocabulary/place-autocomplete.js")

    assert path is not None
    with open(path, encoding="utf-8") as script:
        assert "data-place-autocomplete" in script.read()
