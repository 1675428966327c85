"""When a Sprechtag cannot go ahead as planned, nobody who booked is left waiting for someone
who will not come: a called-off day tells every founder who confirmed and every expert asked,
and goes offline; an expert who leaves hands her founders on to another expert, to the waiting
list, or to a help request."""

import re
from datetime import time, timedelta

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
from consultations.endings import consultation_day_cancel
from consultations.models import ConsultationBooking, ConsultationInvitation
from consultations.selectors import consultation_day_public, consultation_slots_free
from consultations.services import (
    consultation_day_confirm,
    consultation_experts_invite,
    consultation_invitation_accept,
)
from mentors.services import mentor_pause, mentor_retire
from vocabulary.choices import EndReason
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db
Status = ConsultationBooking.Status
Answer = ConsultationInvitation.Status


def _book(slot, *, email: str, topic: str = "steuern", confirm: bool = True):
    booking = consultation_booking_submit(
        slot_id=slot.pk,
        topic=Topic.objects.get(slug=topic),
        question="Wie melde ich mein Gewerbe an?",
        first_name=email.split("@")[0].capitalize(),
        last_name="Hofmann",
        email=email,
    )
    return consultation_booking_confirm(booking=booking) if confirm else booking


def _to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


@pytest.fixture
def settled(django_capture_on_commit_callbacks):
    """Runs the setup's mails out, so a test sees only the mails of the change it makes."""

    def settle(make):
        with django_capture_on_commit_callbacks(execute=True):
            made = make()
        mail.outbox.clear()
        return made

    return settle


@pytest.fixture
def two_experts_day(make_day, make_expert, django_capture_on_commit_callbacks):
    """Anna (tax, law) 14:00–15:00 and Ben (tax) 14:00–14:30: three slots, all for tax."""
    day = make_day(topics=("steuern", "recht"))
    anna = make_expert(topics=("steuern", "recht"))
    ben = make_expert(topics=("steuern",))
    with django_capture_on_commit_callbacks(execute=True):
        first, second = consultation_experts_invite(day=day, mentor_ids=[anna.pk, ben.pk])
        hours = {first.mentor_id: time(15), second.mentor_id: time(14, 30)}
        for invitation in (first, second):
            consultation_invitation_accept(
                invitation=invitation,
                available_from=time(14),
                available_until=hours[invitation.mentor_id],
            )
        day = consultation_day_confirm(day=day)
    mail.outbox.clear()
    return day, anna, ben


def _slot_of(day, mentor, at: time):
    return day.slots.get(invitation__mentor=mentor, starts_at=day.at(at))


def _wait(day, *, email: str):
    return consultation_booking_confirm(
        booking=consultation_waitlist_join(
            day=day,
            topic=Topic.objects.get(slug="steuern"),
            question="Brauche ich eine Steuernummer?",
            first_name="Lea",
            last_name="Ort",
            email=email,
        )
    )


def test_a_called_off_day_ends_every_booking_and_tells_those_who_confirmed(
    client, confirmed_day, settled, django_capture_on_commit_callbacks
):
    first, second = consultation_slots_free(day=confirmed_day)
    booked = settled(lambda: _book(first, email="jana@example.org"))
    unconfirmed = settled(lambda: _book(second, email="nie.bestaetigt@example.org", confirm=False))
    waiting = settled(lambda: _wait(confirmed_day, email="lea@example.org"))
    assert waiting.status == Status.WAITING
    with django_capture_on_commit_callbacks(execute=True):
        day = consultation_day_cancel(day=confirmed_day, by=None, reason="Der Raum ist gesperrt.")
    assert day.status == day.Status.CANCELLED
    for booking in (booked, unconfirmed, waiting):
        booking.refresh_from_db()
        assert booking.status == Status.CANCELLED
    assert consultation_day_public(pk=day.pk) is None
    assert client.get(f"/sprechtage/{day.pk}/").status_code == 404
    (to_jana,) = _to("jana@example.org")
    assert "fällt aus" in to_jana.subject and "Der Raum ist gesperrt." in to_jana.body
    assert _to("lea@example.org") and not _to("nie.bestaetigt@example.org")
    (to_anna,) = [m for m in mail.outbox if "expertin" in m.to[0]]
    assert "fällt aus" in to_anna.subject
    # Her question need not be lost: the mail's link opens a request filled from it.
    link = re.search(r"https?://[^/]+(/hilfe-anfragen/\?sprechtag=\S+)", to_jana.body).group(1)
    assert "Wie melde ich mein Gewerbe an?" in client.get(link).content.decode()
    # Called off twice, nobody hears twice.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        consultation_day_cancel(day=day, by=None)
    assert mail.outbox == []


