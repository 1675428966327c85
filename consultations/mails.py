"""The mails of a Sprechtag: to its experts the invitation with its signed link and the
confirmed line-up with their times; to founders the link that confirms a booking, then the
booking with its calendar file and cancel link. Written to the outbox in the transaction of the
change that causes them."""

from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from common.calendar import CalendarEvent, event_calendar
from consultations.models import ConsultationBooking, ConsultationDay, ConsultationInvitation
from consultations.models.bookings import HOLD
from consultations.selectors import FOLLOW_UP_PARAM
from consultations.tokens import (
    booking_cancel_token_make,
    booking_confirm_token_make,
    expert_feedback_token_make,
    feedback_token_make,
    follow_up_token_make,
    invitation_token_make,
    schedule_token_make,
)
from outbox.links import mail_link
from outbox.services import mail_render_enqueue


def expert_language(invitation: ConsultationInvitation) -> str:
    return invitation.mentor.user.language or settings.LANGUAGE_CODE


def invitation_mail_enqueue(*, invitation: ConsultationInvitation, reminder: bool = False) -> None:
    language = expert_language(invitation)
    token = invitation_token_make(invitation_id=invitation.pk)
    mail_render_enqueue(
        template="consultations/mail/invitation",
        to=invitation.mentor.user.email,
        language=language,
        context={
            "mentor": invitation.mentor,
            "day": invitation.day,
            "topics": ", ".join(str(t) for t in invitation.day.topics.all()),
            "url": mail_link(language=language, name="consultations:answer", token=token),
            "reminder": reminder,
        },
    )


def lineup_mails_enqueue(
    *, day: ConsultationDay, invitations: list[ConsultationInvitation]
) -> None:
    """Each expert who said yes learns that the day takes place and her slots."""
    for invitation in invitations:
        language = expert_language(invitation)
        token = invitation_token_make(invitation_id=invitation.pk)
        mail_render_enqueue(
            template="consultations/mail/lineup",
            to=invitation.mentor.user.email,
            language=language,
            context={
                "mentor": invitation.mentor,
                "day": day,
                "invitation": invitation,
                "slots": invitation.slots.count(),
                "url": mail_link(language=language, name="consultations:answer", token=token),
            },
        )


def day_where(day: ConsultationDay) -> str:
    if day.online:
        return str(_("online, per Video"))
    space = day.space
    return ", ".join(
        part
        for part in (space.name, space.street, f"{space.place.postcode} {space.place.locality}")
        if part
    )


def booking_confirm_mail_enqueue(*, booking: ConsultationBooking) -> None:
    """The double opt-in: the link that makes the held slot the founder's."""
    token = booking_confirm_token_make(booking_id=booking.pk)
    mail_render_enqueue(
        template="consultations/mail/booking_confirm",
        to=booking.email,
        language=booking.language,
        context={
            "booking": booking,
            "day": booking.day,
            "hold_hours": int(HOLD.total_seconds() // 3600),
            "url": mail_link(
                language=booking.language, name="consultations:booking_confirm", token=token
            ),
        },
    )


def _booking_ics(booking: ConsultationBooking) -> list[dict]:
    day, slot = booking.day, booking.slot
    with translation.override(booking.language):
        summary = _("Gespräch beim Sprechtag: %(title)s") % {"title": day.title}
        description = _("Thema: %(topic)s. Absagen: %(url)s") % {
            "topic": booking.topic,
            "url": booking_cancel_url(booking),
        }
        location = day_where(day)
    ics = event_calendar(
        CalendarEvent(
            uid=f"consultation-booking-{booking.pk}@landvorteil-mentoring",
            summary=summary,
            start=slot.starts_at,
            end=slot.ends_at,
            stamp=booking.confirmed_at or booking.created_at,
            description=description,
            location=location,
        )
    )
    return [{"filename": "sprechtag.ics", "content": ics.decode(), "mimetype": "text/calendar"}]


def booking_cancel_url(booking: ConsultationBooking) -> str:
    token = booking_cancel_token_make(booking_id=booking.pk)
    return mail_link(language=booking.language, name="consultations:booking_cancel", token=token)


def _booking_mail(*, booking: ConsultationBooking, template: str, **extra) -> None:
    """A mail to the founder about her booked time: when and where, the calendar file, and
    how to cancel."""
    mail_render_enqueue(
        template=template,
        to=booking.email,
        language=booking.language,
        context={
            "booking": booking,
            "day": booking.day,
            "where": day_where(booking.day),
            "starts_at": timezone.localtime(booking.slot.starts_at),
            "cancel_url": booking_cancel_url(booking),
            **extra,
        },
        attachments=_booking_ics(booking),
    )


def booking_booked_mail_enqueue(
    *, booking: ConsultationBooking, moved_up: bool = False, expert_changed: bool = False
) -> None:
    """The founder's confirmation, or the news that she moved up from the waiting list, or
    that another expert takes her conversation (perhaps at another time)."""
    _booking_mail(
        booking=booking,
        template="consultations/mail/booking_booked",
        moved_up=moved_up,
        expert_changed=expert_changed,
    )


def booking_reminder_mail_enqueue(*, booking: ConsultationBooking) -> None:
    """The day before: her time again."""
    _booking_mail(booking=booking, template="consultations/mail/booking_reminder")


def schedule_mail_enqueue(*, invitation: ConsultationInvitation) -> None:
    """The day before: the expert's link to who comes, on what, with which question."""
    language = expert_language(invitation)
    token = schedule_token_make(invitation_id=invitation.pk)
    mail_render_enqueue(
        template="consultations/mail/schedule",
        to=invitation.mentor.user.email,
        language=language,
        context={
            "mentor": invitation.mentor,
            "day": invitation.day,
            "invitation": invitation,
            "booked": invitation.slots.filter(bookings__status="booked").count(),
            "url": mail_link(language=language, name="consultations:schedule", token=token),
        },
    )


def follow_up_url(booking: ConsultationBooking) -> str:
    """The help request form, filled from her booking (topic, question, name, address)."""
    token = follow_up_token_make(booking_id=booking.pk)
    url = mail_link(language=booking.language, name="founders:create")
    return f"{url}?{urlencode({FOLLOW_UP_PARAM: token})}"


def follow_up_mail_enqueue(*, booking: ConsultationBooking) -> None:
    """The day after: more help, if she wants it, as a help request begun from her booking;
    and the two questions on her conversation."""
    feedback = feedback_token_make(booking_id=booking.pk)
    mail_render_enqueue(
        template="consultations/mail/follow_up",
        to=booking.email,
        language=booking.language,
        context={
            "booking": booking,
            "day": booking.day,
            "url": follow_up_url(booking),
            "feedback_url": mail_link(
                language=booking.language, name="consultations:feedback", token=feedback
            ),
        },
    )


def expert_thanks_mail_enqueue(*, invitation: ConsultationInvitation) -> None:
    """The day after: thanks, the link to mark who came, and the two questions."""
    language = expert_language(invitation)
    schedule = schedule_token_make(invitation_id=invitation.pk)
    feedback = expert_feedback_token_make(invitation_id=invitation.pk)
    mail_render_enqueue(
        template="consultations/mail/expert_thanks",
        to=invitation.mentor.user.email,
        language=language,
        context={
            "mentor": invitation.mentor,
            "day": invitation.day,
            "schedule_url": mail_link(
                language=language, name="consultations:schedule", token=schedule
            ),
            "feedback_url": mail_link(
                language=language, name="consultations:expert_feedback", token=feedback
            ),
        },
    )
