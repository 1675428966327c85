"""axe-core finds no serious or critical WCAG 2.1 A/AA violation on any public page type, on
the founder's and the mentor's own pages, or on any public form showing its errors."""

import pytest

from support.models import SupportTrack, TrackExpert
from tests.browser.accessibility_data import region_with_matches, sign_in
from tests.browser.axe import axe_available, pages_with_violations, serious_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PUBLIC_PAGES = [
    "/",
    "/leitfaeden/",
    "/leitfaeden/steuern-fuer-gruenderinnen/",
    "/ueber-landvorteil/",
    "/impressum/",
    "/datenschutz/",
    "/veranstaltungen/",
    "/veranstaltungen/gruendungssprechstunde-ratzeburg-dezember-2026/",
    "/suche/?q=Steuern",
    "/innovationsorte/",
    "/innovationsorte/?art=raumstation&gebiet=abc",  # both filters explain their error
    "/kontakt/",
    "/hilfe-anfragen/",
    "/hilfe-anfragen/gesendet/",
    "/expertin-werden/",
    "/expertin-werden/danke/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/login/code/",
    "/en/",
    "/en/guides/",
    "/en/guides/taxes-for-founders/",
    "/en/guides/businessplan/",  # German only: German text, lang="de", in the English frame
    "/en/events/",
    "/en/about/",
    "/en/suche/?q=tax",
    "/en/innovationsorte/",
]


def test_the_check_finds_a_serious_violation_when_there_is_one(page):
    axe_available()
    page.goto(page.base_url + "/accounts/login/")
    assert not serious_violations(page)
    # An image without a text alternative: axe's "image-alt", critical.
    page.locator("main").evaluate("main => main.prepend(document.createElement('img'))")
    assert any(rule.startswith("image-alt ") for rule in serious_violations(page))


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{path}:\n  " + "\n  ".join(rules) for path, rules in found.items())


@pytest.fixture
def region():
    axe_available()
    return region_with_matches()


def test_public_pages_have_no_serious_accessibility_violations(page, region):
    paths = [
        *PUBLIC_PAGES,
        region.confirm_path,
        region.answer_path,
        region.feedback_path,
        region.day_path,
        region.invitation_path,
        region.day_feedback_path,
        region.support_consent_path,
        region.support_offer_path,
    ]
    found = pages_with_violations(page, paths)
    assert not found, _report(found)


def test_the_founders_and_the_mentors_own_pages_have_no_serious_violations(page, new_page, region):
    sign_in(page, region.introduced.help_request.founder.user)
    found = pages_with_violations(page, ["/hilfe-anfragen/meine-anfragen/", "/vermittlung/"])
    supported = new_page()
    sign_in(supported, SupportTrack.objects.filter(status="active").first().founder.user)
    found |= {
        f"{path} (Begleitung)": rules
        for path, rules in pages_with_violations(supported, ["/begleitung/"]).items()
    }
    expert = TrackExpert.objects.filter(status="accepted").order_by("pk").first()
    in_track = new_page()
    sign_in(in_track, expert.mentor.user)
    found |= {
        f"{path} (expert of a Begleitung)": rules
        for path, rules in pages_with_violations(
            in_track, [f"/begleitung/mitwirken/{expert.pk}/"]
        ).items()
    }
    mentor = new_page()
    sign_in(mentor, region.offered.mentor.user)
    found |= {
        f"{path} (mentor)": rules
        for path, rules in pages_with_violations(
            mentor, ["/expertin-werden/profil/", "/vermittlung/", "/meine-daten/"]
        ).items()
    }
    assert not found, _report(found)


FORMS = [
    # (address, the submit button's name): sent empty, each must show its errors accessibly.
    ("/hilfe-anfragen/", "Anfrage senden"),
    ("/expertin-werden/", "Profil absenden"),
    ("/kontakt/", None),
    ("/accounts/login/", None),
    ("/accounts/signup/", None),
    ("/accounts/login/code/", None),
]


def test_public_forms_showing_their_errors_have_no_serious_violations(page, region, human):
    found = {}
    paths = [
        *FORMS,
        (region.feedback_path, "Rückmeldung senden"),
        (region.answer_path, "Absagen"),
        (region.day_path, "Gespräch buchen"),
        (region.day_feedback_path, "Antworten senden"),
    ]
    for path, button in paths:
        page.goto(page.base_url + path)
        form = page.locator("main form[method=post]").last
        # The server's error page, not the browser's own bubbles for `required` fields.
        page.locator("main form").evaluate_all("forms => forms.forEach(f => f.noValidate = true)")
        if button:
            page.get_by_role("button", name=button, exact=True).click()
        else:
            form.locator("[type=submit]").last.click()
        page.wait_for_load_state()
        errors = page.locator(".errorlist, [role=alert], .message--error")
        assert errors.count(), f"{path}: no error shown after an empty submit"
        if violations := serious_violations(page):
            found[f"{path} (errors)"] = violations
    assert not found, _report(found)
