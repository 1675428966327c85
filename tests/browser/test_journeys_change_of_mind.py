"""A founder changes her mind while a mentor holds her offer: she withdraws the request, her
consent or her whole account in the browser. The mentor, whose offer page is still open,
clicks "Zusagen" — and is told why that no longer works. No mail to the mentor ever carries
the founder's name or address."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from conftest import PASSWORD, make_user
from matching.lifecycle import match_approve
from matching.models import Match
from outbox.models import Mail
from tests.browser.demo import log_in
from tests.browser.mails import link_in, mail_sent
from tests.people import SECRET_BIO, SECRET_EMAIL, SECRET_NAME, help_request_of, mentor_of
from tests.worker import wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MENTOR = "mara.recht@example.org"


def _withdraw_request(page) -> None:
    page.goto(page.base_url + "/hilfe-anfragen/meine-anfragen/")
    page.get_by_role("link", name="Anfrage zurückziehen").click()
    page.get_by_role("button", name="Ja, zurückziehen").click()
    expect(page.get_by_text("Ihre Anfrage ist zurückgezogen.")).to_be_visible()


def _withdraw_consent(page) -> None:
    page.goto(page.base_url + "/meine-daten/")
    page.get_by_role("link", name="Einwilligung widerrufen").click()
    page.get_by_label("Ja, ich widerrufe meine Einwilligung", exact=False).check()
    page.get_by_role("button", name="Einwilligung widerrufen").click()
    expect(page.get_by_text("Ihre Einwilligung ist widerrufen.")).to_be_visible()


def _delete_account(page) -> None:
    page.goto(page.base_url + "/meine-daten/")
    page.get_by_role("link", name="Konto löschen").click()
    page.get_by_label("Ihre E-Mail-Adresse zur Bestätigung").fill(SECRET_EMAIL)
    page.get_by_role("button", name="Konto endgültig löschen").click()
    expect(page).to_have_url(page.base_url + "/meine-daten/geloescht/")


CHANGES = {
    "request": _withdraw_request,
    "consent": _withdraw_consent,
    "account": _delete_account,
}


@pytest.mark.parametrize("change", CHANGES)
def test_after_the_founder_withdraws_the_mentors_zusagen_is_refused_and_nothing_leaks(
    page, new_page, step, worker, ratzeburg, coordinator_user, change
):
    founder = make_user(email=SECRET_EMAIL, role=Role.FOUNDER)
    help_request = help_request_of(
        user=founder, place=ratzeburg, email=SECRET_EMAIL, last_name=SECRET_NAME
    )
    mentor = mentor_of(email=MENTOR, place=ratzeburg, bio=SECRET_BIO)
    match = Match.objects.create(help_request=help_request, mentor=mentor, score=0.8)
    match_approve(match=match, by=coordinator_user)

    mentor_page = new_page()
    with step("the mentor opens her offer from the mail", on=mentor_page):
        offer = mail_sent(to=MENTOR, template="matching/mail/offer")
        mentor_page.goto(link_in(offer, containing="/vermittlung/antwort/"))
        expect(mentor_page.get_by_role("heading", level=1)).to_have_text(
            "Ihre Antwort auf die Anfrage"
        )

    with step(f"the founder withdraws ({change}) in her own browser"):
        log_in(page, email=SECRET_EMAIL, password=PASSWORD, next_path="/hilfe-anfragen/")
        CHANGES[change](page)

    with step("the mentor clicks Zusagen on the page still open", on=mentor_page):
        mentor_page.get_by_role("button", name="Zusagen").click()
        expect(mentor_page.get_by_role("heading", level=1)).to_have_text(
            "Dieser Link gilt nicht mehr"
        )
        expect(mentor_page.get_by_text("hat diese Anfrage zurückgezogen")).to_be_visible()

    with step("she is told the request was withdrawn, and nothing names the founder"):
        notice = mail_sent(to=MENTOR, template="matching/mail/offer_withdrawn")
        assert "zurückgezogen" in notice.text
        match.refresh_from_db()
        assert match.status == Match.Status.CANCELLED
        wait_for(lambda: not Mail.objects.filter(status=Mail.Status.PENDING).exists(), "mails")
        for mail in Mail.objects.filter(to=MENTOR):
            assert SECRET_NAME not in mail.text and SECRET_EMAIL not in mail.text, mail.template
        assert not Mail.objects.filter(template__startswith="matching/mail/introduction").exists()
