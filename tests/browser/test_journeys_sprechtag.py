"""A Sprechtag in a real browser, with the real worker sending the mails: a coordinator plans a
day at an Innovationsort and invites the proposed experts, both say yes by their mail links with
their hours; one founder books without an account and confirms by mail (calendar file
attached), another takes the last time, a third joins the waiting list and moves up when the
first cancels by her link; the day after, the second turns her conversation into a help
request from the mailed link, the form already filled. Every public page on the way is checked
with axe."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import PASSWORD
from consultations.models import ConsultationBooking, ConsultationDay, InnovationSpace
from consultations.reminders import consultation_days_follow_up
from founders.models import HelpRequest
from tests.browser.axe import serious_violations
from tests.browser.demo import log_in, spam_question_answer
from tests.browser.mails import link_in, mail_sent

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
Status = ConsultationBooking.Status


def _clean(page) -> None:
    assert not serious_violations(page), (page.url, serious_violations(page))


def _expert(make_expert, *, email: str, first_name: str):
    from accounts.models import User

    user = User.objects.create_user(email=email, first_name=first_name)
    return make_expert(user=user, topics=("steuern",))


def _book(page, day_url: str, *, email: str, first_name: str, waiting: bool = False) -> None:
    page.goto(day_url)
    _clean(page)
    if not waiting:
        page.locator("input[name=slot]").first.check()
    page.locator("select[name=topic]").select_option(label="Steuern & Buchhaltung")
    page.get_by_label("Ihre Frage in ein, zwei Sätzen").fill(
        "Muss ich für meinen Hofladen Umsatzsteuer ausweisen?"
    )
    page.locator("input[name=first_name]").fill(first_name)
    page.locator("input[name=last_name]").fill("Beispiel")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=consent]").check()
    spam_question_answer(page)
    button = "Auf die Warteliste" if waiting else "Gespräch buchen"
    page.get_by_role("button", name=button).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fast geschafft")
    mail = mail_sent(to=email, template="consultations/mail/booking_confirm")
    page.goto(link_in(mail, containing="/sprechtage/buchung/bestaetigen/"))
    _clean(page)
    confirm = "Ja, auf die Warteliste" if waiting else "Ja, Gespräch verbindlich buchen"
    page.get_by_role("button", name=confirm).click()


def test_a_sprechtag_from_planning_to_a_waiting_list_that_moves_up(
    page, new_page, step, worker, human, moelln, make_expert, coordinator_user
):
    InnovationSpace.objects.create(
        name="Dorfbüro Mölln",
        kind=InnovationSpace.Kind.VILLAGE_OFFICE,
        place=moelln,
        description="Besprechungsraum und WLAN.",
    )
    anna = _expert(make_expert, email="anna.steuer@example.org", first_name="Anna")
    ben = _expert(make_expert, email="ben.steuer@example.org", first_name="Ben")
    date = timezone.localdate() + timedelta(days=14)

    with step("the coordinator plans the day at the Innovationsort"):
        log_in(page, email=coordinator_user.email, password=PASSWORD, next_path="/admin/")
        page.goto(page.base_url + "/admin/consultations/days/new/")
        page.locator("input[name=title]").fill("Sprechtag Steuern in Mölln")
        page.locator("input[name=date]").fill(date.isoformat())
        page.locator("input[name=starts_at]").fill("14:00")
        page.locator("input[name=ends_at]").fill("18:00")
        page.locator("select[name=space]").select_option(label="Dorfbüro Mölln (Mölln)")
        page.locator("input[name=topics]").and_(page.get_by_label("Steuern & Buchhaltung")).check()
        page.locator("input[name=title]").click()  # closes the date and time pickers
        page.get_by_role("button", name="Erstellen", exact=True).click()
        expect(page.get_by_role("heading", name="Sprechtag planen")).to_be_visible()
        day = ConsultationDay.objects.get()

    with step("and invites the two experts the engine proposes"):
        page.locator(f"#invite-{anna.pk}").check()
        page.locator(f"#invite-{ben.pk}").check()
        page.get_by_role("button", name="Ausgewählte einladen").click()
        expect(page.get_by_text("2 Expert:innen eingeladen.")).to_be_visible()

    for expert, start in ((anna, "14:00"), (ben, "14:00")):
        with step(f"{expert.user.first_name} says yes by her mail link with her hours"):
            answer = new_page()
            mail = mail_sent(to=expert.user.email, template="consultations/mail/invitation")
            answer.goto(link_in(mail, containing="/sprechtage/einladung/"))
            _clean(answer)
            answer.get_by_label("Ich bin da von").fill(start)
            answer.get_by_label("bis", exact=True).fill("14:30")  # one conversation each
            answer.locator("input[name=shown_publicly]").check()
            answer.get_by_role("button", name="Zusagen").click()
            expect(answer.get_by_role("heading", level=1)).to_have_text("Danke für Ihre Antwort")

    with step("the coordinator confirms the line-up"):
        page.reload()
        page.get_by_role("button", name="Besetzung bestätigen").click()
        expect(page.get_by_text("Die Besetzung steht")).to_be_visible()
        day.refresh_from_db()
        assert day.status == ConsultationDay.Status.CONFIRMED and day.slots.count() == 2

    day_url = f"{page.base_url}/sprechtage/{day.pk}/"
    first = new_page()
    with step("a founder books without an account and confirms by mail", on=first):
        _book(first, day_url, email="erste@example.org", first_name="Erika")
        expect(first.get_by_role("heading", level=1)).to_have_text("Ihr Gespräch ist gebucht")
        booked = mail_sent(to="erste@example.org", template="consultations/mail/booking_booked")
        assert booked.attachments[0]["filename"] == "sprechtag.ics"
        assert "BEGIN:VEVENT" in booked.attachments[0]["content"]

    second = new_page()
    with step("another founder takes the last time", on=second):
        _book(second, day_url, email="zweite@example.org", first_name="Zora")
        expect(second.get_by_role("heading", level=1)).to_have_text("Ihr Gespräch ist gebucht")

    third = new_page()
    with step("a third finds the day full and joins the waiting list", on=third):
        third.goto(day_url)
        expect(third.get_by_text("Alle Termine dieses Sprechtags sind vergeben.")).to_be_visible()
        _book(third, day_url, email="dritte@example.org", first_name="Dana", waiting=True)
        expect(third.get_by_role("heading", level=1)).to_have_text("Sie stehen auf der Warteliste")
        assert ConsultationBooking.objects.get(email="dritte@example.org").status == Status.WAITING

    with step("the first cancels by her link and the third moves up", on=first):
        first.goto(link_in(booked, containing="/sprechtage/buchung/absagen/"))
        _clean(first)
        first.get_by_role("button", name="Ja, Gespräch absagen").click()
        expect(first.get_by_role("heading", level=1)).to_have_text("Gespräch abgesagt")
        moved = mail_sent(to="dritte@example.org", template="consultations/mail/booking_booked")
        assert "nachgerückt" in moved.text
        assert ConsultationBooking.objects.get(email="dritte@example.org").status == Status.BOOKED

    with step("the day after, the second turns her conversation into a help request", on=second):
        day_after = timezone.make_aware(datetime.combine(date + timedelta(days=1), time(10)))
        assert consultation_days_follow_up(now=day_after) == 1
        follow_up = mail_sent(to="zweite@example.org", template="consultations/mail/follow_up")
        second.goto(link_in(follow_up, containing="/hilfe-anfragen/?sprechtag="))
        _clean(second)
        expect(second.get_by_label("Worum geht es?")).to_have_value(
            "Muss ich für meinen Hofladen Umsatzsteuer ausweisen?"
        )
        expect(second.locator("input[name=topics][value=steuern]")).to_be_checked()
        expect(second.locator("input[name=email]")).to_have_value("zweite@example.org")
        second.get_by_label("Idee", exact=True).check()  # all else is filled in
        spam_question_answer(second)
        second.locator("input[name=consent]").check()
        second.get_by_role("button", name="Anfrage senden").click()
        expect(second.get_by_role("heading", level=1)).to_have_text(
            "Bitte bestätigen Sie Ihre E-Mail-Adresse"
        )
        request = HelpRequest.objects.get(email="zweite@example.org")
        assert request.place == moelln and request.first_name == "Zora"
