"""Founders book a slot without an account: it is held for them until the mailed link confirms
it; the confirmation brings a calendar file and a cancel link; cancelling frees the slot."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from consultations.bookings import (
    consultation_booking_cancel,
    consultation_booking_confirm,
    consultation_booking_submit,
    consultation_waitlist_join,
)
from consultations.models import ConsultationBooking
from consultations.models.bookings import HOLD
from consultations.selectors import consultation_day_experts, consultation_slots_free
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db
Status = ConsultationBooking.Status


def _book(slot, *, email="jana@example.org", topic="steuern", **fields) -> ConsultationBooking:
    values = {
        "slot_id": slot.pk,
        "topic": Topic.objects.get(slug=topic),
        "question": "Muss ich als Kleinunternehmerin Umsatzsteuer ausweisen?",
        "first_name": "Jana",
        "last_name": "Hofmann",
        "email": email,
        **fields,
    }
    return consultation_booking_submit(**values)


def test_a_booking_holds_its_slot_and_asks_for_confirmation_by_mail(
    confirmed_day, django_capture_on_commit_callbacks
):
    first, second = consultation_slots_free(day=confirmed_day)
    with django_capture_on_commit_callbacks(execute=True):
        booking = _book(first)
    assert booking.status == Status.UNCONFIRMED
    assert list(consultation_slots_free(day=confirmed_day)) == [second]
    (sent,) = mail.outbox
    assert sent.to == ["jana@example.org"] and "/sprechtage/buchung/bestaetigen/" in sent.body


def test_confirming_books_the_slot_and_sends_the_calendar_file_and_cancel_link(
    confirmed_day, django_capture_on_commit_callbacks
):
    booking = _book(consultation_slots_free(day=confirmed_day)[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        booked = consultation_booking_confirm(booking=booking)
        again = consultation_booking_confirm(booking=booking)  # a second click changes nothing
    assert booked.status == again.status == Status.BOOKED
    (sent,) = mail.outbox
    assert "/sprechtage/buchung/absagen/" in sent.body
    ((name, content, mimetype),) = sent.attachments
    assert (name, mimetype) == ("sprechtag.ics", "text/calendar")
    assert "DTSTART" in content and "Dorfbüro Mölln" in content


def test_a_taken_slot_is_refused_with_a_message_for_the_slot_field(confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    _book(slot)
    with pytest.raises(ValidationError) as raised:
        _book(slot, email="zweite@example.org")
    assert raised.value.message_dict == {
        "slot": ["Dieser Termin ist gerade vergeben worden. Bitte wählen Sie einen anderen."]
    }
    assert ConsultationBooking.objects.count() == 1


def test_an_unconfirmed_hold_runs_out_and_the_slot_goes_to_the_next(confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    late = _book(slot)
    after = timezone.now() + HOLD + timedelta(minutes=1)
    assert slot in consultation_slots_free(day=confirmed_day, now=after)
    other = _book(slot, email="zweite@example.org", now=after)
    late.refresh_from_db()
    assert (late.status, other.status) == (Status.EXPIRED, Status.UNCONFIRMED)
    with pytest.raises(ValidationError, match="gerade vergeben"):  # her link comes too late
        consultation_booking_confirm(booking=late, now=after)


def test_a_late_confirmation_still_gets_the_slot_if_nobody_took_it(confirmed_day):
    booking = _book(consultation_slots_free(day=confirmed_day)[0])
    after = timezone.now() + HOLD + timedelta(hours=1)
    assert consultation_booking_confirm(booking=booking, now=after).status == Status.BOOKED


def test_cancelling_frees_the_slot_at_once(confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    booking = consultation_booking_confirm(booking=_book(slot))
    consultation_booking_cancel(booking=booking)
    booking.refresh_from_db()
    assert booking.status == Status.CANCELLED and booking.cancelled_at is not None
    assert slot in consultation_slots_free(day=confirmed_day)
    assert _book(slot, email="zweite@example.org").status == Status.UNCONFIRMED


def test_a_topic_the_expert_does_not_cover_is_refused_next_to_the_topic(confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    with pytest.raises(ValidationError) as raised:
        _book(slot, topic="recht")
    assert list(raised.value.message_dict) == ["topic"]
    assert not ConsultationBooking.objects.exists()


def test_a_slot_that_has_begun_cannot_be_booked(confirmed_day):
    slot = consultation_slots_free(day=confirmed_day)[0]
    with pytest.raises(ValidationError, match="schon begonnen"):
        _book(slot, now=slot.starts_at + timedelta(minutes=1))


def test_founders_see_the_expert_by_name_only_with_her_consent(confirmed_day):
    (expert,) = consultation_day_experts(day=confirmed_day)
    assert expert.name == "Anna, Steuerberater:in"
    assert [t.slug for t in expert.topics] == ["steuern"]  # only the day's topics she covers
    invitation = confirmed_day.invitations.get()
    invitation.shown_publicly = False
    invitation.save()
    (unnamed,) = consultation_day_experts(day=confirmed_day)
    assert unnamed.name == ""


def _waiting(day, *, email, topic="steuern") -> ConsultationBooking:
    entry = consultation_waitlist_join(
        day=day,
        topic=Topic.objects.get(slug=topic),
        question="Wie viel Startkapital brauche ich?",
        first_name="Wera",
        last_name="Warte",
        email=email,
    )
    return consultation_booking_confirm(booking=entry)


def _full(day) -> list[ConsultationBooking]:
    return [
        consultation_booking_confirm(booking=_book(slot, email=f"voll{n}@example.org"))
        for n, slot in enumerate(consultation_slots_free(day=day))
    ]


def test_a_cancellation_moves_the_first_on_the_waiting_list_up_with_a_mail(
    confirmed_day, django_capture_on_commit_callbacks
):
    first_booked, _second = _full(confirmed_day)
    first = _waiting(confirmed_day, email="erste@example.org")
    second = _waiting(confirmed_day, email="zweite@example.org")
    assert (first.status, first.slot) == (Status.WAITING, None)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        consultation_booking_cancel(booking=first_booked)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.slot_id) == (Status.BOOKED, first_booked.slot_id)
    assert second.status == Status.WAITING
    (sent,) = mail.outbox
    assert sent.to == ["erste@example.org"] and "Nachgerückt" in sent.subject
    assert "nachgerückt" in sent.body and sent.attachments
    assert list(consultation_slots_free(day=confirmed_day)) == []


def test_the_waiting_list_moves_up_only_for_a_topic_the_freed_expert_covers(confirmed_day):
    booked, _other = _full(confirmed_day)
    confirmed_day.topics.add(Topic.objects.get(slug="recht"))
    lawyer_wanted = _waiting(confirmed_day, email="recht@example.org", topic="recht")
    tax_wanted = _waiting(confirmed_day, email="steuer@example.org")
    consultation_booking_cancel(booking=booked)
    lawyer_wanted.refresh_from_db()
    tax_wanted.refresh_from_db()
    assert lawyer_wanted.status == Status.WAITING  # Anna advises on tax, not law
    assert tax_wanted.status == Status.BOOKED


def test_an_unconfirmed_waiting_entry_does_not_move_up(confirmed_day):
    booked, _other = _full(confirmed_day)
    unconfirmed = consultation_waitlist_join(
        day=confirmed_day,
        topic=Topic.objects.get(slug="steuern"),
        question="?",
        first_name="Ohne",
        last_name="Klick",
        email="ohne@example.org",
    )
    consultation_booking_cancel(booking=booked)
    unconfirmed.refresh_from_db()
    assert unconfirmed.status == Status.UNCONFIRMED and unconfirmed.slot is None
    assert len(consultation_slots_free(day=confirmed_day)) == 1
    # Her click comes later: the free time is hers at once.
    assert consultation_booking_confirm(booking=unconfirmed).status == Status.BOOKED


def test_a_waiting_entry_can_leave_the_list_and_a_topic_of_another_day_is_refused(confirmed_day):
    _full(confirmed_day)
    entry = _waiting(confirmed_day, email="geht@example.org")
    assert consultation_booking_cancel(booking=entry).status == Status.CANCELLED
    with pytest.raises(ValidationError) as raised:
        consultation_waitlist_join(
            day=confirmed_day,
            topic=Topic.objects.get(slug="marketing"),
            question="?",
            first_name="A",
            last_name="B",
            email="c@example.org",
        )
    assert list(raised.value.message_dict) == ["topic"]


def test_a_time_freed_by_a_hold_that_ran_out_goes_to_the_waiting_list(
    confirmed_day, django_capture_on_commit_callbacks
):
    from consultations.bookings import consultation_waitlists_advance

    first, second = consultation_slots_free(day=confirmed_day)
    consultation_booking_confirm(booking=_book(first, email="voll@example.org"))
    _book(second, email="vergessen@example.org")  # never confirmed
    waiting = _waiting(confirmed_day, email="warte@example.org")
    assert waiting.status == Status.WAITING
    assert consultation_waitlists_advance() == 0  # the hold still runs
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert consultation_waitlists_advance(now=timezone.now() + HOLD) == 1
    waiting.refresh_from_db()
    assert (waiting.status, waiting.slot_id) == (Status.BOOKED, second.pk)
    assert [m.to for m in mail.outbox] == [["warte@example.org"]]
