"""Recurring background tasks (django-q2 schedules), registered once each by name."""

from datetime import datetime

from django.db import transaction


@transaction.atomic
def schedule_ensure(
    *,
    name: str,
    func: str,
    schedule_type: str,
    minutes: int | None = None,
    next_run: datetime | None = None,
):
    """Create the schedule `name`, or correct its task and rhythm; never a second copy.

    `next_run` only applies when it is created: a running schedule keeps its own rhythm."""
    from django_q.models import Schedule

    schedule = Schedule.objects.select_for_update().filter(name=name).order_by("pk").first()
    wanted = {"func": func, "schedule_type": schedule_type, "minutes": minutes}
    if schedule is None:
        extra = {"next_run": next_run} if next_run else {}
        return Schedule.objects.create(name=name, repeats=-1, **wanted, **extra)
    changed = [key for key, value in wanted.items() if getattr(schedule, key) != value]
    if changed:
        for key in changed:
            setattr(schedule, key, wanted[key])
        schedule.save(update_fields=changed)
    return schedule
