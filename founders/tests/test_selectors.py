"""Reads: guide suggestions while typing, the timeline, the 'answered by a guide' count."""

import pytest
from django.urls import reverse

from founders.models import AnsweredByGuide, HelpRequest
from founders.selectors import guides_suggested, help_request_timeline
from founders.tests.conftest import help_request_make
from guides.tests.factories import guide_index_make, guide_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(db):
    index = guide_index_make()
    return {
        "gewerbe": guide_make(index, title="Gewerbe anmelden", topics=["recht"]),
        "rechtsform": guide_make(
            index,
            title="Die richtige Rechtsform",
            intro="GmbH oder Einzelunternehmen?",
            topics=["recht"],
        ),
        "vertrag": guide_make(index, title="Verträge", topics=["recht"]),
        "agb": guide_make(index, title="AGB schreiben", topics=["recht"]),
        "steuer": guide_make(index, title="Umsatzsteuer verstehen", topics=["steuern"]),
        "entwurf": guide_make(index, title="Umsatzsteuer Entwurf", topics=["steuern"], live=False),
    }


def test_suggestions_by_topic_are_at_most_three_live_guides(guides):
    found = guides_suggested(topic_slugs=["recht", "steuern"], words="")
    assert len(found) == 3
    assert guides["entwurf"] not in found
    assert guides_suggested(topic_slugs=[], words="") == []


def test_suggestions_by_words_find_the_guide(guides):
    found = guides_suggested(topic_slugs=[], words="Umsatzsteuer")
    assert found[0] == guides["steuer"]
    assert guides["entwurf"] not in found


def test_suggestion_endpoint_returns_json(client, guides):
    url = reverse("founders:guide_suggestions")
    data = client.get(url, {"themen": "steuern", "q": ""}).json()
    assert [guide["title"] for guide in data["results"]] == ["Umsatzsteuer verstehen"]
    assert len(client.get(url, {"themen": "recht,steuern"}).json()["results"]) == 3


def test_answered_by_guide_counts_without_personal_data(client, guides):
    response = client.post(
        reverse("founders:answered"), {"guide": guides["steuer"].pk, "thema": "steuern"}
    )
    assert response.status_code == 200
    counted = AnsweredByGuide.objects.get()
    assert counted.guide_id == guides["steuer"].pk and counted.topic.slug == "steuern"
    assert (
        client.post(reverse("founders:answered"), {"guide": guides["entwurf"].pk}).status_code
        == 404
    )


def test_timeline_of_a_withdrawn_request(places):
    help_request = help_request_make(place=places["ratzeburg"], status=HelpRequest.Status.WITHDRAWN)
    labels = [str(step.label) for step in help_request_timeline(help_request=help_request)]
    assert labels == ["eingegangen", "bestätigt", "zurückgezogen"]
