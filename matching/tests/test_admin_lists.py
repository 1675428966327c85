"""The proposal list names the founder, her topics, her place and how long she has waited, and
filters by topic, district, status and waiting time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from matching.admin_lists import waiting_days
from matching.models import Match
from vocabulary.models import ServiceArea

pytestmark = pytest.mark.django_db

URL = "/admin/matching/matches/"


def confirmed_days_ago(help_request, days: int):
    help_request.confirmed_at = timezone.now() - timedelta(days=days, hours=1)
    help_request.save(update_fields=["confirmed_at"])
    return help_request


@pytest.fixture
def proposals(make_request, make_expert, moelln):
    expert = make_expert(topics=("steuern", "recht"))
    tax = confirmed_days_ago(make_request(topics=("steuern",)), 12)
    law = confirmed_days_ago(make_request(topics=("recht",), place=moelln), 2)
    return {
        "tax": Match.objects.create(help_request=tax, mentor=expert, score=0.8),
        "law": Match.objects.create(
            help_request=law, mentor=expert, score=0.6, status=Match.Status.OFFERED
        ),
    }


def listed(client, query: str = "") -> str:
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_a_proposal_names_founder_topics_place_and_waiting_time(
    client, coordinator_user, proposals
):
    client.force_login(coordinator_user)
    page = listed(client)
    tax = proposals["tax"].help_request
    assert f"{tax.first_name} {tax.last_name}" in page
    assert "Steuern &amp; Buchhaltung" in page and "23909 Ratzeburg" in page
    assert "12 Tage" in page and "2 Tage" in page
    assert f"Anfrage {tax.pk}<" not in page


def test_proposals_are_filtered_by_topic_status_and_waiting_time(
    client, coordinator_user, proposals
):
    client.force_login(coordinator_user)
    tax, law = (proposals[k].help_request.last_name for k in ("tax", "law"))
    recht = proposals["law"].help_request.topics.get()
    by_topic = listed(client, f"topic={recht.pk}")
    assert law in by_topic and tax not in by_topic
    by_status = listed(client, "status=offered")
    assert law in by_status and tax not in by_status
    waiting = listed(client, "waiting_longer_than=7")
    assert tax in waiting and law not in waiting


def test_proposals_are_filtered_by_district(client, coordinator_user, proposals):
    lauenburg = ServiceArea.objects.create(name="Rund um Mölln", postcodes="23879")
    client.force_login(coordinator_user)
    page = listed(client, f"district={lauenburg.pk}")
    assert proposals["law"].help_request.last_name in page
    assert proposals["tax"].help_request.last_name not in page


def test_waiting_starts_when_the_request_is_confirmed(proposals):
    match = proposals["tax"]
    assert waiting_days(match) == 12
    match.help_request.confirmed_at = None
    assert waiting_days(match) is None
