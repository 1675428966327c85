"""Injection strings in every free-text field a stranger fills: the pages, the mails (text and
HTML) and the admin show them inert; 10,000 characters get an error next to the field."""

import re

import pytest
from django.core import mail as django_mail

from conftest import PASSWORD, antispam_answers
from founders.models import HelpRequest
from founders.tokens import confirmation_token_make
from matching.models import Match
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

pytestmark = pytest.mark.django_db


def help_request_form(**fields) -> dict:
    return {
        "topics": ["recht"],
        "description": HOSTILE,
        "sector": HOSTILE[:120],
        "stage": "founding",
        "place": "23909",
        "formats": ["video"],
        "languages": ["de"],
        "first_name": HOSTILE_NAME,
        "last_name": HOSTILE_NAME,
        "email": "feind@example.org",
        "consent": "on",
        **fields,
    }


def submit(client, url: str, data: dict):
    html = client.get(url).content.decode()
    return client.post(url, {**data, **antispam_answers(html)})


def mails_to(address: str) -> list[Mail]:
    return list(Mail.objects.filter(to=address))


def assert_mail_inert(row: Mail, *shown: str) -> None:
    assert_inert_text(row.text, *shown)
    assert_inert_html(row.html, *shown)
    assert "49" not in row.subject


def test_a_hostile_help_request_is_inert_in_mail_pages_offer_and_admin(
    client, places, human, world
):
    assert submit(client, "/hilfe-anfragen/", help_request_form()).status_code == 302
    help_request = HelpRequest.objects.get(email="feind@example.org")
    assert help_request.description == HOSTILE  # kept as typed
    assert help_request.first_name == HOSTILE_NAME
    (confirmation,) = mails_to("feind@example.org")
    assert_mail_inert(confirmation, HOSTILE_NAME)
    assert '<a href="http://' in confirmation.html  # escaped, the link is still a link

    token = confirmation_token_make(help_request_id=help_request.pk)
    client.post(f"/hilfe-anfragen/bestaetigen/{token}/")
    help_request.refresh_from_db()
    for url in (
        "/hilfe-anfragen/meine-anfragen/",
        f"/hilfe-anfragen/meine-anfragen/{help_request.pk}/aendern/",
    ):
        assert_inert_html(client.get(url).content.decode(), HOSTILE)

    # The mentor's anonymised offer: mail, page and mail link.
    offer = Match.objects.create(
        help_request=help_request, mentor=world["mentor"], score=0.9, status=Match.Status.OFFERED
    )
    log_in(client, world, "mentor_a")
    assert_inert_html(client.get("/vermittlung/").content.decode(), HOSTILE)
    assert_inert_html(client.get(f"/vermittlung/angebote/{offer.pk}/absagen/").content.decode())

    log_in(client, world, "coordinator")
    assert_pages_inert(
        client,
        (
            "/admin/help-requests/",
            f"/admin/help-requests/inspect/{help_request.pk}/",
            f"/admin/matching/matches/review/{offer.pk}/",
            f"/admin/matching/requests/{help_request.pk}/suggestions/",
            "/admin/matching/matches/",
        ),
    )
    inspect = client.get(f"/admin/help-requests/inspect/{help_request.pk}/").content.decode()
    assert_inert_html(inspect, HOSTILE)


def test_a_hostile_offer_mail_and_introduction_stay_inert(
    world, django_capture_on_commit_callbacks
):
    from matching.lifecycle import match_accept, match_approve

    request = world["request"]
    request.description, request.first_name = HOSTILE, HOSTILE_NAME
    request.save(update_fields=["description", "first_name"])
    mentor = world["mentor"]
    mentor.organisation = HOSTILE[:200]
    mentor.save(update_fields=["organisation"])
    Match.objects.filter(pk=world["offer"].pk).delete()
    proposal = Match.objects.create(help_request=request, mentor=mentor, score=0.9)
    with django_capture_on_commit_callbacks(execute=True):
        match_approve(match=proposal, by=world["coordinator"])
    (offer_mail,) = mails_to(mentor.user.email)
    assert_mail_inert(offer_mail, HOSTILE)
    with django_capture_on_commit_callbacks(execute=True):
        match_accept(match=proposal, by=mentor.user)
    for row in Mail.objects.filter(template__contains="introduction"):
        assert_mail_inert(row)
    to_founder = Mail.objects.get(template__contains="introduction", to=request.email)
    assert_mail_inert(to_founder, HOSTILE_NAME)


