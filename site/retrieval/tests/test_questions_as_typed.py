"""Questions as founders type them reach the guide: stems, compounds, umlauts, typos, synonyms;
and whatever else is typed (nothing, stopwords, 10,000 characters, hostile strings) answers 200."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.services import roles_sync
from conftest import PASSWORD
from retrieval.models import Synonym
from tests.security.injection import HOSTILE, SQL, TEMPLATE, TOO_LONG

pytestmark = pytest.mark.django_db
URL = reverse("founders:guide_suggestions")


def _titles(client, words: str, themen: str = "") -> list[str]:
    response = client.get(URL, {"q": words, "themen": themen})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


@pytest.mark.parametrize(
    ("question", "guide"),
    [
        ("Welche Steuer muss ich zahlen?", "Steuern für Gründerinnen"),  # stem: Steuern
        ("Wo ist die Gewerbeanmeldung?", "Gewerbe anmelden"),  # compound: Gewerbe + Anmeldung
        ("Wie schütze ich meinen Firmennamen?", "Marke und Design"),  # compound, stem
        ("Foerderung und Zuschuesse", "Finanzierung und Förderung"),  # umlauts typed out
        ("Fragebogn Finanzamnt", "Steuern für Gründerinnen"),  # two typos
        ("Aushilfe auf Minijob-Basis", "Erste Mitarbeitende"),  # hyphenated compound
    ],
)
def test_a_question_finds_its_guide_first(client, guides, question, guide):
    assert _titles(client, question)[0] == guide


def test_an_editors_synonym_leads_everyday_words_to_the_guide(client, guides, django_user_model):
    assert "Erste Mitarbeitende" not in _titles(client, "Wie werde ich ein guter Boss?")
    roles_sync()
    editor = django_user_model.objects.create_user(email="redaktion@example.org", password=PASSWORD)
    editor.groups.add(*editor.groups.model.objects.filter(name=Role.EDITOR.value))
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_retrieval_synonym:add"),
        {"words": "Boss, Chefin", "means": "Arbeitgeber"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Synonym.objects.filter(words="Boss, Chefin").exists()
    assert _titles(client, "Wie werde ich ein guter Boss?")[0] == "Erste Mitarbeitende"


def test_chosen_topics_lift_their_guides_and_alone_suggest_them(client, guides):
    assert _titles(client, "", themen="steuern") == ["Steuern für Gründerinnen"]
    both = ["Finanzierung und Förderung", "Steuern für Gründerinnen"]
    assert _titles(client, "Kredit Fragebogen", themen="finanzierung")[:2] == both
    assert _titles(client, "Kredit Fragebogen", themen="steuern")[:2] == both[::-1]


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "ich und du, aber wie?", "?!…", TOO_LONG, HOSTILE, SQL, TEMPLATE, '"unpaired', "*"],
)
def test_anything_typed_answers_200_with_guides_or_none(client, guides, typed):
    titles = _titles(client, typed)
    assert len(titles) <= 3
    if typed.strip() in ("", "ich und du, aber wie?", "?!…"):
        assert titles == []


def test_ten_thousand_characters_of_one_word_still_find_its_guide(client, guides):
    assert _titles(client, "Marke " * 1700)[0] == "Marke und Design"


def test_site_search_finds_by_the_same_retrieval(client, guides):
    guides = {name: guide.specific for name, guide in guides.items()}
    html = client.get("/suche/", {"q": "Firmennamen schuetzen"}).content.decode()
    assert f'href="{guides["marke"].url}"' in html
    assert f'href="{guides["gewerbe"].url}"' not in html


def test_a_half_typed_last_word_already_finds_its_guide(client, guides):
    assert _titles(client, "Wo ist hier das Gewerbea")[0] == "Gewerbe anmelden"
    assert _titles(client, "Wohin mit dem Fragebo")[0] == "Steuern für Gründerinnen"
