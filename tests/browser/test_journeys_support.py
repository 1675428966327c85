"""A Begleitung in a real browser, with the real worker sending the mails: a coordinator starts
one from a founder's request in Mölln, the founder agrees by her mail link and finds her
"Gewerbe" plan with the offices of Schleswig-Holstein (a founder in Hagenow, started the same
way, is shown those of Mecklenburg-Vorpommern); the coordinator asks the engine for a lawyer
for one step and a tax adviser for another, both say yes by their links, each sees only her own
step, the lawyer notes a meeting, and the funders' report counts it. Every page on the way is
checked with axe."""

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from mentors.models import Mentor
from support.models import SupportSession, SupportTrack, TrackExpert
from tests.browser.axe import serious_violations
from tests.browser.demo import log_in
from tests.browser.mails import link_in, mail_sent
from vocabulary.models import Land, Place

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
LAW_STEP, TAX_STEP = "Rechtsform wählen", "Fragebogen zur steuerlichen Erfassung abgeben"


def _clean(page) -> None:
    assert not serious_violations(page), (page.url, serious_violations(page))


def _person(email: str, first_name: str, last_name: str):
    user = make_user(email=email)  # with a password and a verified address, to log in
    user.first_name, user.last_name = first_name, last_name
    user.save(update_fields=["first_name", "last_name"])
    return user


def _expert(make_expert, *, email, first_name, topic, profession):
    mentor = make_expert(user=_person(email, first_name, "Beispiel"), topics=(topic,))
    mentor.profession = profession
    mentor.save(update_fields=["profession"])
    return mentor


def _start(page, *, request, idea: str) -> SupportTrack:
    """The coordinator starts a Begleitung in the admin from the founder's request."""
    page.goto(page.base_url + "/admin/support/tracks/new/")
    page.locator("select[name=help_request]").select_option(value=str(request.pk))
    page.get_by_label("Gewerbe", exact=True).check()
    page.locator("select[name=stage]").select_option(value="founding")
    page.locator("textarea[name=idea]").fill(idea)
    page.get_by_role("button", name="Erstellen", exact=True).click()
    expect(page.get_by_role("heading", name="Gründungsfahrplan")).to_be_visible()
    # Checked without Wagtail's own "created" banner, whose edit button axe finds too faint.
    page.reload()
    _clean(page)
    return SupportTrack.objects.get(help_request=request)


def _agree(page, *, email: str) -> None:
    mail = mail_sent(to=email, template="support/mail/consent")
    page.goto(link_in(mail, containing="/begleitung/zustimmen/"))
    _clean(page)
    page.get_by_role("button", name="Ja, ich möchte begleitet werden").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def _say_yes(page, mentor) -> TrackExpert:
    mail = mail_sent(to=mentor.user.email, template="support/mail/expert_offer")
    page.goto(link_in(mail, containing="/begleitung/anfrage/"))
    _clean(page)
    expect(page.get_by_text("Eine Hofkäserei")).to_be_visible()  # the idea, no name
    expect(page.get_by_text("mara.koch@example.org")).to_have_count(0)
    page.get_by_role("button", name="Ja, ich helfe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Danke für Ihre Zusage")
    return TrackExpert.objects.get(mentor=mentor, status="accepted")


def _ask(page, track, *, step: str, expert) -> None:
    page.goto(f"{page.base_url}/admin/support/tracks/{track.pk}/plan/")
    page.get_by_role("link", name=f"Expert:in finden für „{step}“").click()
    page.get_by_role("button", name=f"{expert.user.get_full_name()} anfragen").click()
    expect(page.get_by_text("Angefragt.")).to_be_visible()