def test_a_hostile_mentor_registration_is_inert_in_mail_dashboard_and_admin(
    client, ratzeburg, human, world
):
    from vocabulary.models import Topic

    data = {
        "first_name": HOSTILE_NAME,
        "last_name": HOSTILE_NAME,
        "email": "feindin@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "profession": "designer",
        "organisation": HOSTILE[:200],
        "topics": [Topic.objects.get(slug="marketing").pk],
        "bio": HOSTILE,
        "place": "23909",
        "travel_radius_km": "40",
        "languages": ["de"],
        "capacity": "2",
        "consent": "on",
    }
    assert submit(client, "/expertin-werden/", data).status_code == 302
    mentor = Mentor.objects.get(user__email="feindin@example.org")
    assert mentor.bio == HOSTILE
    for row in Mail.objects.all():
        assert_mail_inert(row)
    client.force_login(mentor.user)
    assert_inert_html(client.get("/expertin-werden/profil/").content.decode())
    edit = client.get("/expertin-werden/profil/bearbeiten/").content.decode()
    assert_inert_html(edit, HOSTILE)
    log_in(client, world, "coordinator")
    assert_pages_inert(
        client,
        (
            "/admin/mentors/",
            f"/admin/mentors/review/{mentor.pk}/",
            f"/admin/mentors/inspect/{mentor.pk}/",
            "/admin/outbox/mails/",
        ),
    )
    assert_inert_html(client.get(f"/admin/mentors/review/{mentor.pk}/").content.decode(), HOSTILE)


def test_a_hostile_decline_note_and_feedback_comment_are_inert_for_the_coordinator(client, world):
    links = signed_links(world)
    note = HOSTILE[:500]
    client.post(
        links["vermittlung/antwort/<str:token>/"],
        {"decision": "decline", "reason": "too_far", "note": note},
    )
    assert world["offer"].transitions.filter(note=note).exists()
    answer = {"met": "yes", "helpful": "4", "outcome": "continue", "comment": HOSTILE}
    assert client.post(links["vermittlung/rueckmeldung/<str:token>/"], answer).status_code == 200
    log_in(client, world, "coordinator")
    review = client.get(f"/admin/matching/matches/review/{world['offer'].pk}/")
    assert_inert_html(review.content.decode(), note)
    introduced = client.get(f"/admin/matching/matches/review/{world['introduced'].pk}/")
    assert_inert_html(introduced.content.decode(), HOSTILE)
    mentor_page = client.get(f"/admin/mentors/review/{world['mentor'].pk}/")
    assert_inert_html(mentor_page.content.decode(), HOSTILE)


def test_hostile_search_words_are_shown_escaped(client, world):
    for url in ("/suche/", "/en/suche/"):
        html = client.get(url, {"q": HOSTILE}).content.decode()
        assert_inert_html(html)
    response = client.get("/hilfe-anfragen/leitfaeden/", {"q": HOSTILE, "themen": HOSTILE})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def errors_of(response) -> str:
    html = response.content.decode()
    return " ".join(re.findall(r'class="[^"]*error[^"]*"[^>]*>(.*?)</', html, re.S))


@pytest.mark.parametrize("field", ["description", "sector", "first_name", "last_name"])
def test_ten_thousand_characters_in_a_help_request_field_get_an_error(client, places, human, field):
    response = submit(client, "/hilfe-anfragen/", help_request_form(**{field: TOO_LONG}))
    assert response.status_code in (200, 400)
    assert "höchstens" in errors_of(response) or "Zeichen" in errors_of(response)
    assert not HelpRequest.objects.exists() and django_mail.outbox == []
