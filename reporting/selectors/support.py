"""What the Begleitungen achieved in a period: started, ended by outcome, the days from a
founder's first contact to her founding, the meetings and hours of voluntary help by district
and topic (counted, never read), and the steps where founders stall.

A Begleitung lies in the district of its founder's request (or, started without one, of her
home place). Meetings count by the day they were held; outcomes by the day the track ended.
"Stalls": for every Begleitung running now, and every one that ended in the period without a
founding, its first step not done, by the template's step (own steps together).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from django.db.models import Count, Min, Q, QuerySet, Sum
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from reporting.periods import Period
from support.models import MilestoneTemplate, SupportSession, SupportTrack
from vocabulary.models import ServiceArea, Topic
from vocabulary.selectors import service_area_q

Status, Outcome = SupportTrack.Status, SupportTrack.Outcome


@dataclass(frozen=True)
class SessionCounts:
    sessions: int = 0
    minutes: int = 0

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class SupportFigures:
    period: Period
    area: ServiceArea | None
    started: int  # agreed to by the founder in the period
    running: int  # under way today
    outcomes: dict[str, int]  # by SupportTrack.Outcome, every outcome present
    median_days_to_founding: float | None
    sessions: SessionCounts
    by_area: list[tuple[str, SessionCounts]]  # every district, then outside them ("")
    by_topic: list[tuple[str, SessionCounts]]  # every topic, then none ("")
    stalls: list[tuple[str, int]]  # the step's title, how many stopped there; most first


def _in_area(area: ServiceArea, prefix: str = "") -> Q:
    with_request = Q(**{f"{prefix}help_request__isnull": False}) & service_area_q(
        area=area, path=f"{prefix}help_request__place__"
    )
    without = Q(**{f"{prefix}help_request__isnull": True}) & service_area_q(
        area=area, path=f"{prefix}founder__place__"
    )
    return with_request | without


def _tracks(area: ServiceArea | None) -> QuerySet[SupportTrack]:
    tracks = SupportTrack.objects.all()
    return tracks.filter(_in_area(area)) if area else tracks


def _by_topic(sessions: QuerySet[SupportSession]) -> list[tuple[str, SessionCounts]]:
    rows = sessions.values("topic_id").annotate(n=Count("pk"), m=Sum("minutes")).order_by()
    found = {row["topic_id"]: SessionCounts(row["n"], row["m"] or 0) for row in rows}
    named = [(t.display_name, found.get(t.pk, SessionCounts())) for t in Topic.objects.all()]
    return [*named, ("", found.get(None, SessionCounts()))]


def _by_area(sessions: QuerySet[SupportSession], area: ServiceArea | None):
    """(all meetings, [(district, meetings)]) in one query: every district (or the one
    chosen), then those outside them ("")."""
    areas = [area] if area else list(ServiceArea.objects.order_by("name"))
    conditions = {str(i): _in_area(a, "track__") for i, a in enumerate(areas)}
    if area is None:
        inside = Q(pk__in=[])
        for condition in conditions.values():
            inside |= condition
        conditions["outside"] = ~inside
    conditions["all"] = Q()
    found = sessions.aggregate(
        **{f"n{key}": Count("pk", filter=c) for key, c in conditions.items()},
        **{f"m{key}": Sum("minutes", filter=c) for key, c in conditions.items()},
    )

    def counts(key: str) -> SessionCounts:
        return SessionCounts(found[f"n{key}"], found[f"m{key}"] or 0)

    rows = [(a.name, counts(str(i))) for i, a in enumerate(areas)]
    if area is None:
        rows.append(("", counts("outside")))
    return counts("all"), rows


def _days_to_founding(founded: QuerySet[SupportTrack]) -> float | None:
    rows = founded.annotate(first=Min("founder__help_requests__created_at")).values_list(
        "first", "created_at", "founded_on"
    )
    days = [(on - localtime(first or created).date()).days for first, created, on in rows]
    return median(days) if days else None


def _stalls(tracks: QuerySet[SupportTrack]) -> list[tuple[str, int]]:
    titles = dict(MilestoneTemplate.objects.values_list("key", "title"))
    counted: dict[str, int] = {}
    for track in tracks.prefetch_related("milestones"):
        open_steps = [s for s in track.milestones.all() if s.done_at is None]
        if open_steps:
            first = min(open_steps, key=lambda s: (s.order, s.pk))
            label = titles.get(first.key) or _("eigene Schritte")
            counted[label] = counted.get(label, 0) + 1
    return sorted(counted.items(), key=lambda item: (-item[1], item[0]))


def support_figures(*, period: Period, area: ServiceArea | None) -> SupportFigures:
    """In a few queries, however many Begleitungen and meetings there are."""
    tracks = _tracks(area)
    ended_in_period = Q(status=Status.ENDED, ended_at__gte=period.start, ended_at__lt=period.end)
    counted = tracks.aggregate(
        started=Count("pk", filter=Q(consented_at__gte=period.start, consented_at__lt=period.end)),
        running=Count("pk", filter=Q(status=Status.ACTIVE)),
        **{o: Count("pk", filter=ended_in_period & Q(outcome=o)) for o in Outcome.values},
    )
    ended = tracks.filter(ended_in_period)
    sessions = SupportSession.objects.filter(
        track__in=tracks, held_on__gte=period.first, held_on__lt=period.end_date
    )
    stalled = tracks.filter(
        Q(status=Status.ACTIVE) | (ended_in_period & ~Q(outcome=Outcome.FOUNDED))
    )
    total, by_area = _by_area(sessions, area)
    return SupportFigures(
        period=period,
        area=area,
        started=counted["started"],
        running=counted["running"],
        outcomes={o: counted[o] for o in Outcome.values},
        median_days_to_founding=_days_to_founding(ended.filter(outcome=Outcome.FOUNDED)),
        sessions=total,
        by_area=by_area,
        by_topic=_by_topic(sessions),
        stalls=_stalls(stalled.distinct()),
    )
