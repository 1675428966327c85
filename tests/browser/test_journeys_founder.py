"""A founder-to-be's journey in a real browser, with the real worker sending the mail: from a
guide to a confirmed help request and its status."""

import pytest
from playwright.sync_api import expect

from founders.models import HelpRequest
from tests.browser.demo import demo_region_seed, spam_question_answer
from tests.browser.mails import link_in, mail_sent

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EMAIL = "lena.hofladen@example.org"


def test_visitor_reads_a_guide_asks_for_help_on_its_topic_confirms_and_sees_the_status(
    page, step, worker, human
):
    demo_region_seed()

    with step("reads a guide"):
        page.goto(page.base_url + "/leitfaeden/")
        page.get_by_role("link", name="Steuern für Gründer:innen").first.click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Steuern für Gründer:innen")

    with step("asks for help on the guide's topic"):
        page.get_by_role("link", name="Hilfe zu diesem Thema anfragen").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Hilfe anfragen")
        expect(page.locator("input[name=topics][value=steuern]")).to_be_checked()
        page.get_by_label("Worum geht es?").fill(
            "Ich eröffne einen Hofladen und weiß nicht, ob die Kleinunternehmerregelung passt."
        )
        page.get_by_label("Idee", exact=True).check()
        page.get_by_label("Postleitzahl oder Ort").fill("23909 Ratzeburg")
        page.get_by_label("Video", exact=True).check()
        page.get_by_label("Vorname").fill("Lena")
        page.get_by_label("Nachname").fill("Hofmann")
        page.get_by_label("E-Mail-Adresse").fill(EMAIL)
        page.locator("input[name=consent]").check()
        spam_question_answer(page)
        page.get_by_role("button", name="Anfrage senden").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Bitte bestätigen Sie Ihre E-Mail-Adresse"
        )

    with step("confirms by the link in the mail"):
        mail = mail_sent(to=EMAIL, template="founders/mail/confirm")
        page.goto(link_in(mail, containing="/bestaetigen/"))
        page.get_by_role("button", name="Anfrage bestätigen").click()
        expect(page.get_by_text("Vielen Dank, Ihre Anfrage ist bestätigt.")).to_be_visible()

    with step("sees the status"):
        expect(page.get_by_role("heading", level=1)).to_have_text("Meine Anfragen")
        help_request = HelpRequest.objects.get(email=EMAIL)
        assert help_request.status == HelpRequest.Status.OPEN
        card = page.locator(f"#help-request-{help_request.pk}").locator("..")
        expect(card).to_contain_text(f"Status: {help_request.get_status_display()}")
        expect(card).to_contain_text("Ich eröffne einen Hofladen")
