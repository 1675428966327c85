"""Logging in leads each person to their own page, which says what happens next: a mentor
her offer with the day to answer by and the founder she works with, with contact data; a
founder what happens now with her request. On a desktop and on a phone, axe clean."""

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from founders.services import help_request_confirm
from matching.lifecycle import match_accept, match_approve
from matching.models import Match
from tests.browser.axe import serious_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_mentor_logs_in_and_sees_what_waits_for_her(
    page, step, make_request, make_expert, coordinator_user
):
    mentor = make_expert(user=make_user(email="eva.expertin@example.org"), capacity=3)
    offered = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.8)
    working = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.7)
    match_approve(match=offered, by=coordinator_user)
    match_approve(match=working, by=coordinator_user)
    match_accept(match=working, by=mentor.user)
    founder = working.help_request

    with step("logs in and lands on her page"):
        _log_in(page, email="eva.expertin@example.org")
        expect(page).to_have_url(page.base_url + "/expertin-werden/profil/")

    with step("reads her offer, her founder and what is next"):
        waiting = page.get_by_role("region", name="Anfragen, die auf Ihre Antwort warten")
        expect(waiting).to_contain_text("bitte antworten Sie bis")
        expect(waiting).not_to_contain_text(offered.help_request.last_name)
        mentoring = page.get_by_role("region", name=f"{founder.first_name} {founder.last_name}")
        expect(mentoring.get_by_role("link", name=founder.email)).to_be_visible()
        expect(mentoring).to_contain_text("Erstes Treffen vereinbaren")
        assert serious_violations(page) == []

    with step("says they have met, and the next step is gone"):
        mentoring.get_by_role("button", name="Wir haben uns getroffen").click()
        page.goto(page.base_url + "/expertin-werden/profil/")
        expect(page.locator("main")).not_to_contain_text("Erstes Treffen vereinbaren")


def test_a_founder_logs_in_and_reads_what_happens_now(page, step, make_request):
    help_request = help_request_confirm(
        help_request=make_request(status="unconfirmed", email="jana.gruenderin@example.org")
    )
    user = help_request.founder.user
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])

    with step("logs in and lands on her requests"):
        _log_in(page, email=user.email)
        expect(page).to_have_url(page.base_url + "/hilfe-anfragen/meine-anfragen/")

    with step("reads in one sentence what happens now, and by when"):
        expect(page.locator(".next-step")).to_contain_text(
            "Wir suchen eine passende Expert:in; meist dauert das unter einer Woche."
        )
        expect(page.locator(".next-step")).to_contain_text("Sie hören bis etwa")
        assert serious_violations(page) == []


def _log_in(page, *, email: str) -> None:
    """The login page with no "next": where the site sends her is what is tested."""
    page.goto(page.base_url + "/accounts/login/")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_label("Passwort").press("Enter")
