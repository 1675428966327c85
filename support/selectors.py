"""Reads for a Begleitung: the founder's plan as she sees it (what is due, what is done, the
office of her Land for each step), and its due dates for her calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from accounts.models import User
from support.models import Milestone, SupportTrack

Status = SupportTrack.Status
DUE_SOON_DAYS = 14  # a step due within two weeks is shown as due soon


@dataclass(frozen=True)
class Roadmap:
    track: SupportTrack
    steps: list[Milestone]
    today: date

    @property
    def done(self) -> int:
        return sum(step.done_at is not None for step in self.steps)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.steps)) if self.steps else 0

    @property
    def due(self) -> list[Milestone]:
        """Open steps with a date, soonest first: overdue ones, then those due soon."""
        dated = [s for s in self.steps if s.done_at is None and s.due_on is not None]
        return sorted(
            (s for s in dated if (s.due_on - self.today).days <= DUE_SOON_DAYS),
            key=lambda s: s.due_on,
        )


def support_track_of_founder(*, user: User) -> SupportTrack | None:
    """Her Begleitung under way (or waiting for her yes); None when there is none."""
    return (
        SupportTrack.objects.filter(founder__user=user, status__in=(Status.ACTIVE, Status.PROPOSED))
        .select_related("path", "lead")
        .first()
    )


def roadmap_of(*, track: SupportTrack, today: date | None = None) -> Roadmap:
    steps = list(
        track.milestones.select_related("office", "topic", "guide").order_by("order", "pk")
    )
    return Roadmap(track=track, steps=steps, today=today or timezone.localdate())
