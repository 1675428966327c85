"""What a Sprechtag does when it cannot go ahead as planned: the coordinator cancels the day, or
an expert who said yes leaves (pauses before answering, retires, withdraws her consent, deletes
her account). Nobody who booked is left waiting for someone who will not come: each founder is
moved to another expert's free time, onto the waiting list, or told and offered a help request."""

from __future__ import annotations

import logging
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from consultations.bookings import BookingError, consultation_slot_lock_free
from consultations.ending_mails import (
    booking_ended_mail_enqueue,
    day_cancelled_expert_mail_enqueue,
    lineup_changed_mail_enqueue,
)
from consultations.mails import booking_booked_mail_enqueue
from consultations.models import ConsultationBooking, ConsultationDay, ConsultationInvitation
from consultations.selectors import consultation_slots_free
from consultations.signals import consultation_day_cancelled
from mentors.models import Mentor
from mentors.signals import mentor_unavailable
from vocabulary.choices import EndReason

logger = logging.getLogger(__name__)

Status = ConsultationDay.Status
Answer = ConsultationInvitation.Status
Booking = ConsultationBooking.Status

# Bookings that still expect a conversation: cancelling the day ends them.
EXPECTING = (Booking.UNCONFIRMED, Booking.BOOKED, Booking.WAITING)


@transaction.atomic
def consultation_day_cancel(
    *, day: ConsultationDay, by: User | None, reason: str = "", now: datetime | None = None
) -> ConsultationDay:
    """The coordinator calls the day off: every booking ends, and founders who confirmed and
    experts who were asked learn it by mail (with the reason, and for founders the offer of
    a help request instead); the day's event page goes offline. Idempotent."""
    now = now or timezone.now()
    day = ConsultationDay.objects.select_for_update().get(pk=day.pk)
    if day.status == Status.CANCELLED:
        return day
    if day.date < timezone.localdate(now):
        raise ValidationError(_("Ein vergangener Sprechtag lässt sich nicht mehr absagen."))
    day.status, day.cancelled_at, day.cancel_reason = Status.CANCELLED, now, reason.strip()
    day.save(update_fields=["status", "cancelled_at", "cancel_reason", "updated_at"])
    # Invitations before bookings, the order in which an expert's leaving takes them.
    invitations = day.invitations.select_for_update(of=("self",)).filter(
        status__in=(Answer.INVITED, Answer.ACCEPTED)
    )
    for invitation in invitations.select_related("mentor__user"):
        day_cancelled_expert_mail_enqueue(invitation=invitation)
        if invitation.status == Answer.INVITED:
            invitation.status = Answer.WITHDRAWN
            invitation.save(update_fields=["status"])
    for booking in day.bookings.select_for_update(of=("self",)).filter(status__in=EXPECTING):
        was_confirmed = booking.status != Booking.UNCONFIRMED
        booking.status, booking.cancelled_at = Booking.CANCELLED, now
        booking.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:  # an address never confirmed gets no mail (double opt-in)
            booking_ended_mail_enqueue(booking=booking, day_cancelled=True)
    logger.info("Sprechtag %s cancelled", day.pk)
    transaction.on_commit(
        lambda: consultation_day_cancelled.send(sender=ConsultationDay, day_id=day.pk)
    )
    return day


def _rebook(*, booking: ConsultationBooking, now: datetime) -> bool:
    """The founder's conversation with another expert of the day who covers her topic, at the
    free time nearest to hers; False when there is none."""
    wanted = booking.slot.starts_at
    fitting = [
        slot
        for slot in consultation_slots_free(day=booking.day, now=now).filter(
            invitation__mentor__topics=booking.topic
        )
    ]
    for slot in sorted(fitting, key=lambda slot: abs(slot.starts_at - wanted)):
        try:
            booking.slot = consultation_slot_lock_free(slot_id=slot.pk, now=now)
        except BookingError:
            continue  # taken in the meantime
        booking.save(update_fields=["slot"])
        return True
    return False


def _bookings_reassign(*, invitation: ConsultationInvitation, now: datetime) -> None:
    """Her founders still to come: to another expert, else to the waiting list while another
    expert covers the topic, else the booking ends with the offer of a help request."""
    day = invitation.day
    remaining = ConsultationInvitation.objects.filter(day=day, status=Answer.ACCEPTED)
    bookings = ConsultationBooking.objects.select_for_update(of=("self",)).filter(
        slot__invitation=invitation,
        slot__starts_at__gt=now,
        status__in=(Booking.UNCONFIRMED, Booking.BOOKED),
    )
    for booking in bookings.select_related("slot", "topic", "day"):
        confirmed = booking.status == Booking.BOOKED
        if _rebook(booking=booking, now=now):
            if confirmed:
                booking_booked_mail_enqueue(booking=booking, expert_changed=True)
            continue
        booking.slot = None
        if remaining.filter(mentor__topics=booking.topic).exists():
            # Her earlier confirmation puts her ahead of those who joined the list after her.
            booking.status = Booking.WAITING if confirmed else Booking.UNCONFIRMED
            booking.save(update_fields=["slot", "status"])
            if confirmed:
                booking_ended_mail_enqueue(booking=booking, waiting=True)
            continue
        booking.status, booking.cancelled_at = Booking.CANCELLED, now
        booking.save(update_fields=["slot", "status", "cancelled_at"])
        if confirmed:
            booking_ended_mail_enqueue(booking=booking)


@transaction.atomic
def consultation_expert_withdraw(
    *, mentor_id: int, reason: str, now: datetime | None = None
) -> int:
    """An expert steps back. A pause gives back the invitations she has not answered; leaving
    for good ends her yes to every day still to come as well, and her founders are looked
    after (see _bookings_reassign); the day's coordinator learns of a changed line-up.
    Returns how many invitations ended."""
    now = now or timezone.now()
    # The mentor's row first, as an expert's answer takes it: the two queue, never deadlock.
    Mentor.objects.select_for_update().filter(pk=mentor_id).first()
    ending = (
        (Answer.INVITED,)
        if reason == EndReason.MENTOR_PAUSED
        else (Answer.INVITED, Answer.ACCEPTED)
    )
    invitations = ConsultationInvitation.objects.select_for_update(of=("self",)).filter(
        mentor_id=mentor_id,
        status__in=ending,
        day__status__in=(Status.PLANNED, Status.CONFIRMED),
        day__date__gte=timezone.localdate(now),
    )
    ended = 0
    for invitation in invitations.select_related("day__created_by"):
        said_yes = invitation.status == Answer.ACCEPTED
        invitation.status = Answer.WITHDRAWN
        invitation.save(update_fields=["status"])
        ended += 1
        if said_yes and invitation.day.status == Status.CONFIRMED:
            _bookings_reassign(invitation=invitation, now=now)
        if said_yes:
            lineup_changed_mail_enqueue(invitation=invitation)
    if ended:
        logger.info("expert %s: %s Sprechtag invitations ended (%s)", mentor_id, ended, reason)
    return ended


def _mentor_unavailable(sender, *, mentor_id: int, reason: str, **kwargs) -> None:
    consultation_expert_withdraw(mentor_id=mentor_id, reason=reason)


def endings_connect() -> None:
    mentor_unavailable.connect(_mentor_unavailable, dispatch_uid="consultations.expert_left")
