"""Writes after a Sprechtag: the help request a founder begins from her conversation is noted
on her booking (for the report's follow-on requests), and the two-question feedback of a
founder on her conversation and of an expert on her afternoon."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationFeedback,
    ConsultationInvitation,
)
from consultations.selectors import booking_followable
from founders.signals import help_request_submitted

Role = ConsultationFeedback.Role
# Conversations a founder may give feedback on: she came, or she was booked and not marked.
FEEDBACK_BOOKINGS = (ConsultationBooking.Status.BOOKED, ConsultationBooking.Status.ATTENDED)


@transaction.atomic
def booking_follow_up_record(*, help_request_id: int, referral: str) -> bool:
    """The request begun from a booking's follow-up link belongs to that booking (the first
    one, if she begins several); False when the link names no booking of hers."""
    booking = booking_followable(token=referral)
    if booking is None:
        return False
    booking = ConsultationBooking.objects.select_for_update().get(pk=booking.pk)
    if booking.follow_up_request_id is None:
        booking.follow_up_request_id = help_request_id
        booking.save(update_fields=["follow_up_request"])
    return True


def _help_request_submitted(sender, *, help_request_id: int, referral: str, **kwargs) -> None:
    booking_follow_up_record(help_request_id=help_request_id, referral=referral)


def after_day_connect() -> None:
    help_request_submitted.connect(
        _help_request_submitted, dispatch_uid="consultations.follow_up_request"
    )


def _held(day: ConsultationDay, now: datetime) -> None:
    if day.status != ConsultationDay.Status.CONFIRMED:
        raise ValidationError(_("Dieser Sprechtag hat nicht stattgefunden."))
    if timezone.localdate(now) < day.date:
        raise ValidationError(_("Eine Rückmeldung geht erst ab dem Sprechtag."))


@transaction.atomic
def consultation_feedback_give(
    *,
    helpful: str,
    again: str,
    booking: ConsultationBooking | None = None,
    invitation: ConsultationInvitation | None = None,
    now: datetime | None = None,
) -> ConsultationFeedback:
    """A founder's answers on her conversation (`booking`) or an expert's on her afternoon
    (`invitation`), from the day on; answering again replaces the answers."""
    now = now or timezone.now()
    if (booking is None) == (invitation is None):
        raise TypeError("feedback is given on a booking or on an invitation")
    if booking is not None:
        booking = ConsultationBooking.objects.select_related("day").get(pk=booking.pk)
        if booking.status not in FEEDBACK_BOOKINGS:
            raise ValidationError(_("Zu diesem Gespräch ist keine Rückmeldung möglich."))
        day, key = booking.day, {"booking": booking, "role": Role.FOUNDER}
    else:
        invitation = ConsultationInvitation.objects.select_related("day").get(pk=invitation.pk)
        if invitation.status != ConsultationInvitation.Status.ACCEPTED:
            raise ValidationError(_("Zu diesem Sprechtag ist keine Rückmeldung möglich."))
        day, key = invitation.day, {"invitation": invitation, "role": Role.EXPERT}
    _held(day, now)
    feedback, _created = ConsultationFeedback.objects.update_or_create(
        **key, defaults={"day": day, "helpful": helpful, "again": again, "given_at": now}
    )
    return feedback
