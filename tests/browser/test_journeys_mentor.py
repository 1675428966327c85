"""An expert's journey in a real browser, with the real worker sending the mails: registration
on the public site, verification by a coordinator in the Wagtail admin."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from conftest import PASSWORD
from mentors.models import Mentor
from tests.browser.demo import log_in, spam_question_answer
from tests.browser.mails import link_in, mail_sent

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EMAIL = "birte.drechsler@example.org"


def test_expert_registers_and_a_coordinator_verifies_her_in_the_admin(
    page, new_page, step, worker, human, ratzeburg, coordinator_user
):
    with step("registers as an expert"):
        page.goto(page.base_url + "/expertin-werden/")
        page.get_by_label("Unternehmer:in", exact=True).check()
        page.locator("input[name=topics]").first.check()
        page.get_by_label("Kurzvorstellung").fill(
            "Ich führe seit zwanzig Jahren eine Tischlerei in Ratzeburg und helfe gern beim "
            "Kalkulieren, bei Angeboten und beim ersten eigenen Personal."
        )
        page.get_by_label("Ihr Standort (PLZ oder Ort)").fill("23909 Ratzeburg")
        page.get_by_label("Vorname").fill("Birte")
        page.get_by_label("Nachname").fill("Drechsler")
        page.get_by_label("E-Mail-Adresse").fill(EMAIL)
        page.locator("input[name=password1]").fill("Hobelbank-am-See-2026")
        page.locator("input[name=password2]").fill("Hobelbank-am-See-2026")
        page.locator("input[name=consent]").check()
        spam_question_answer(page)
        page.get_by_role("button", name="Profil absenden").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Vielen Dank für Ihr Profil")
        mentor = Mentor.objects.get(user__email=EMAIL)
        assert mentor.status == Mentor.Status.PENDING

    with step("confirms her address by the mailed link"):
        mail = mail_sent(to=EMAIL, template="account/email/email_confirmation")
        page.goto(link_in(mail, containing="/accounts/confirm-email/"))
        page.locator("main").get_by_role("button").click()
        expect(page.locator(".messages")).to_contain_text("bestätigt")
        assert EmailAddress.objects.get(email=EMAIL).verified

    coordinator = new_page()
    with step("the coordinator follows the mailed link into the admin", on=coordinator):
        mail = mail_sent(to=coordinator_user.email, template="mentors/mail/pending")
        coordinator.goto(link_in(mail, containing=f"/admin/mentors/review/{mentor.pk}/"))
        # Not logged in yet: the admin sends her to the site's login and back.
        coordinator.get_by_label("E-Mail").fill(coordinator_user.email)
        coordinator.get_by_label("Passwort").fill(PASSWORD)
        coordinator.get_by_label("Passwort").press("Enter")
        expect(coordinator).to_have_url(f"{page.base_url}/admin/mentors/review/{mentor.pk}/")
        expect(coordinator.locator("main")).to_contain_text("Birte Drechsler")

    with step("verifies the profile", on=coordinator):
        coordinator.get_by_role("button", name="Bestätigen").click()
        expect(coordinator.get_by_text("Profil bestätigt.")).to_be_visible()
        mentor.refresh_from_db()
        assert mentor.status == Mentor.Status.ACTIVE
        assert mentor.verified_by == coordinator_user

    with step("the expert hears of it and finds her profile"):
        mail = mail_sent(to=EMAIL, template="mentors/mail/verified")
        log_in(
            page,
            email=EMAIL,
            password="Hobelbank-am-See-2026",
            next_path=link_in(mail, containing="/expertin-werden/profil/").removeprefix(
                page.base_url
            ),
        )
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert page.url.endswith("/expertin-werden/profil/")
