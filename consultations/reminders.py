"""The mails a Sprechtag sends by the calendar (daily tasks): one reminder of an unanswered
invitation; the day before the day, each founder her time with its calendar file and each
expert the link to her schedule; the day after, each founder the offer of more help and each
expert thanks, both with the two feedback questions."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from common.schedules import schedule_ensure
from consultations.mails import (
    booking_reminder_mail_enqueue,
    expert_thanks_mail_enqueue,
    follow_up_mail_enqueue,
    invitation_mail_enqueue,
    schedule_mail_enqueue,
)
from consultations.models import ConsultationBooking, ConsultationDay, ConsultationInvitation
from consultations.selectors import FOLLOWED_UP

Status = ConsultationDay.Status
Answer = ConsultationInvitation.Status

INVITATION_REMINDER_DAYS = 4  # an invitation unanswered this long gets one reminder


def consultation_invitations_remind(*, now: datetime | None = None) -> int:
    """One reminder per invitation left unanswered for INVITATION_REMINDER_DAYS, while its day
    is still being planned; returns how many were sent."""
    now = now or timezone.now()
    due = ConsultationInvitation.objects.filter(
        status=Answer.INVITED,
        reminded_at__isnull=True,
        invited_at__lt=now - timedelta(days=INVITATION_REMINDER_DAYS),
        day__status=Status.PLANNED,
        day__date__gt=timezone.localdate(now),
    ).values_list("pk", flat=True)
    reminded = 0
    for pk in due:
        with transaction.atomic():
            invitation = ConsultationInvitation.objects.select_for_update().get(pk=pk)
            if invitation.status != Answer.INVITED or invitation.reminded_at is not None:
                continue  # answered or reminded by another worker meanwhile
            invitation.reminded_at = now
            invitation.save(update_fields=["reminded_at"])
            invitation_mail_enqueue(invitation=invitation, reminder=True)
            reminded += 1
    return reminded


def consultation_days_remind(*, now: datetime | None = None) -> int:
    """The day before each confirmed Sprechtag, once: its founders' reminders with the calendar
    file, and its experts' links to their schedules; returns how many days were reminded."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    due = ConsultationDay.objects.filter(
        status=Status.CONFIRMED, date=tomorrow, reminded_at__isnull=True
    ).values_list("pk", flat=True)
    reminded = 0
    for pk in due:
        with transaction.atomic():
            day = ConsultationDay.objects.select_for_update().get(pk=pk)
            if day.reminded_at is not None:
                continue  # another worker was first
            day.reminded_at = now
            day.save(update_fields=["reminded_at"])
            booked = day.bookings.filter(status=ConsultationBooking.Status.BOOKED)
            for booking in booked.select_related("slot", "topic"):
                booking_reminder_mail_enqueue(booking=booking)
            for invitation in day.invitations.filter(status=Answer.ACCEPTED):
                schedule_mail_enqueue(invitation=invitation)
            reminded += 1
    return reminded


def consultation_days_follow_up(*, now: datetime | None = None) -> int:
    """The day after each Sprechtag, once: each founder who had a conversation may turn it into
    a help request in one click, and each expert is thanked and asked to mark who came; both
    get the two questions. Returns how many days were followed up."""
    now = now or timezone.now()
    yesterday = timezone.localdate(now) - timedelta(days=1)
    due = ConsultationDay.objects.filter(
        status=Status.CONFIRMED, date=yesterday, followed_up_at__isnull=True
    ).values_list("pk", flat=True)
    followed = 0
    for pk in due:
        with transaction.atomic():
            day = ConsultationDay.objects.select_for_update().get(pk=pk)
            if day.followed_up_at is not None:
                continue
            day.followed_up_at = now
            day.save(update_fields=["followed_up_at"])
            for booking in day.bookings.filter(status__in=FOLLOWED_UP):
                follow_up_mail_enqueue(booking=booking)
            for invitation in day.invitations.filter(status=Answer.ACCEPTED):
                expert_thanks_mail_enqueue(invitation=invitation)
            followed += 1
    return followed


SCHEDULES = {  # name: (task, every how many minutes; None: daily)
    "consultations: invitation reminders": ("consultations.tasks.invitations_remind", None),
    "consultations: the day before": ("consultations.tasks.days_remind", None),
    "consultations: the day after": ("consultations.tasks.days_follow_up", None),
    # A hold runs out after HOLD; the waiting list should not wait much longer than that.
    "consultations: waiting lists": ("consultations.tasks.waitlists_advance", 10),
}


def consultations_schedules_sync() -> None:
    """The daily looks at unanswered invitations and at tomorrow's and yesterday's days, and
    the frequent one at waiting lists, scheduled once each (idempotent)."""
    from django_q.models import Schedule

    for name, (func, minutes) in SCHEDULES.items():
        rhythm = (
            {"schedule_type": Schedule.MINUTES, "minutes": minutes}
            if minutes
            else {"schedule_type": Schedule.DAILY}
        )
        schedule_ensure(name=name, func=func, next_run=timezone.now(), **rhythm)
