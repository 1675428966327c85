"""From approval to introduction: the mentor's anonymised offer, the answer, both introduced."""

import re
from datetime import timedelta

import pytest
from django.core import mail

from founders.models import HelpRequest
from matching.lifecycle import match_approve
from matching.models import Match
from matching.models.matches import DeclineReason
from matching.selectors import suggestions_compute

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.fixture
def offer(make_request, make_expert, coordinator_user, django_capture_on_commit_callbacks):
    match = Match.objects.create(
        help_request=make_request(email="jan@example.org"), mentor=make_expert(), score=0.7
    )
    with django_capture_on_commit_callbacks(execute=True):  # the worker runs in-line in tests
        match_approve(match=match, by=coordinator_user)
    match.refresh_from_db()
    return match


def test_the_offer_mail_and_page_name_no_founder(client, offer):
    assert offer.status == S.OFFERED
    (message,) = mail.outbox
    assert message.to == [offer.mentor.user.email]
    founder = offer.help_request
    for secret in (founder.last_name, founder.email):
        assert secret not in message.body
    assert "Umsatzsteuer" in message.body and "/vermittlung/" in message.body
    client.force_login(offer.mentor.user)
    page = client.get("/vermittlung/").content.decode()
    assert "Hofladen" in page and "Zusagen" in page
    assert founder.last_name not in page and founder.email not in page


def test_accepting_introduces_both_with_contact_data(
    client, offer, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(offer.mentor.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/vermittlung/angebote/{offer.pk}/zusagen/")
    assert response.status_code == 302
    offer.refresh_from_db()
    offer.help_request.refresh_from_db()
    assert offer.status == S.INTRODUCED
    assert offer.help_request.status == HelpRequest.Status.MATCHED
    to_founder, to_mentor = mail.outbox
    assert to_founder.to == ["jan@example.org"] and offer.mentor.user.email in to_founder.body
    assert to_mentor.to == [offer.mentor.user.email] and "jan@example.org" in to_mentor.body
    assert "jan@example.org" in client.get("/vermittlung/").content.decode()
    client.force_login(offer.help_request.founder.user)
    assert offer.mentor.user.email in client.get("/vermittlung/").content.decode()
    dashboard = client.get("/hilfe-anfragen/meine-anfragen/").content.decode()
    assert "/vermittlung/" in dashboard


def test_declining_with_a_reason_sends_the_request_back_without_that_mentor(
    client, offer, make_expert
):
    other = make_expert()
    client.force_login(offer.mentor.user)
    assert client.post(f"/vermittlung/angebote/{offer.pk}/absagen/", {}).status_code == 400
    client.post(
        f"/vermittlung/angebote/{offer.pk}/absagen/",
        {"reason": DeclineReason.TOO_FAR, "note": "Zu weit für mich"},
    )
    offer.refresh_from_db()
    assert (offer.status, offer.decline_reason) == (S.DECLINED, DeclineReason.TOO_FAR)
    found = suggestions_compute(help_request=offer.help_request)
    assert [s.mentor_id for s in found] == [other.pk]


def test_nobody_else_can_answer_an_offer(client, offer, make_expert):
    for user in (make_expert().user, offer.help_request.founder.user):
        client.force_login(user)
        assert client.post(f"/vermittlung/angebote/{offer.pk}/zusagen/").status_code == 404
        assert client.get(f"/vermittlung/angebote/{offer.pk}/absagen/").status_code == 404
    offer.refresh_from_db()
    assert offer.status == S.OFFERED


def test_a_full_mentor_is_told_why_accepting_failed(client, offer, make_request):
    Match.objects.create(
        help_request=make_request(), mentor=offer.mentor, score=0.5, status=S.ACTIVE
    )
    Match.objects.create(
        help_request=make_request(), mentor=offer.mentor, score=0.5, status=S.ACTIVE
    )
    client.force_login(offer.mentor.user)
    page = client.post(f"/vermittlung/angebote/{offer.pk}/zusagen/", follow=True)
    assert "Alle Plätze sind schon vergeben" in page.content.decode()
    offer.refresh_from_db()
    assert offer.status == S.OFFERED


def test_an_unanswered_offer_is_recalled_after_3_days_and_expires_after_7(
    offer, make_expert, django_capture_on_commit_callbacks
):
    import time_machine
    from django.utils import timezone

    from matching.tasks import offers_remind_and_expire

    other = make_expert()
    mail.outbox.clear()
    start = timezone.now()
    with time_machine.travel(start + timedelta(days=2)):
        with django_capture_on_commit_callbacks(execute=True):
            offers_remind_and_expire()
        assert mail.outbox == []
    with time_machine.travel(start + timedelta(days=3, hours=1)):
        for _ in range(2):  # the hourly task runs again: still one reminder
            with django_capture_on_commit_callbacks(execute=True):
                offers_remind_and_expire()
        (reminder,) = mail.outbox
        assert reminder.subject.startswith("[Landvorteil] Erinnerung")
        assert "nach 7 Tagen an jemand anderen" in reminder.body
    with time_machine.travel(start + timedelta(days=7, hours=1)):
        offers_remind_and_expire()
    offer.refresh_from_db()
    assert offer.status == S.EXPIRED
    assert [s.mentor_id for s in suggestions_compute(help_request=offer.help_request)] == [other.pk]


def answer_link(message) -> str:
    return re.search(r"https?://\S+/vermittlung/antwort/\S+/", message.body).group(0)


def test_the_mail_link_answers_without_logging_in(
    client, offer, django_capture_on_commit_callbacks
):
    url = answer_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]
    page = client.get(f"/{url}").content.decode()
    assert "Hofladen" in page and offer.help_request.email not in page
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"/{url}", {"decision": "accept"})
    assert "Danke für Ihre Zusage" in done.content.decode()
    offer.refresh_from_db()
    assert offer.status == S.INTRODUCED
    assert offer.transitions.get(to_status=S.ACCEPTED).by == offer.mentor.user
    assert client.get(f"/{url}").status_code == 410  # answered: the link is spent


