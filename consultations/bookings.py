"""Writes for founders' bookings at a Sprechtag: submit (holding the slot until the mailed link
confirms it), confirm, cancel. The slot's row lock decides who gets the last one; the unique
constraint on holding bookings backs it up."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consultations.mails import booking_booked_mail_enqueue, booking_confirm_mail_enqueue
from consultations.models import ConsultationBooking, ConsultationDay, ConsultationSlot
from consultations.models.bookings import HOLD
from vocabulary.consent import BOOKING_CONSENT
from vocabulary.models import Topic

Status = ConsultationBooking.Status
TAKEN = gettext_lazy("Dieser Termin ist gerade vergeben worden. Bitte wählen Sie einen anderen.")


class BookingError(ValidationError):
    """A booking that cannot be made or changed any more; its message says why."""


def _free_slot(*, slot_id: int, now: datetime) -> ConsultationSlot:
    """The slot, locked, once any hold on it that ran out is let go; refused if taken."""
    slot = (
        ConsultationSlot.objects.select_for_update()
        .select_related("day", "invitation__mentor")
        .filter(pk=slot_id)
        .first()
    )
    if slot is None or slot.day.status != ConsultationDay.Status.CONFIRMED:
        raise BookingError({"slot": _("Diesen Termin gibt es nicht mehr.")})
    if slot.starts_at <= now:
        raise BookingError({"slot": _("Dieser Termin hat schon begonnen.")})
    for booking in slot.bookings.select_for_update().filter(status__in=(Status.UNCONFIRMED,)):
        if booking.created_at <= now - HOLD:
            booking.status = Status.EXPIRED
            booking.save(update_fields=["status"])
    if slot.bookings.filter(status__in=(Status.UNCONFIRMED, Status.BOOKED)).exists():
        raise BookingError({"slot": TAKEN})
    return slot


def consultation_booking_submit(
    *,
    slot_id: int,
    topic: Topic,
    question: str,
    first_name: str,
    last_name: str,
    email: str,
    phone: str = "",
    language: str = "de",
    now: datetime | None = None,
) -> ConsultationBooking:
    """Hold a free slot for a founder and mail her the link that confirms it (double opt-in)."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            slot = _free_slot(slot_id=slot_id, now=now)
            if not slot.invitation.mentor.topics.filter(pk=topic.pk).exists():
                raise BookingError(
                    {"topic": _("Zu diesem Thema berät die gewählte Expert:in nicht.")}
                )
            booking = ConsultationBooking.objects.create(
                day=slot.day,
                slot=slot,
                topic=topic,
                question=question.strip(),
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                email=email.strip(),
                phone=phone.strip(),
                language=language,
                consent_version=BOOKING_CONSENT.version,
                consented_at=now,
                created_at=now,
            )
            booking_confirm_mail_enqueue(booking=booking)
    except IntegrityError as error:  # another booking took the slot between lock and insert
        raise BookingError({"slot": TAKEN}) from error
    return booking


@transaction.atomic
def consultation_booking_confirm(
    *, booking: ConsultationBooking, now: datetime | None = None
) -> ConsultationBooking:
    """The founder's click on the mailed link: the slot is hers (if it still is free after her
    hold ran out), and she gets the confirmation with the calendar file and the cancel link."""
    now = now or timezone.now()
    booking = ConsultationBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Status.BOOKED:
        return booking  # a second click, or a mail scanner before her
    if booking.status == Status.CANCELLED:
        raise BookingError(_("Diese Buchung ist abgesagt."))
    if booking.status == Status.EXPIRED or booking.created_at <= now - HOLD:
        booking.status = Status.EXPIRED
        booking.save(update_fields=["status"])
        _free_slot(slot_id=booking.slot_id, now=now)  # refused if someone else has it now
    booking.status, booking.confirmed_at = Status.BOOKED, now
    booking.save(update_fields=["status", "confirmed_at"])
    booking_booked_mail_enqueue(booking=booking)
    return booking


@transaction.atomic
def consultation_booking_cancel(
    *, booking: ConsultationBooking, now: datetime | None = None
) -> ConsultationBooking:
    """The founder's cancellation by link: the slot is free again at once."""
    now = now or timezone.now()
    booking = ConsultationBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Status.CANCELLED:
        return booking
    if booking.slot.starts_at <= now:
        raise BookingError(_("Das Gespräch hat schon begonnen; absagen geht nicht mehr."))
    booking.status, booking.cancelled_at = Status.CANCELLED, now
    booking.save(update_fields=["status", "cancelled_at"])
    return booking
