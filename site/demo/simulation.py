"""A year of the region, simulated day by day: founders and mentors behave as people do, the
real services and scheduled tasks run under time travel, mails go through the outbox (to a
transport that drops them). What it prints is what a coordinator and a funder would ask."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

import time_machine
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from accounts.models import User
from demo.quiet import quiet_outbox
from demo.simulated_people import SIMULATED, World
from demo.year_checks import year_violations
from founders.models import HelpRequest
from founders.services import help_requests_delete_unconfirmed
from matching.checkins import checkins_send
from matching.feedback import feedback_requests_send
from matching.lifecycle import with_entered_at
from matching.models import CheckIn, Feedback, Match, MatchingRun, MatchTransition
from matching.models.checkins import CheckInAnswer
from matching.responsiveness import offers_chase
from matching.services import matching_run_execute, matching_run_start
from mentors.models import Mentor
from vocabulary.choices import EndReason

S = Match.Status


@dataclass
class YearFigures:
    requests: int = 0
    confirmed: int = 0
    served: int = 0
    median_days_to_introduction: float | None = None
    offers: int = 0
    offers_expired: int = 0
    mentors: int = 0
    mentors_silent: int = 0
    withdrawn: int = 0
    feedback: int = 0
    feedback_helpful: float | None = None
    completed: int = 0
    checkins_answered: int = 0
    checkins_stuck: int = 0
    rematched: int = 0
    violations: list[str] = field(default_factory=list)


def year_simulate(
    *,
    founders: int = 300,
    mentors: int = 60,
    days: int = 365,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> YearFigures:
    """Simulate `days` ending today; returns the figures and the invariant violations."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible simulation, not a secret)
    world = World(rng=rng)
    start = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    start -= timedelta(days=days)
    requests_per_day = founders / days
    joining = sorted(rng.randrange(0, max(days // 3, 1)) for _ in range(mentors))
    with quiet_outbox(), time_machine.travel(start, tick=False) as clock:
        world.coordinator = _coordinator()
        for day in range(days):
            clock.move_to(start + timedelta(days=day))
            # One commit per part of the day: what waits for it (mail, tasks) runs then.
            with transaction.atomic():
                for _ in range(sum(1 for d in joining if d == day)):
                    world.mentor_joins()
                for _ in range(_poisson(rng, requests_per_day)):
                    world.founder_asks()
                world.morning()
                if day % 7 == 6:
                    world.stalled_rematched()
            clock.move_to(start + timedelta(days=day, hours=18))
            with transaction.atomic():
                _schedules()
            clock.move_to(
                datetime.combine(start.date() + timedelta(days=day + 1), time(2, 30), start.tzinfo)
            )
            _nightly_run()
            if progress:
                progress(day + 1, days)
    return _figures(since=start, asked=world.n_founders)


def year_simulated() -> bool:
    """Whether a simulated history is there already (it is made once)."""
    return User.objects.filter(email__startswith=SIMULATED).exists()


def _schedules() -> None:
    offers_chase()
    feedback_requests_send()
    checkins_send()
    help_requests_delete_unconfirmed()


def _nightly_run() -> None:
    run = matching_run_start(trigger=MatchingRun.Trigger.SCHEDULE, enqueue=False)
    matching_run_execute(run_id=run.pk)


def _poisson(rng: random.Random, mean: float) -> int:
    """How many arrive on one day, on average `mean` (Knuth's method)."""
    count, threshold, product = 0, math.exp(-mean), rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _coordinator() -> User:
    user, _created = User.objects.get_or_create(email=f"{SIMULATED}koordination@example.org")
    return user


def _figures(*, since: datetime, asked: int) -> YearFigures:
    requests = HelpRequest.objects.filter(created_at__gte=since, email__startswith=SIMULATED)
    matches = Match.objects.filter(help_request__in=requests)
    introduced = with_entered_at(matches, S.INTRODUCED).exclude(entered_at=None)
    waits = [
        (m.entered_at - m.help_request.confirmed_at).total_seconds() / 86400
        for m in introduced.select_related("help_request")
        if m.help_request.confirmed_at
    ]
    transitions = MatchTransition.objects.filter(match__in=matches)
    expired_by_mentor = (
        transitions.filter(to_status=S.EXPIRED).values("match__mentor").annotate(n=Count("pk"))
    )
    feedback = Feedback.objects.filter(match__in=matches)
    checkins = CheckIn.objects.filter(match__in=matches, answered_at__isnull=False)
    return YearFigures(
        requests=asked,  # the requests never confirmed were deleted after a week
        confirmed=requests.exclude(confirmed_at=None).count(),
        served=introduced.values("help_request").distinct().count(),
        median_days_to_introduction=round(statistics.median(waits), 1) if waits else None,
        offers=transitions.filter(to_status=S.OFFERED).count(),
        offers_expired=transitions.filter(to_status=S.EXPIRED).count(),
        mentors=Mentor.objects.filter(user__email__startswith=SIMULATED).count(),
        mentors_silent=sum(1 for row in expired_by_mentor if row["n"] >= 2),
        withdrawn=requests.filter(status=HelpRequest.Status.WITHDRAWN).count(),
        feedback=feedback.count(),
        feedback_helpful=round(statistics.mean(feedback.values_list("helpful", flat=True)), 2)
        if feedback.exists()
        else None,
        completed=matches.filter(status=S.COMPLETED).count(),
        checkins_answered=checkins.count(),
        checkins_stuck=checkins.filter(answer=CheckInAnswer.STUCK).count(),
        rematched=transitions.filter(reason=EndReason.REMATCH).count(),
        violations=year_violations(),
    )
