"""The report's figures: what the service achieved in a period, per month, topic and district.

Only counts leave this module, never a founder's data. Requests are counted at the date each
step first happened to them: received (submitted), confirmed (double opt-in), matched (a mentor
accepted for the first time), introduced (first introduction), completed (first completion).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Avg, Count, Min, Q, QuerySet

from founders.models import AnsweredByGuide, HelpRequest
from matching.models import Feedback, Match, MatchTransition
from reporting.periods import Period, month_add, month_start
from vocabulary.models import ServiceArea, Topic
from vocabulary.selectors import service_area_q

S = Match.Status
# What is counted; `at_<measure>` holds when a request got there (see _with_milestones).
MEASURES = ("received", "confirmed", "matched", "introduced", "completed")
_FIRST_ENTRY = {"matched": S.ACCEPTED, "introduced": S.INTRODUCED, "completed": S.COMPLETED}
OFFER_ANSWERS = (S.ACCEPTED, S.DECLINED, S.EXPIRED)


@dataclass(frozen=True)
class Counts:
    received: int = 0
    confirmed: int = 0
    matched: int = 0
    introduced: int = 0
    completed: int = 0


@dataclass(frozen=True)
class Offers:
    accepted: int
    declined: int
    expired: int

    @property
    def answered(self) -> int:
        return self.accepted + self.declined + self.expired

    @property
    def acceptance_rate(self) -> float | None:
        """accepted / (accepted + declined + expired); None when no offer was answered."""
        return self.accepted / self.answered if self.answered else None


@dataclass(frozen=True)
class FeedbackSummary:
    responses: int
    met: int
    mean_helpful: float | None

    @property
    def met_share(self) -> float | None:
        return self.met / self.responses if self.responses else None


@dataclass(frozen=True)
class TopicRow:
    name: str
    counts: Counts
    answered_by_guide: int


@dataclass(frozen=True)
class Report:
    period: Period
    area: ServiceArea | None
    totals: Counts
    by_month: list[tuple[date, Counts]]
    by_area: list[tuple[str, Counts]]  # every district, then the rest ("" = in no district)
    by_topic: list[TopicRow]
    median_days_to_introduction: float | None
    introductions_timed: int  # the requests the median is taken over
    offers: Offers
    answered_by_guide: int
    feedback: FeedbackSummary


def _with_milestones(requests: QuerySet[HelpRequest]) -> QuerySet[HelpRequest]:
    """Annotate `at_<measure>`: when each request reached each measure (None: not yet).

    Aggregates grouped by request, so the database works each request's moments out once and
    every bucket then only compares them. (Correlated subqueries were re-run per bucket: a
    five-year report took seconds instead of a fraction of one.) A request whose first mentor
    later cancelled counts once, in the month it was first matched.
    """
    return requests.annotate(
        at_received=Min("created_at"),
        at_confirmed=Min("confirmed_at"),
        **{
            f"at_{measure}": Min(
                "matches__transitions__at", filter=Q(matches__transitions__to_status=status)
            )
            for measure, status in _FIRST_ENTRY.items()
        },
    )


def _in(measure: str, start: datetime, end: datetime) -> Q:
    return Q(**{f"at_{measure}__gte": start, f"at_{measure}__lt": end})


def _counts(values: dict, key: str) -> Counts:
    return Counts(**{measure: values[f"{measure}_{key}"] for measure in MEASURES})


def _bucket_aggregates(buckets: dict[str, tuple[datetime, datetime, Q]]) -> dict[str, Count]:
    return {
        f"{measure}_{key}": Count("pk", filter=_in(measure, start, end) & extra)
        for key, (start, end, extra) in buckets.items()
        for measure in MEASURES
    }


def requests_in(area: ServiceArea | None) -> QuerySet[HelpRequest]:
    """Every request, or those from places in one district."""
    requests = HelpRequest.objects.all()
    return requests.filter(service_area_q(area=area, path="place__")) if area else requests


def areas_q(areas: list[ServiceArea]) -> Q:
    """A filter for rows whose place lies in any of `areas` (none: no row)."""
    condition = Q(pk__in=[])
    for area in areas:
        condition |= service_area_q(area=area, path="place__")
    return condition


def _topic_rows(*, period: Period, values: dict, topics: list[Topic]) -> list[TopicRow]:
    guides = dict(
        AnsweredByGuide.objects.filter(date__gte=period.first, date__lt=period.end_date)
        .values("topic_id")
        .annotate(n=Count("pk"))
        .values_list("topic_id", "n")
        .order_by()
    )
    return [
        TopicRow(
            name=topic.display_name,
            counts=_counts(values, f"t{topic.pk}"),
            answered_by_guide=guides.get(topic.pk, 0),
        )
        for topic in topics
    ]


def _median_days_to_introduction(
    *, period: Period, area: ServiceArea | None
) -> tuple[float | None, int]:
    pairs = (
        _with_milestones(requests_in(area))
        .filter(_in("introduced", period.start, period.end), confirmed_at__isnull=False)
        .values_list("confirmed_at", "at_introduced")
    )
    days = [(introduced - confirmed).total_seconds() / 86400 for confirmed, introduced in pairs]
    return (round(statistics.median(days), 1) if days else None), len(days)


def _offers(*, period: Period, area: ServiceArea | None) -> Offers:
    answers = MatchTransition.objects.filter(
        from_status=S.OFFERED,
        at__gte=period.start,
        at__lt=period.end,
        match__help_request__in=requests_in(area),
    ).aggregate(**{status: Count("pk", filter=Q(to_status=status)) for status in OFFER_ANSWERS})
    return Offers(**answers)


def _feedback(*, period: Period, area: ServiceArea | None) -> FeedbackSummary:
    values = Feedback.objects.filter(
        created_at__gte=period.start,
        created_at__lt=period.end,
        match__help_request__in=requests_in(area),
    ).aggregate(responses=Count("pk"), met=Count("pk", filter=Q(met=True)), helpful=Avg("helpful"))
    helpful = values["helpful"]
    return FeedbackSummary(
        responses=values["responses"],
        met=values["met"],
        mean_helpful=round(float(helpful), 1) if helpful is not None else None,
    )


def report_compute(*, period: Period, area: ServiceArea | None = None) -> Report:
    """Every figure of the report page and its CSV, in a fixed number of queries."""
    areas = [area] if area else list(ServiceArea.objects.all())
    topics = list(Topic.objects.all())
    everything = (period.start, period.end)
    buckets = {"total": (*everything, Q())}
    for i, month in enumerate(period.months):
        buckets[f"m{i}"] = (month_start(month), month_start(month_add(month, 1)), Q())
    for a in areas:
        buckets[f"a{a.pk}"] = (*everything, service_area_q(area=a, path="place__"))
    if area is None:
        buckets["none"] = (*everything, ~areas_q(areas))
    links = HelpRequest.topics.through.objects
    for topic in topics:
        # A plain (not correlated) subquery: the database runs it once per topic.
        tagged = links.filter(topic_id=topic.pk).values("helprequest_id")
        buckets[f"t{topic.pk}"] = (*everything, Q(pk__in=tagged))
    values = _with_milestones(requests_in(area)).aggregate(**_bucket_aggregates(buckets))
    by_area = [(a.name, _counts(values, f"a{a.pk}")) for a in areas]
    if area is None:
        by_area.append(("", _counts(values, "none")))
    median, timed = _median_days_to_introduction(period=period, area=area)
    return Report(
        period=period,
        area=area,
        totals=_counts(values, "total"),
        by_month=[(month, _counts(values, f"m{i}")) for i, month in enumerate(period.months)],
        by_area=by_area,
        by_topic=_topic_rows(period=period, values=values, topics=topics),
        median_days_to_introduction=median,
        introductions_timed=timed,
        offers=_offers(period=period, area=area),
        answered_by_guide=AnsweredByGuide.objects.filter(
            date__gte=period.first, date__lt=period.end_date
        ).count(),
        feedback=_feedback(period=period, area=area),
    )
