"""The day before a Sprechtag: founders get their time again with the calendar file, experts the
link to their schedule. No expert sees who comes before then, nor ever a founder's address."""

import re
from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from consultations.bookings import (
    consultation_booking_cancel,
    consultation_booking_confirm,
    consultation_booking_submit,
)
from consultations.reminders import consultation_days_remind
from consultations.selectors import consultation_schedule, consultation_slots_free
from consultations.tokens import schedule_token_make
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def _book(slot, *, email, phone="", confirm=True):
    booking = consultation_booking_submit(
        slot_id=slot.pk,
        topic=Topic.objects.get(slug="steuern"),
        question="Wann muss ich den Fragebogen zur steuerlichen Erfassung abgeben?",
        first_name="Jana",
        last_name=email.split("@")[0],
        email=email,
        phone=phone,
    )
    return consultation_booking_confirm(booking=booking) if confirm else booking


def _evening_before(day) -> datetime:
    return timezone.make_aware(datetime.combine(day.date - timedelta(days=1), time(17)))


def test_the_day_before_founders_and_experts_are_reminded_once(
    confirmed_day, django_capture_on_commit_callbacks
):
    first, second = consultation_slots_free(day=confirmed_day)
    _book(first, email="kommt@example.org")
    consultation_booking_cancel(booking=_book(second, email="abgesagt@example.org"))
    mail.outbox.clear()
    too_early = _evening_before(confirmed_day) - timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert consultation_days_remind(now=too_early) == 0
        assert consultation_days_remind(now=_evening_before(confirmed_day)) == 1
        assert consultation_days_remind(now=_evening_before(confirmed_day)) == 0
    by_address = {m.to[0]: m for m in mail.outbox}
    expert = confirmed_day.invitations.get().mentor.user.email
    assert set(by_address) == {"kommt@example.org", expert}  # not the one who cancelled
    assert by_address["kommt@example.org"].attachments[0][0] == "sprechtag.ics"
    assert "/sprechtage/ablauf/" in by_address[expert].body
    assert "1 Gespräch ist gebucht." in by_address[expert].body
    assert "kommt@example.org" not in by_address[expert].body


def test_no_expert_sees_who_comes_before_the_day_before(client, confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    _book(slot, email="jana.hofmann@example.org", phone="0170 1234567")
    invitation = confirmed_day.invitations.get()
    url = f"/sprechtage/ablauf/{schedule_token_make(invitation_id=invitation.pk)}/"
    assert consultation_schedule(invitation=invitation) is None
    early = client.get(url).content.decode()
    assert "jana.hofmann" not in early and "Fragebogen" not in early
    assert "ab dem" in early
    with time_machine.travel(_evening_before(confirmed_day)):
        html = client.get(url).content.decode()
    row = re.search(r"<tbody>(.*)</tbody>", html, re.S).group(1)
    assert "Jana jana.hofmann" in row and "Fragebogen zur steuerlichen Erfassung" in row
    # Her name, topic and question; never her address or phone.
    assert "example.org" not in html and "0170" not in html


def test_unconfirmed_and_cancelled_bookings_are_not_on_the_schedule(confirmed_day):
    first, second = consultation_slots_free(day=confirmed_day)
    _book(first, email="ohne-klick@example.org", confirm=False)
    consultation_booking_cancel(booking=_book(second, email="weg@example.org"))
    invitation = confirmed_day.invitations.get()
    assert consultation_schedule(invitation=invitation, today=confirmed_day.date) == []


def test_on_the_day_the_expert_marks_who_came_and_no_shows_are_counted(client, confirmed_day):
    from consultations.models import ConsultationBooking

    first, second = consultation_slots_free(day=confirmed_day)
    came, missed = _book(first, email="kam@example.org"), _book(second, email="fehlte@example.org")
    invitation = confirmed_day.invitations.get()
    url = f"/sprechtage/ablauf/{schedule_token_make(invitation_id=invitation.pk)}/"
    answers = {f"came-{came.pk}": "yes", f"came-{missed.pk}": "no"}
    with time_machine.travel(_evening_before(confirmed_day)):  # not yet: nothing is marked
        assert 'name="came-' not in client.get(url).content.decode()
        client.post(url, answers)
    came.refresh_from_db()
    assert came.status == ConsultationBooking.Status.BOOKED
    on_the_day = timezone.make_aware(datetime.combine(confirmed_day.date, time(15)))
    with time_machine.travel(on_the_day):
        response = client.post(url, answers, follow=True)
    assert "2 Gespräche eingetragen." in response.content.decode()
    statuses = dict(ConsultationBooking.objects.values_list("email", "status"))
    assert statuses == {"kam@example.org": "attended", "fehlte@example.org": "no_show"}
