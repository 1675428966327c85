"""Injection in the contact form, and 10,000 characters in every free-text field a stranger,
a founder or a mentor fills: a clear error next to the field, never a 500, nothing kept."""

import re

import pytest
from wagtail.contrib.forms.models import FormSubmission

from conftest import antispam_answers
from matching.models import Feedback, Match
from mentors.models import Mentor
from outbox.models import Mail
from tests.security.conftest import log_in, signed_links
from tests.security.injection import (
    HOSTILE,
    HOSTILE_NAME,
    TOO_LONG,
    assert_inert_html,
    assert_inert_text,
    assert_pages_inert,
)
from tests.security.submissions import mentor_registration

pytestmark = pytest.mark.django_db


def field_error(response, field: str) -> str:
    """The error shown for a field: an element with the field's id in aria-describedby or an
    error list next to it; any error text in the page as a fallback."""
    html = response.content.decode()
    return " ".join(re.findall(r'class="[^"]*error[^"]*"[^>]*>\s*(?:<li>)?(.*?)</', html, re.S))


def assert_too_long_explained(response, field: str) -> None:
    assert response.status_code in (200, 400), (field, response.status_code)
    errors = field_error(response, field)
    assert "höchstens" in errors and "Zeichen" in errors, (field, errors[:300])


def test_a_hostile_contact_message_is_inert_in_the_mail_and_the_admin(
    client, contact_page, human, world, django_capture_on_commit_callbacks
):
    url = contact_page.url
    message = {"ihr_name": HOSTILE_NAME, "e_mail": "feind@example.org", "nachricht": HOSTILE}
    html = client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**message, **antispam_answers(html)})
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    (row,) = Mail.objects.filter(to="team@example.org")
    assert_inert_text(row.text, HOSTILE, HOSTILE_NAME)
    assert_inert_html(row.html, HOSTILE, HOSTILE_NAME)
    log_in(client, world, "coordinator")
    assert_pages_inert(
        client,
        (
            f"/admin/forms/submissions/{contact_page.pk}/",
            "/admin/outbox/mails/",
            f"/admin/outbox/mails/inspect/{row.pk}/",
        ),
    )


@pytest.mark.parametrize("field", ["ihr_name", "nachricht"])
def test_ten_thousand_characters_in_the_contact_form_get_an_error(
    client, contact_page, human, field
):
    message = {"ihr_name": "Anna", "e_mail": "anna@example.org", "nachricht": "Hallo"}
    html = client.get(contact_page.url).content.decode()
    response = client.post(contact_page.url, {**message, field: TOO_LONG, **antispam_answers(html)})
    assert_too_long_explained(response, field)
    assert FormSubmission.objects.count() == 0


@pytest.mark.parametrize("field", ["bio", "organisation", "first_name", "last_name"])
def test_ten_thousand_characters_in_a_mentor_registration_field_get_an_error(
    client, ratzeburg, human, field
):
    html = client.get("/expertin-werden/").content.decode()
    data = {**mentor_registration(0), field: TOO_LONG, **antispam_answers(html)}
    assert_too_long_explained(client.post("/expertin-werden/", data), field)
    assert not Mentor.objects.filter(user__email="mara0@example.org").exists()


def test_ten_thousand_characters_in_the_own_mentor_profile_get_an_error(client, world):
    log_in(client, world, "mentor_a")
    url = "/expertin-werden/profil/bearbeiten/"
    html = client.get(url).content.decode()
    data = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))
    response = client.post(url, {**data, "bio": TOO_LONG})
    assert_too_long_explained(response, "bio")
    assert Mentor.objects.get(pk=world["mentor"].pk).bio != TOO_LONG


def test_ten_thousand_characters_in_the_own_help_request_get_an_error(client, world):
    log_in(client, world, "founder_a")
    url = f"/hilfe-anfragen/meine-anfragen/{world['request'].pk}/aendern/"
    data = {
        "topics": ["recht"],
        "description": TOO_LONG,
        "stage": "idea",
        "place": "23909",
        "formats": ["video"],
        "languages": ["de"],
    }
    assert_too_long_explained(client.post(url, data), "description")
    world["request"].refresh_from_db()
    assert world["request"].description != TOO_LONG


@pytest.mark.parametrize("where", ["link", "dashboard"])
def test_ten_thousand_characters_in_a_decline_note_get_an_error(client, world, where):
    decline = {"decision": "decline", "reason": "too_far", "note": TOO_LONG}
    if where == "link":
        url = signed_links(world)["vermittlung/antwort/<str:token>/"]
    else:
        log_in(client, world, "mentor_a")
        url = f"/vermittlung/angebote/{world['offer'].pk}/absagen/"
    assert_too_long_explained(client.post(url, decline), "note")
    assert Match.objects.get(pk=world["offer"].pk).status == Match.Status.OFFERED


def test_ten_thousand_characters_as_the_first_meeting_place_get_an_error(client, world):
    url = signed_links(world)["vermittlung/antwort/<str:token>/"]
    response = client.post(url, {"decision": "accept", "meeting_where": TOO_LONG})
    assert_too_long_explained(response, "meeting_where")
    assert Match.objects.get(pk=world["offer"].pk).status == Match.Status.OFFERED


def test_ten_thousand_characters_in_a_feedback_comment_get_an_error(client, world):
    url = signed_links(world)["vermittlung/rueckmeldung/<str:token>/"]
    answer = {"met": "yes", "helpful": "4", "outcome": "continue", "comment": TOO_LONG}
    assert_too_long_explained(client.post(url, answer), "comment")
    assert not Feedback.objects.exists()
