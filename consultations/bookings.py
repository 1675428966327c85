"""Writes for founders' bookings at a Sprechtag: submit (holding the slot until the mailed link
confirms it) or join a full day's waiting list, confirm, cancel (the freed slot goes to the
first fitting entry of the waiting list). The slot's row lock decides who gets the last one;
the unique constraint on holding bookings backs it up."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consultations.mails import booking_booked_mail_enqueue, booking_confirm_mail_enqueue
from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationInvitation,
    ConsultationSlot,
)
from consultations.models.bookings import HOLD
from consultations.selectors import consultation_slots_free
from vocabulary.consent import BOOKING_CONSENT
from vocabulary.models import Topic

Status = ConsultationBooking.Status
TAKEN = gettext_lazy("Dieser Termin ist gerade vergeben worden. Bitte wählen Sie einen anderen.")


class BookingError(ValidationError):
    """A booking that cannot be made or changed any more; its message says why."""


def consultation_slot_lock_free(*, slot_id: int, now: datetime) -> ConsultationSlot:
    """The slot, locked, once any hold on it that ran out is let go; refused if taken."""
    slot = (  # the slot's row only: the day and the mentor stay free for others
        ConsultationSlot.objects.select_for_update(of=("self",))
        .select_related("day", "invitation__mentor")
        .filter(pk=slot_id)
        .first()
    )
    gone = slot is None or slot.invitation.status != ConsultationInvitation.Status.ACCEPTED
    if gone or slot.day.status != ConsultationDay.Status.CONFIRMED:
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


def _create(*, day, slot, topic, founder: dict, now: datetime) -> ConsultationBooking:
    booking = ConsultationBooking.objects.create(
        day=day,
        slot=slot,
        topic=topic,
        question=founder["question"].strip(),
        first_name=founder["first_name"].strip(),
        last_name=founder["last_name"].strip(),
        email=founder["email"].strip(),
        phone=founder.get("phone", "").strip(),
        language=founder.get("language", "de"),
        consent_version=BOOKING_CONSENT.version,
        consented_at=now,
        created_at=now,
    )
    booking_confirm_mail_enqueue(booking=booking)
    return booking


def consultation_booking_submit(
    *, slot_id: int, topic: Topic, now: datetime | None = None, **founder: str
) -> ConsultationBooking:
    """Hold a free slot for a founder and mail her the link that confirms it (double opt-in).
    `founder`: question, first_name, last_name, email, and optionally phone and language."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            slot = consultation_slot_lock_free(slot_id=slot_id, now=now)
            if not slot.invitation.mentor.topics.filter(pk=topic.pk).exists():
                raise BookingError(
                    {"topic": _("Zu diesem Thema berät die gewählte Expert:in nicht.")}
                )
            return _create(day=slot.day, slot=slot, topic=topic, founder=founder, now=now)
    except IntegrityError as error:  # another booking took the slot between lock and insert
        raise BookingError({"slot": TAKEN}) from error


@transaction.atomic
def consultation_waitlist_join(
    *, day: ConsultationDay, topic: Topic, now: datetime | None = None, **founder: str
) -> ConsultationBooking:
    """A place on a full day's waiting list, confirmed by the same mailed link as a booking."""
    now = now or timezone.now()
    day = ConsultationDay.objects.select_for_update().get(pk=day.pk)
    if day.status != ConsultationDay.Status.CONFIRMED or day.date < timezone.localdate(now):
        raise BookingError(_("Für diesen Sprechtag gibt es keine Warteliste mehr."))
    if not day.topics.filter(pk=topic.pk).exists():
        raise BookingError({"topic": _("Dieses Thema gehört nicht zu diesem Sprechtag.")})
    return _create(day=day, slot=None, topic=topic, founder=founder, now=now)


def _waiting_for(slot: ConsultationSlot) -> ConsultationBooking | None:
    """The first confirmed entry of the slot's day whose topic the slot's expert covers."""
    covered = slot.invitation.mentor.topics.values("pk")
    return (
        ConsultationBooking.objects.select_for_update()
        .filter(day_id=slot.day_id, status=Status.WAITING, topic__in=covered)
        .order_by("confirmed_at", "pk")
        .first()
    )