def test_a_begleitung_with_two_experts_from_the_request_to_the_report(
    page, new_page, step, worker, moelln, make_request, make_expert, coordinator_user
):
    hagenow = Place.objects.create(
        postcode="19230", locality="Hagenow", land=Land.MV, latitude=53.4313, longitude=11.1916
    )
    mara = _person("mara.koch@example.org", "Mara", "Koch")
    make_request(place=moelln, email=mara.email)
    jonas = _person("jonas.berg@example.org", "Jonas", "Berg")
    make_request(place=hagenow, email=jonas.email)
    moelln_request = mara.founder.help_requests.get()
    hagenow_request = jonas.founder.help_requests.get()
    lawyer = _expert(
        make_expert,
        email="ruth.anwalt@example.org",
        first_name="Ruth",
        topic="recht",
        profession=Mentor.Profession.LAWYER,
    )
    adviser = _expert(
        make_expert,
        email="silke.steuer@example.org",
        first_name="Silke",
        topic="steuern",
        profession=Mentor.Profession.TAX_ADVISER,
    )

    with step("the coordinator starts a Begleitung from Mara's request in Mölln"):
        log_in(page, email=coordinator_user.email, password=PASSWORD, next_path="/admin/")
        track = _start(page, request=moelln_request, idea="Eine Hofkäserei mit Laden in Mölln.")

    founder = new_page()
    with step("Mara agrees by her mail link and finds the offices of her Land", on=founder):
        _agree(founder, email=mara.email)
        log_in(founder, email=mara.email, password=PASSWORD, next_path="/begleitung/")
        expect(founder.get_by_role("heading", name="Mein Gründungsfahrplan")).to_be_visible()
        offices = founder.locator(".step-facts dd")  # "Zuständig": the office of each step
        expect(offices.filter(has_text="IHK zu Lübeck").first).to_be_visible()
        expect(offices.filter(has_text="IHK zu Schwerin")).to_have_count(0)
        _clean(founder)

    with step("a founder in Hagenow is shown the offices of Mecklenburg-Vorpommern"):
        _start(page, request=hagenow_request, idea="Ein Hofladen mit Café in Hagenow.")
        other = new_page()
        mail = mail_sent(to=jonas.email, template="support/mail/consent")
        other.goto(link_in(mail, containing="/begleitung/zustimmen/"))
        expect(other.get_by_text("IHK zu Schwerin").first).to_be_visible()
        expect(other.get_by_text("IHK zu Lübeck")).to_have_count(0)

    with step("the coordinator asks the engine for a lawyer and a tax adviser"):
        _ask(page, track, step=LAW_STEP, expert=lawyer)
        _ask(page, track, step=TAX_STEP, expert=adviser)

    law_page, tax_page = new_page(), new_page()
    with step("both say yes by their mail links", on=law_page):
        law_role = _say_yes(law_page, lawyer)
        tax_role = _say_yes(tax_page, adviser)

    with step("each sees only her own step and the founder's contact", on=law_page):
        log_in(law_page, email=lawyer.user.email, password=PASSWORD, next_path="/")
        law_page.goto(f"{law_page.base_url}/begleitung/mitwirken/{law_role.pk}/")
        expect(law_page.get_by_role("heading", name=LAW_STEP)).to_be_visible()
        expect(law_page.get_by_role("heading", name=TAX_STEP)).to_have_count(0)
        expect(law_page.get_by_role("link", name=mara.email)).to_be_visible()
        _clean(law_page)
        log_in(tax_page, email=adviser.user.email, password=PASSWORD, next_path="/")
        tax_page.goto(f"{tax_page.base_url}/begleitung/mitwirken/{tax_role.pk}/")
        expect(tax_page.get_by_role("heading", name=TAX_STEP)).to_be_visible()
        expect(tax_page.get_by_role("heading", name=LAW_STEP)).to_have_count(0)
        tax_page.goto(f"{tax_page.base_url}/begleitung/mitwirken/{law_role.pk}/")
        expect(tax_page.get_by_role("heading", level=1)).not_to_contain_text("Mara")

    with step("the lawyer notes a meeting; an empty note first shows what is missing", on=law_page):
        law_page.locator("form textarea[name=next_steps]").fill("Entwurf bis Freitag.")
        law_page.get_by_label("Wie lange? (Minuten)").fill("90")
        law_page.locator("form").evaluate_all("forms => forms.forEach(f => f.noValidate = true)")
        law_page.get_by_role("button", name="Treffen notieren").click()
        expect(
            law_page.get_by_text("Bitte schreiben Sie kurz, was besprochen wurde.")
        ).to_be_visible()
        expect(law_page.locator("textarea[name=next_steps]")).to_have_value("Entwurf bis Freitag.")
        _clean(law_page)
        law_page.get_by_label("Was haben Sie besprochen?").fill("Rechtsform: GbR oder UG.")
        law_page.get_by_role("button", name="Treffen notieren").click()
        expect(law_page.get_by_text("Das Treffen ist notiert.")).to_be_visible()
        assert SupportSession.objects.get().minutes == 90

    with step("Mara sees who helps her and the note; the report counts the meeting"):
        founder.reload()
        expect(founder.get_by_text("Hilft Ihnen dabei: Ruth Beispiel")).to_be_visible()
        expect(founder.get_by_text("Rechtsform: GbR oder UG.")).to_be_visible()
        page.goto(page.base_url + "/admin/berichte/")
        table = page.locator("table", has_text="Stunden ehrenamtlicher Hilfe").first
        expect(table.locator("tr", has_text="Treffen notiert")).to_contain_text("1")
        expect(table.locator("tr", has_text="Stunden ehrenamtlicher Hilfe")).to_contain_text("1,5")
        expect(page.get_by_text("Rechtsform: GbR oder UG.")).to_have_count(0)
