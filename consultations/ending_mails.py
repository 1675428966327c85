"""The mails of a Sprechtag that changes: a founder whose conversation ends or moves to the
waiting list, an expert whose day is called off, and the coordinator whose line-up lost an
expert. Written to the outbox in the transaction of the change."""

from django.conf import settings
from django.urls import reverse

from consultations.mails import booking_cancel_url, expert_language, follow_up_url
from consultations.models import ConsultationBooking, ConsultationInvitation
from outbox.services import mail_render_enqueue


def booking_ended_mail_enqueue(
    *, booking: ConsultationBooking, day_cancelled: bool = False, waiting: bool = False
) -> None:
    """Her conversation will not take place as booked: the day is off, or her expert cannot
    come. On the waiting list she may leave it by link; otherwise she is offered a help
    request filled from her booking."""
    day = booking.day
    mail_render_enqueue(
        template="consultations/mail/booking_ended",
        to=booking.email,
        language=booking.language,
        context={
            "booking": booking,
            "day": day,
            "day_cancelled": day_cancelled,
            "reason": day.cancel_reason if day_cancelled else "",
            "waiting": waiting,
            "cancel_url": booking_cancel_url(booking) if waiting else "",
            "help_url": "" if waiting else follow_up_url(booking),
        },
    )


def day_cancelled_expert_mail_enqueue(*, invitation: ConsultationInvitation) -> None:
    mail_render_enqueue(
        template="consultations/mail/day_cancelled",
        to=invitation.mentor.user.email,
        language=expert_language(invitation),
        context={"mentor": invitation.mentor, "day": invitation.day},
    )


def lineup_changed_mail_enqueue(*, invitation: ConsultationInvitation) -> None:
    """The coordinator who planned the day: an expert's yes is gone, and what became of her
    founders (the planning page shows it)."""
    day = invitation.day
    coordinator = day.created_by
    if coordinator is None:
        return
    url = settings.SITE_URL.rstrip("/") + reverse("consultation_day_admin:planning", args=[day.pk])
    mail_render_enqueue(
        template="consultations/mail/lineup_changed",
        to=coordinator.email,
        language=coordinator.language or settings.LANGUAGE_CODE,
        context={
            "coordinator": coordinator,
            "day": day,
            "mentor": invitation.mentor,
            "confirmed": bool(day.confirmed_at),
            "url": url,
        },
    )
