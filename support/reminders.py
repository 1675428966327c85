"""The daily look at the plans: a founder hears once, a week ahead, of each step whose deadline
comes up (the tax questionnaire a month after her start), all her due steps in one mail."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from common.schedules import schedule_ensure
from support.mails import due_mail_enqueue
from support.models import Milestone, SupportTrack

REMIND_DAYS_AHEAD = 7


def milestones_remind(*, now: datetime | None = None) -> int:
    """One mail per founder whose open steps fall due within REMIND_DAYS_AHEAD (or are overdue
    and were never reminded); each step is reminded once. Returns how many mails."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    due = (
        Milestone.objects.filter(
            track__status=SupportTrack.Status.ACTIVE,
            done_at__isnull=True,
            reminded_at__isnull=True,
            due_on__lte=today + timedelta(days=REMIND_DAYS_AHEAD),
        )
        .values_list("track_id", flat=True)
        .distinct()
    )
    mailed = 0
    for track_id in due:
        with transaction.atomic():
            track = SupportTrack.objects.select_for_update().get(pk=track_id)
            steps = list(
                track.milestones.select_for_update()
                .filter(
                    done_at__isnull=True,
                    reminded_at__isnull=True,
                    due_on__lte=today + timedelta(days=REMIND_DAYS_AHEAD),
                )
                .order_by("due_on")
            )
            if not steps or track.status != SupportTrack.Status.ACTIVE:
                continue  # done, reminded or ended meanwhile
            for step in steps:
                step.reminded_at = now
                step.save(update_fields=["reminded_at"])
            due_mail_enqueue(track=track, steps=steps)
            mailed += 1
    return mailed


def support_schedules_sync() -> None:
    from django_q.models import Schedule

    schedule_ensure(
        name="support: due steps",
        func="support.tasks.milestones_remind",
        schedule_type=Schedule.DAILY,
        next_run=timezone.now(),
    )
    schedule_ensure(
        name="support: unanswered expert offers",
        func="support.tasks.track_offers_expire",
        schedule_type=Schedule.DAILY,
        next_run=timezone.now(),
    )