def _promote(*, slot_id: int, now: datetime) -> ConsultationBooking | None:
    """A freed slot goes to the waiting list's first fitting entry, with the booking's mail."""
    try:
        slot = consultation_slot_lock_free(slot_id=slot_id, now=now)
    except BookingError:
        return None  # begun, or taken again already
    waiting = _waiting_for(slot)
    if waiting is not None:
        waiting.slot, waiting.status = slot, Status.BOOKED
        waiting.save(update_fields=["slot", "status"])
        booking_booked_mail_enqueue(booking=waiting, moved_up=True)
    return waiting


def consultation_waitlists_advance(*, now: datetime | None = None) -> int:
    """Times freed without anyone cancelling (a hold that ran out unconfirmed) go to the first
    fitting entry of the day's waiting list, as a cancellation's would; run every few minutes.
    Returns how many moved up."""
    now = now or timezone.now()
    days = ConsultationDay.objects.filter(
        status=ConsultationDay.Status.CONFIRMED,
        date__gte=timezone.localdate(now),
        bookings__status=Status.WAITING,
    ).distinct()
    moved = 0
    for day in days:
        for slot_id in consultation_slots_free(day=day, now=now).values_list("pk", flat=True):
            with transaction.atomic():
                moved += _promote(slot_id=slot_id, now=now) is not None
    return moved


@transaction.atomic
def consultation_booking_confirm(
    *, booking: ConsultationBooking, now: datetime | None = None
) -> ConsultationBooking:
    """The founder's click on the mailed link: the slot is hers (if it still is free after her
    hold ran out), and she gets the confirmation with the calendar file and the cancel link."""
    now = now or timezone.now()
    booking = ConsultationBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.status in (Status.BOOKED, Status.WAITING):
        return booking  # a second click, or a mail scanner before her
    if booking.status == Status.CANCELLED:
        raise BookingError(_("Diese Buchung ist abgesagt."))
    if booking.slot_id is None:
        booking.status, booking.confirmed_at = Status.WAITING, now
        booking.save(update_fields=["status", "confirmed_at"])
        # A time freed while nobody fitting waited goes to the list's first, perhaps her.
        covered = booking.topic.pk
        for slot in consultation_slots_free(day=booking.day, now=now):
            if slot.invitation.mentor.topics.filter(pk=covered).exists():
                _promote(slot_id=slot.pk, now=now)
                break
        booking.refresh_from_db()
        return booking
    if booking.status == Status.EXPIRED or booking.created_at <= now - HOLD:
        booking.status = Status.EXPIRED
        booking.save(update_fields=["status"])
        consultation_slot_lock_free(
            slot_id=booking.slot_id, now=now
        )  # refused if someone else has it now
    booking.status, booking.confirmed_at = Status.BOOKED, now
    booking.save(update_fields=["status", "confirmed_at"])
    booking_booked_mail_enqueue(booking=booking)
    return booking


@transaction.atomic
def consultation_booking_cancel(
    *, booking: ConsultationBooking, now: datetime | None = None
) -> ConsultationBooking:
    """The founder's cancellation by link: her slot is free again at once and goes to the first
    fitting entry of the waiting list, who learns it by mail."""
    now = now or timezone.now()
    booking = ConsultationBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Status.CANCELLED:
        return booking
    if booking.slot_id is not None and booking.slot.starts_at <= now:
        raise BookingError(_("Das Gespräch hat schon begonnen; absagen geht nicht mehr."))
    freed = booking.slot_id if booking.status in (Status.BOOKED, Status.UNCONFIRMED) else None
    booking.status, booking.cancelled_at = Status.CANCELLED, now
    booking.save(update_fields=["status", "cancelled_at"])
    if freed is not None:
        _promote(slot_id=freed, now=now)
    return booking


MARKABLE = (Status.BOOKED, Status.ATTENDED, Status.NO_SHOW)


@transaction.atomic
def consultation_attendance_record(*, invitation_id: int, came: dict[int, bool], today=None) -> int:
    """The expert marks, from the day itself on, who of her booked founders came (and may
    correct it); returns how many were marked. Only her own bookings count."""
    day = ConsultationDay.objects.select_for_update().get(invitations__pk=invitation_id)
    if (today or timezone.localdate()) < day.date:
        raise BookingError(_("Wer gekommen ist, lässt sich erst am Sprechtag eintragen."))
    bookings = ConsultationBooking.objects.select_for_update().filter(
        slot__invitation_id=invitation_id, status__in=MARKABLE, pk__in=list(came)
    )
    for booking in bookings:
        booking.status = Status.ATTENDED if came[booking.pk] else Status.NO_SHOW
        booking.save(update_fields=["status"])
    return len(bookings)
