"""The self-service pages: login required, only ever about the logged-in person."""

import json

import pytest
from django.urls import reverse

from founders.models import HelpRequest
from mentors.models import Mentor
from mentors.selectors import mentors_matchable
from privacy.tests.conftest import FOUNDER_EMAIL, FOUNDER_PHRASE, MENTOR_EMAIL

pytestmark = pytest.mark.django_db

PAGES = ["overview", "export", "withdraw", "delete"]


@pytest.mark.parametrize("name", PAGES)
def test_pages_require_login(client, name):
    response = client.get(reverse(f"privacy:{name}"))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("name", ["withdraw", "delete"])
def test_actions_require_login(client, name, mentor):
    response = client.post(reverse(f"privacy:{name}"), {"confirm": "on", "email": MENTOR_EMAIL})
    assert response.status_code == 302 and "login" in response["Location"]
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.ACTIVE and mentor.user.is_active


def test_overview_offers_the_three_actions(client, mentor):
    client.force_login(mentor.user)
    html = client.get(reverse("privacy:overview")).content.decode()
    for name in ("export", "withdraw", "delete"):
        assert reverse(f"privacy:{name}") in html


def test_download_is_a_json_attachment_of_my_data_only(client, mentor, founder_help_request):
    client.force_login(founder_help_request.founder.user)
    response = client.get(reverse("privacy:export"))
    assert response["Content-Disposition"] == 'attachment; filename="meine-daten.json"'
    body = response.content.decode()
    data = json.loads(body)
    assert FOUNDER_PHRASE in data["data"]["founders.helprequest"]["rows"][0]["description"]
    assert MENTOR_EMAIL not in body


def test_withdraw_needs_confirmation_and_acts_on_me_only(client, mentor, founder_help_request):
    client.force_login(mentor.user)
    url = reverse("privacy:withdraw")
    response = client.post(url, {})
    assert response.status_code == 200  # the confirmation was not given
    assert mentor in mentors_matchable()

    response = client.post(url, {"confirm": "on", "help_request": founder_help_request.pk})
    assert response.status_code == 302
    assert mentor not in mentors_matchable()
    founder_help_request.refresh_from_db()
    assert founder_help_request.status == HelpRequest.Status.OPEN


def test_delete_needs_my_address_typed_and_never_deletes_someone_else(
    client, mentor, founder_help_request
):
    client.force_login(mentor.user)
    url = reverse("privacy:delete")
    response = client.post(url, {"email": FOUNDER_EMAIL})  # someone else's address
    assert response.status_code == 200
    assert "stimmt nicht" in response.content.decode()
    founder_help_request.founder.user.refresh_from_db()
    assert founder_help_request.founder.user.is_active
    mentor.user.refresh_from_db()
    assert mentor.user.is_active

    response = client.post(url, {"email": MENTOR_EMAIL.upper()})
    assert response.status_code == 302 and response["Location"] == reverse("privacy:deleted")
    mentor.user.refresh_from_db()
    assert not mentor.user.is_active
    assert founder_help_request.founder.user.is_active
    # Logged out: the self-service pages ask for a login again; the goodbye page is public.
    assert client.get(reverse("privacy:overview")).status_code == 302
    assert client.get(reverse("privacy:deleted")).status_code == 200