def test_a_day_that_is_over_cannot_be_called_off(confirmed_day):
    later = timezone.now() + timedelta(days=20)
    with pytest.raises(ValidationError):
        consultation_day_cancel(day=confirmed_day, by=None, now=later)
    confirmed_day.refresh_from_db()
    assert confirmed_day.status == confirmed_day.Status.CONFIRMED


def test_an_expert_who_leaves_hands_her_founders_on(
    two_experts_day, settled, django_capture_on_commit_callbacks
):
    day, anna, ben = two_experts_day
    # Anna's 14:00 for tax, her 14:30 for law; Ben's 14:00 stays free.
    moved = settled(lambda: _book(_slot_of(day, anna, time(14)), email="jana@example.org"))
    ended = settled(
        lambda: _book(_slot_of(day, anna, time(14, 30)), email="tom@example.org", topic="recht")
    )
    with django_capture_on_commit_callbacks(execute=True):
        mentor_retire(mentor=anna, by=None, reason=EndReason.MENTOR_DELETED)
    moved.refresh_from_db()
    ended.refresh_from_db()
    # Tax: Ben takes her at the same time, and she is told to check the time.
    assert moved.status == Status.BOOKED and moved.slot.invitation.mentor == ben
    (to_jana,) = _to("jana@example.org")
    assert "Geändert" in to_jana.subject and "andere Expert:in" in to_jana.body
    # Law: nobody else covers it, so the booking ends with the offer of a request.
    assert ended.status == Status.CANCELLED and ended.slot is None
    (to_tom,) = _to("tom@example.org")
    assert "/hilfe-anfragen/?sprechtag=" in to_tom.body
    # Anna is off the day's page, her times can no longer be booked, the coordinator knows.
    assert day.invitations.get(mentor=anna).status == Answer.WITHDRAWN
    assert all(slot.invitation.mentor == ben for slot in consultation_slots_free(day=day))
    (to_coordinator,) = _to("koordination@example.org")
    assert "Zusage" in to_coordinator.subject


def test_with_no_free_time_left_her_founder_waits_at_the_front_of_the_list(
    two_experts_day, settled, django_capture_on_commit_callbacks
):
    day, anna, ben = two_experts_day
    settled(lambda: _book(_slot_of(day, ben, time(14)), email="ben.kundin@example.org"))
    moved = settled(lambda: _book(_slot_of(day, anna, time(14)), email="jana@example.org"))
    settled(lambda: _book(_slot_of(day, anna, time(14, 30)), email="ole@example.org"))
    later = settled(lambda: _wait(day, email="mia@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        mentor_retire(mentor=anna, by=None)
    moved.refresh_from_db()
    assert moved.status == Status.WAITING and moved.slot is None
    assert "Warteliste" in _to("jana@example.org")[0].body
    # When Ben's founder cancels, Jana moves up before Mia, who joined the list after her.
    with django_capture_on_commit_callbacks(execute=True):
        consultation_booking_cancel(
            booking=ConsultationBooking.objects.get(email="ben.kundin@example.org")
        )
    moved.refresh_from_db()
    later.refresh_from_db()
    assert moved.status == Status.BOOKED and later.status == Status.WAITING


def test_a_pause_gives_back_open_invitations_but_keeps_a_given_yes(
    make_day, make_expert, django_capture_on_commit_callbacks
):
    planned, other = make_day(), make_day(in_days=21)
    expert = make_expert()
    (asked,) = consultation_experts_invite(day=planned, mentor_ids=[expert.pk])
    (answered,) = consultation_experts_invite(day=other, mentor_ids=[expert.pk])
    consultation_invitation_accept(
        invitation=answered, available_from=time(14), available_until=time(15)
    )
    mentor_pause(mentor=expert, by=None, until=timezone.localdate() + timedelta(days=60))
    asked.refresh_from_db()
    answered.refresh_from_db()
    assert asked.status == Answer.WITHDRAWN
    assert answered.status == Answer.ACCEPTED
