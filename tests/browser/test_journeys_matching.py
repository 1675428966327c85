"""The matching loop in a real browser, with the real worker doing the runs and the mails: the
coordinator runs matching and approves in the admin, the mentor accepts from the mailed link,
both are introduced; later the founder gives feedback through the mailed link."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from conftest import PASSWORD
from founders.models import Founder, HelpRequest
from matching.feedback import feedback_requests_send
from matching.lifecycle import match_accept, match_approve
from matching.models import Feedback, Match, MatchingRun
from matching.services import matching_run_start
from mentors.models import Mentor
from tests.browser.demo import log_in
from tests.browser.mails import link_in, mail_sent
from tests.worker import wait_for
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Place, Topic

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOUNDER = "jan.hofladen@example.org"
MENTOR = "torben.steuer@example.org"


def _open_help_request(*, place: Place) -> HelpRequest:
    user = User.objects.create_user(email=FOUNDER)
    help_request = HelpRequest.objects.create(
        founder=Founder.objects.create(user=user),
        first_name="Jan",
        last_name="Hofmann",
        email=FOUNDER,
        description="Ich eröffne einen Hofladen und brauche Hilfe mit der Umsatzsteuer.",
        stage="idea",
        place=place,
        formats=["in_person"],
        languages=["de"],
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
        confirmed_at=timezone.now(),
        status=HelpRequest.Status.OPEN,
    )
    help_request.topics.set(Topic.objects.filter(slug="steuern"))
    return help_request


def _active_mentor(*, place: Place) -> Mentor:
    user = User.objects.create_user(email=MENTOR, first_name="Torben", last_name="Hansen")
    mentor = Mentor.objects.create(
        user=user,
        profession=Mentor.Profession.TAX_ADVISER,
        bio="Steuerberater in Ratzeburg, Umsatzsteuer und Buchhaltung für Gründungen.",
        place=place,
        status=Mentor.Status.ACTIVE,
        capacity=2,
        travel_radius_km=30,
        languages=["de"],
    )
    mentor.topics.set(Topic.objects.filter(slug="steuern"))
    return mentor


def test_coordinator_runs_matching_and_approves_mentor_accepts_by_mail_both_are_introduced(
    page, new_page, step, worker, ratzeburg, coordinator_user
):
    help_request = _open_help_request(place=ratzeburg)
    _active_mentor(place=ratzeburg)

    with step("the coordinator starts a matching run in the admin"):
        log_in(
            page, email=coordinator_user.email, password=PASSWORD, next_path="/admin/matching/runs/"
        )
        page.goto(page.base_url + "/admin/matching/runs/start/")
        page.get_by_role("button", name="Jetzt starten").click()
        expect(page.get_by_label("Fortschritt der Vermittlung")).to_be_visible()

    with step("follows the run's progress until it is done"):
        expect(page.locator("[data-progress-message]")).to_have_text(
            "Fertig: 1 von 1 offenen Anfragen haben einen Vorschlag.", timeout=60_000
        )

    with step("approves the proposal"):
        page.reload()  # the list of results and the link to the proposals come with the reload
        page.get_by_role("link", name="Vorschläge ansehen").click()
        # The proposal list names the founder, not "Anfrage 6".
        founder = f"{help_request.first_name} {help_request.last_name}"
        page.get_by_role("link", name=founder).click()
        page.get_by_role("button", name="Freigeben").click()
        expect(page.get_by_text("Vorschlag freigegeben.")).to_be_visible()

    mentor_page = new_page()
    with step("the mentor accepts from the link in the mail", on=mentor_page):
        offer = mail_sent(to=MENTOR, template="matching/mail/offer")
        assert FOUNDER not in offer.text  # contact data only after acceptance
        mentor_page.goto(link_in(offer, containing="/vermittlung/antwort/"))
        expect(mentor_page.get_by_role("heading", level=1)).to_have_text(
            "Ihre Antwort auf die Anfrage"
        )
        mentor_page.get_by_role("button", name="Zusagen").click()
        expect(mentor_page.get_by_role("heading", level=1)).to_have_text("Danke für Ihre Antwort")

    with step("both receive the introduction"):
        to_founder = mail_sent(to=FOUNDER, template="matching/mail/introduction_founder")
        to_mentor = mail_sent(to=MENTOR, template="matching/mail/introduction_mentor")
        assert MENTOR in to_founder.text
        assert FOUNDER in to_mentor.text
        match = Match.objects.get(help_request=help_request)
        assert match.status == Match.Status.INTRODUCED


def _introduced_match(*, coordinator: User, place: Place) -> Match:
    """What the journey above ends with, the quick way (the worker still does the work)."""
    help_request = _open_help_request(place=place)
    _active_mentor(place=place)
    run = matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=coordinator)
    wait_for(
        lambda: MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.FINISHED,
        "the matching run",
    )
    match = Match.objects.get(help_request=help_request)
    match_approve(match=match, by=coordinator)
    mail_sent(to=MENTOR, template="matching/mail/offer")
    match_accept(match=match, by=match.mentor.user)
    mail_sent(to=FOUNDER, template="matching/mail/introduction_founder")
    return match


def test_founder_gives_feedback_through_the_mailed_link(
    page, step, worker, ratzeburg, coordinator_user
):
    match = _introduced_match(coordinator=coordinator_user, place=ratzeburg)
    feedback_requests_send(now=timezone.now() + timedelta(weeks=7))

    with step("opens the feedback link from the mail"):
        mail = mail_sent(to=FOUNDER, template="matching/mail/feedback")
        page.goto(link_in(mail, containing="/vermittlung/rueckmeldung/"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Ihre Rückmeldung")

    with step("answers the four questions"):
        page.get_by_label("ja", exact=True).check()
        page.get_by_label("4", exact=True).check()
        page.get_by_label("Wir machen weiter.").check()
        page.get_by_label("Möchten Sie uns noch etwas sagen? (freiwillig)").fill(
            "Sehr hilfreich, wir treffen uns nächste Woche wieder."
        )
        page.get_by_role("button", name="Rückmeldung senden").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Danke für Ihre Rückmeldung")

    feedback = Feedback.objects.get(match=match)
    assert (feedback.side, feedback.met, feedback.helpful) == ("founder", True, 4)
    assert feedback.comment.startswith("Sehr hilfreich")
