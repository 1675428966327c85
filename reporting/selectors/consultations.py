"""What the Sprechtage achieved in a period: days held, slots offered and booked, conversations
held, no-shows, the help requests begun afterwards and the answers to the two questions after it.

Only days that took place count: confirmed, in the period's months and before today (a day in
progress counts from tomorrow). With a district chosen, a day counts when its Innovationsort lies
in that district; online days lie in none, so they count only for the whole region. Everything a
day brought (slots, bookings, answers) counts with its day, whenever it was written.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationFeedback,
    ConsultationInvitation,
    ConsultationSlot,
    InnovationSpace,
)
from consultations.models.feedback import Again, Helpful
from founders.models import HelpRequest
from reporting.periods import Period
from vocabulary.models import ServiceArea, Topic
from vocabulary.selectors import service_area_q

B = ConsultationBooking.Status
# A booking that held its slot until the day: whether she came was marked, or not yet.
KEPT = (B.BOOKED, B.ATTENDED, B.NO_SHOW)
Role = ConsultationFeedback.Role


@dataclass(frozen=True)
class DayCounts:
    days: int = 0
    offered: int = 0  # slots of the experts who said yes
    booked: int = 0  # slots a founder still held on the day
    attended: int = 0
    no_shows: int = 0
    follow_ups: int = 0  # help requests begun after a conversation and confirmed
    waiting: int = 0  # still on the waiting list on the day: no slot came free for them

    @property
    def unmarked(self) -> int:
        """Booked, but the expert has not marked whether the founder came."""
        return self.booked - self.attended - self.no_shows

    @property
    def booked_share(self) -> float | None:
        return self.booked / self.offered if self.offered else None

    @property
    def no_show_share(self) -> float | None:
        return self.no_shows / self.booked if self.booked else None


@dataclass(frozen=True)
class VenueRow:
    number: int | None  # as on the map; None: online
    space: InnovationSpace | None  # None: online
    counts: DayCounts


@dataclass(frozen=True)
class ConsultationTopicRow:
    name: str
    counts: DayCounts  # bookings by their topic: days and offered slots stay 0


@dataclass(frozen=True)
class FeedbackCounts:
    responses: int = 0
    helpful_very: int = 0
    helpful_somewhat: int = 0
    helpful_not: int = 0
    again_yes: int = 0
    again_maybe: int = 0
    again_no: int = 0


@dataclass(frozen=True)
class ConsultationFigures:
    period: Period
    area: ServiceArea | None
    totals: DayCounts
    by_venue: list[VenueRow]  # the venues by name, then online (when any online day counted)
    by_topic: list[ConsultationTopicRow]  # every topic; empty when no day was held
    feedback: dict[str, FeedbackCounts]  # by ConsultationFeedback.Role, both always present

    @property
    def spaces(self) -> list[InnovationSpace]:
        """The venues in the order of the table, for the map's numbered markers."""
        return [row.space for row in self.by_venue if row.space is not None]


def _days_held(*, period: Period, area: ServiceArea | None, today: date) -> QuerySet:
    days = ConsultationDay.objects.filter(
        status=ConsultationDay.Status.CONFIRMED,
        date__gte=period.first,
        date__lt=min(period.end_date, today),
    )
    return days.filter(service_area_q(area=area, path="space__place__")) if area else days


def _booking_counts() -> dict[str, Count]:
    return {
        "booked": Count("pk", filter=Q(slot__isnull=False, status__in=KEPT)),
        "attended": Count("pk", filter=Q(slot__isnull=False, status=B.ATTENDED)),
        "no_shows": Count("pk", filter=Q(slot__isnull=False, status=B.NO_SHOW)),
        # A request begun from the mailed link counts once its address is confirmed.
        "follow_ups": Count(
            "pk",
            filter=Q(follow_up_request__isnull=False)
            & ~Q(follow_up_request__status=HelpRequest.Status.UNCONFIRMED),
        ),
        "waiting": Count("pk", filter=Q(slot__isnull=True, status=B.WAITING)),
    }


_NO_BOOKINGS = dict.fromkeys(_booking_counts(), 0)


def _grouped(queryset: QuerySet, *, by: str, **aggregates: Count) -> dict:
    """{value of `by`: {aggregate: count}} in one grouped query."""
    rows = queryset.values(by).annotate(**aggregates).order_by()
    return {row.pop(by): row for row in rows}


def _venue_rows(*, days: dict, slots: dict, bookings: dict) -> list[VenueRow]:
    """One row per venue (by space id; None: online): by name and town, numbered, online last."""
    spaces = InnovationSpace.objects.select_related("place").in_bulk([pk for pk in days if pk])
    ordered = sorted(spaces.values(), key=lambda s: (s.name, s.place.locality, s.pk))

    def counts(key: int | None) -> DayCounts:
        return DayCounts(
            **days[key], **slots.get(key, {"offered": 0}), **bookings.get(key, _NO_BOOKINGS)
        )

    rows = [VenueRow(i, space, counts(space.pk)) for i, space in enumerate(ordered, start=1)]
    if None in days:
        rows.append(VenueRow(None, None, counts(None)))
    return rows


def _sum(rows: list[DayCounts]) -> DayCounts:
    return DayCounts(
        **{f.name: sum(getattr(row, f.name) for row in rows) for f in fields(DayCounts)}
    )


def _feedback(days: QuerySet) -> dict[str, FeedbackCounts]:
    answers = {
        f"{question}_{answer.value}": Count("pk", filter=Q(**{question: answer.value}))
        for question, choices in (("helpful", Helpful), ("again", Again))
        for answer in choices
    }
    found = _grouped(
        ConsultationFeedback.objects.filter(day__in=days),
        by="role",
        responses=Count("pk"),
        **answers,
    )
    return {role.value: FeedbackCounts(**found.get(role.value, {})) for role in Role}


def consultation_figures(
    *, period: Period, area: ServiceArea | None, today: date | None = None
) -> ConsultationFigures:
    """The Sprechtage held in the period, in seven queries (one when none was held)."""
    # The region's today, whatever time zone the admin user has switched to (as reporting.periods).
    today = today or timezone.localdate(timezone=ZoneInfo(settings.TIME_ZONE))
    held = _days_held(period=period, area=area, today=today)
    days = _grouped(held, by="space_id", days=Count("pk"))
    if not days:
        nothing = {role.value: FeedbackCounts() for role in Role}
        return ConsultationFigures(period, area, DayCounts(), [], [], nothing)
    slots = _grouped(
        ConsultationSlot.objects.filter(
            day__in=held, invitation__status=ConsultationInvitation.Status.ACCEPTED
        ),
        by="day__space_id",
        offered=Count("pk"),
    )
    bookings = ConsultationBooking.objects.filter(day__in=held)
    by_venue = _venue_rows(
        days=days,
        slots=slots,
        bookings=_grouped(bookings, by="day__space_id", **_booking_counts()),
    )
    by_topic = _grouped(bookings, by="topic_id", **_booking_counts())
    return ConsultationFigures(
        period=period,
        area=area,
        totals=_sum([row.counts for row in by_venue]),
        by_venue=by_venue,
        by_topic=[
            ConsultationTopicRow(
                name=topic.display_name, counts=DayCounts(**by_topic.get(topic.pk, _NO_BOOKINGS))
            )
            for topic in Topic.objects.all()
        ],
        feedback=_feedback(held),
    )
