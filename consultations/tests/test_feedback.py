"""After the day, founder and expert each answer two questions by the link of the day-after
mail; a help request begun from a conversation is counted as following it."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consultations.bookings import (
    consultation_attendance_record,
)
from consultations.models import ConsultationFeedback
from consultations.reminders import consultation_days_follow_up
from founders.models import HelpRequest

pytestmark = pytest.mark.django_db
QUESTION = "Wie finanziere ich den Umbau der Scheune zum Hofcafé?"


@pytest.fixture
def day_after_mails(booked, django_capture_on_commit_callbacks):
    """The mails of the day after the Sprechtag, by address."""
    day = booked.day
    mail.outbox.clear()
    after = timezone.make_aware(datetime.combine(day.date + timedelta(days=1), time(10)))
    with django_capture_on_commit_callbacks(execute=True):
        consultation_days_follow_up(now=after)
    return {m.to[0]: m for m in mail.outbox}


def _link(body: str, path: str) -> str:
    return re.search(rf"https?://[^/]+({path}\S+)", body).group(1)


@pytest.fixture
def on_the_day_after(booked, monkeypatch):
    monkeypatch.setattr(
        timezone, "localdate", lambda *args: booked.day.date + timedelta(days=1), raising=True
    )


def test_the_founder_answers_two_questions_by_her_mailed_link(
    client, booked, day_after_mails, on_the_day_after
):
    link = _link(day_after_mails["jana.hofmann@example.org"].body, "/sprechtage/rueckmeldung/")
    page = client.get(link).content.decode()
    assert "Hat Ihnen das Gespräch geholfen?" in page
    assert client.post(link, {"helpful": "very", "again": "yes"}).status_code == 200
    feedback = ConsultationFeedback.objects.get(booking=booked)
    assert (feedback.role, feedback.helpful, feedback.again) == ("founder", "very", "yes")
    # Answering again replaces her answers; there is still one.
    client.post(link, {"helpful": "somewhat", "again": "maybe"})
    assert ConsultationFeedback.objects.get().helpful == "somewhat"


def test_the_expert_is_thanked_asked_to_mark_who_came_and_answers_her_two_questions(
    client, booked, day_after_mails, on_the_day_after
):
    (to_expert,) = [m for address, m in day_after_mails.items() if address.startswith("expertin")]
    assert "/sprechtage/ablauf/" in to_expert.body
    link = _link(to_expert.body, "/sprechtage/rueckmeldung-expertin/")
    assert "Würden Sie wieder bei einem Sprechtag mitmachen?" in client.get(link).content.decode()
    client.post(link, {"helpful": "very", "again": "yes"})
    assert ConsultationFeedback.objects.get().role == "expert"


def test_an_answer_left_out_is_asked_for_next_to_its_question_and_nothing_is_saved(
    client, booked, day_after_mails, on_the_day_after
):
    link = _link(day_after_mails["jana.hofmann@example.org"].body, "/sprechtage/rueckmeldung/")
    response = client.post(link, {"helpful": "very"})
    assert response.status_code == 400
    assert "Bitte wählen Sie eine Antwort." in response.content.decode()
    assert re.search(r'value="very"[^>]*checked', response.content.decode())  # kept
    assert not ConsultationFeedback.objects.exists()


def test_no_feedback_before_the_day_nor_on_a_forged_link(client, booked, day_after_mails):
    link = _link(day_after_mails["jana.hofmann@example.org"].body, "/sprechtage/rueckmeldung/")
    before = client.post(link, {"helpful": "very", "again": "yes"})  # today is before the day
    assert before.status_code == 400 and "erst ab dem Sprechtag" in before.content.decode()
    forged = client.get(f"/sprechtage/rueckmeldung/{booked.pk}:x:y/")
    assert forged.status_code == 400
    assert not ConsultationFeedback.objects.exists()


def test_a_founder_who_did_not_come_gives_no_feedback_on_the_conversation(
    client, booked, day_after_mails, on_the_day_after
):
    link = _link(day_after_mails["jana.hofmann@example.org"].body, "/sprechtage/rueckmeldung/")
    consultation_attendance_record(
        invitation_id=booked.slot.invitation_id, came={booked.pk: False}, today=booked.day.date
    )
    refused = client.post(link, {"helpful": "very", "again": "yes"})
    assert refused.status_code == 400 and "keine Rückmeldung" in refused.content.decode()
    assert not ConsultationFeedback.objects.exists()


def _request(*, email: str, topic, place, referral: str):
    from founders.services import help_request_submit

    return help_request_submit(
        first_name="Jana",
        last_name="Hofmann",
        email=email,
        topics=[topic],
        description=QUESTION + " Ich brauche dafür einen Plan.",
        stage="idea",
        place=place,
        formats=["in_person"],
        languages=["de"],
        referral=referral,
    )


def test_a_request_begun_from_the_conversation_is_counted_as_following_it(
    client, booked, day_after_mails, moelln
):
    link = _link(day_after_mails["jana.hofmann@example.org"].body, "/hilfe-anfragen/")
    form = client.get(link).content.decode()
    referral = re.search(r'name="referral" value="([^"]+)"', form).group(1)
    help_request = _request(email=booked.email, topic=booked.topic, place=moelln, referral=referral)
    booked.refresh_from_db()
    assert booked.follow_up_request == help_request
    # A forged mark links nothing.
    other = _request(
        email="x@example.org", topic=booked.topic, place=moelln, referral=f"{booked.pk}:forged"
    )
    booked.refresh_from_db()
    assert booked.follow_up_request == help_request != other
    assert HelpRequest.objects.count() == 2