def test_declining_by_link_needs_a_reason(client, offer):
    url = "/" + answer_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]
    assert client.post(url, {"decision": "decline"}).status_code == 400
    client.post(url, {"decision": "decline", "reason": DeclineReason.NO_TIME})
    offer.refresh_from_db()
    assert (offer.status, offer.decline_reason) == (S.DECLINED, DeclineReason.NO_TIME)


def test_a_tampered_or_expired_link_is_refused(client, offer):
    import time_machine
    from django.utils import timezone

    url = "/" + answer_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]
    tampered = url.replace("/antwort/", "/antwort/9").rstrip("/") + "x/"
    assert client.post(tampered, {"decision": "accept"}).status_code == 400
    with time_machine.travel(timezone.now() + timedelta(days=9)):
        assert client.post(url, {"decision": "accept"}).status_code == 400
    offer.refresh_from_db()
    assert offer.status == S.OFFERED


def test_either_side_says_they_met_and_either_completes(
    client, offer, django_capture_on_commit_callbacks, make_expert
):
    from matching.lifecycle import match_accept

    with django_capture_on_commit_callbacks(execute=True):
        match_accept(match=offer, by=offer.mentor.user)
    founder = offer.help_request.founder.user
    client.force_login(make_expert().user)  # someone else's match: not found
    assert client.post(f"/vermittlung/{offer.pk}/", {"step": "met"}).status_code == 404
    client.force_login(founder)
    assert "Wir haben uns getroffen" in client.get("/vermittlung/").content.decode()
    client.post(f"/vermittlung/{offer.pk}/", {"step": "met"})
    offer.refresh_from_db()
    assert offer.status == S.ACTIVE
    client.force_login(offer.mentor.user)
    client.post(f"/vermittlung/{offer.pk}/", {"step": "completed"})
    offer.refresh_from_db()
    offer.help_request.refresh_from_db()
    assert offer.status == S.COMPLETED
    assert offer.help_request.status == HelpRequest.Status.CLOSED
    assert offer.transitions.get(to_status=S.ACTIVE).by == founder
