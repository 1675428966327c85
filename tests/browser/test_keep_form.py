"""Nothing typed is lost when sending fails: the form is filled in again when it is reopened."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

OUTAGE_PAGE = "<h1>Wir sind gleich wieder da</h1>"
NEED = "Ich eröffne einen Hofladen in Mölln."


def _fill(page) -> None:
    page.get_by_label("Vorname").fill("Anna")
    page.get_by_label("Nachname").fill("Hansen")
    page.get_by_label("E-Mail-Adresse").fill("anna@example.org")
    page.get_by_label("Worum geht es?").fill(NEED)
    page.get_by_role("checkbox", name="Recht & Verträge").check()


def test_a_failed_send_keeps_the_input_and_success_forgets_it(page, ratzeburg):
    form = page.base_url + "/hilfe-anfragen/"
    page.goto(form)
    _fill(page)
    page.route(  # the server is down when the form is sent
        "**/hilfe-anfragen/",
        lambda route: (
            route.fulfill(status=503, content_type="text/html", body=OUTAGE_PAGE)
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    page.get_by_role("button", name="Anfrage senden").click()
    expect(page.get_by_role("heading", name="Wir sind gleich wieder da")).to_be_visible()

    page.goto(form)
    expect(page.get_by_label("Vorname")).to_have_value("Anna")
    expect(page.get_by_label("Worum geht es?")).to_have_value(
        "Ich eröffne einen Hofladen in Mölln."
    )
    expect(page.get_by_role("checkbox", name="Recht & Verträge")).to_be_checked()
    stored = page.evaluate("sessionStorage.getItem('keep:help-request')")
    assert "antispam" not in stored and "csrfmiddlewaretoken" not in stored

    page.goto(page.base_url + "/hilfe-anfragen/gesendet/")  # the page after a successful send
    page.goto(form)
    expect(page.get_by_label("Vorname")).to_have_value("")
