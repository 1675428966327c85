"""Reads for matching: the engine's input in a few queries, the coordinators' weights, and live
suggestions for one request.

Capacity and blocking follow one rule: a live match holds a mentor's place and its request,
except the unreviewed proposals of global runs, which the next run replaces. The engine's half
(matching.computing) is imported by the functions that run it, so Django starts without numpy.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from founders.models import HelpRequest
from matching.engine.weights import Weights
from matching.models import Match, MatchingSettings
from matching.models.matches import ENGAGED, LIVE
from matching.places import places_held
from mentors.models import Mentor
from vocabulary.geo import great_circle_km
from vocabulary.selectors import service_areas_for_place

if TYPE_CHECKING:
    from matching.computing import MatchingInput
    from matching.engine.suggest import Suggestion


def matches_holding() -> QuerySet[Match]:
    """Matches that take a mentor's place and keep their request from being matched again."""
    # "Live but not a run's proposal", spelled as two conditions the status index answers: so
    # PostgreSQL never reads the thousands of unreviewed proposals (10 ms → 1 ms at 9,000).
    return Match.objects.filter(
        Q(status__in=LIVE - {Match.Status.PROPOSED})
        | Q(status=Match.Status.PROPOSED, run__isnull=True)
    )


def help_requests_open() -> QuerySet[HelpRequest]:
    """Confirmed requests still waiting for a mentor."""
    return HelpRequest.objects.filter(status=HelpRequest.Status.OPEN).exclude(
        pk__in=matches_holding().values("help_request_id")
    )


def matching_weights() -> tuple[Weights, int]:
    """The coordinators' weights and how many suggestions to show per request."""
    current = MatchingSettings.load()
    return current.weights(), current.suggestions


def matching_input(
    *, help_request_ids: Collection[int] | None = None, now: datetime | None = None
) -> MatchingInput:
    """Open requests (or exactly the given ones) and matchable mentors, as engine arrays."""
    # Numeric libraries load when a matching runs, not when Django starts.
    from matching.computing import engine_input

    now = now or timezone.now()
    if help_request_ids is None:
        requests = help_requests_open()
    else:
        requests = HelpRequest.objects.filter(pk__in=list(help_request_ids))
    return engine_input(requests=requests, holding=matches_holding(), now=now)


def suggestions_compute(*, help_request: HelpRequest) -> list[Suggestion]:
    """The best mentors for one request right now, with reasons; reads only."""
    # Numeric libraries load when a suggestion is computed, not when Django starts.
    from matching.computing import suggestions_find

    weights, k = matching_weights()
    data = matching_input(help_request_ids=[help_request.pk])
    return suggestions_find(data, weights=weights, k=k)


@dataclass(frozen=True)
class ExpertProposal:
    mentor: Mentor
    score: float
    reasons: list[dict]

    @property
    def label(self) -> str:
        """Who she is, for a coordinator's choice: name, profession, town."""
        mentor = self.mentor
        return f"{mentor.user} · {mentor.get_profession_display()} · {mentor.place}"


def experts_propose(
    *,
    topic_ids: Collection[int],
    text: str,
    lat: float | None,
    lon: float | None,
    on: date,
    excluded_mentor_ids: Collection[int] = (),
    k: int,
    by_video: bool | None = None,
) -> list[ExpertProposal]:
    """The best k experts for a need no single request states (a Sprechtag, a step of a
    Begleitung) on day `on` at a place (lat/lon; None: by video) or also by video (`by_video`),
    by the engine's hard
    constraints and score, with its reasons as for a request; reads only."""
    from matching.computing import need_suggestions_find

    weights, _shown = matching_weights()
    suggestions = need_suggestions_find(
        topic_ids=topic_ids,
        text=text,
        lat=lat,
        lon=lon,
        on=on,
        holding=matches_holding(),
        excluded_mentor_ids=excluded_mentor_ids,
        weights=weights,
        k=k,
        by_video=by_video,
    )
    mentors = Mentor.objects.select_related("place", "user").in_bulk(
        [s.mentor_id for s in suggestions]
    )
    return [
        ExpertProposal(
            mentor=mentors[s.mentor_id],
            score=s.score,
            reasons=[reason.as_dict() for reason in s.reasons],
        )
        for s in suggestions
    ]


OVERDUE_REQUEST_DAYS = 7  # a confirmed request waiting this long for a mentor
OVERDUE_OFFER_DAYS = 5  # an offer the mentor has not answered for this long


@dataclass(frozen=True)
class Pipeline:
    waiting: int  # open requests without a live match
    by_status: list[tuple[str, str, int]]  # (status, label, count) along the lifecycle
    overdue_requests: int
    overdue_offers: int


def matching_pipeline(*, now: datetime | None = None) -> Pipeline:
    """The coordinators' overview: how many are where, and what is overdue."""
    now = now or timezone.now()
    counts = dict(
        Match.objects.filter(status__in=LIVE)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    waiting = HelpRequest.objects.filter(status=HelpRequest.Status.OPEN).exclude(
        pk__in=Match.objects.filter(status__in=LIVE).values("help_request_id")
    )
    request_cutoff = now - timedelta(days=OVERDUE_REQUEST_DAYS)
    offer_cutoff = now - timedelta(days=OVERDUE_OFFER_DAYS)
    return Pipeline(
        waiting=waiting.count(),
        by_status=[
            (status.value, str(status.label), counts.get(status.value, 0))
            for status in Match.Status
            if status in LIVE
        ],
        overdue_requests=waiting.filter(confirmed_at__lt=request_cutoff).count(),
        overdue_offers=Match.objects.filter(
            status=Match.Status.OFFERED, updated_at__lt=offer_cutoff
        ).count(),
    )


def matches_of_mentor(*, user) -> tuple[QuerySet[Match], QuerySet[Match]]:
    """A mentor's offers waiting for an answer, and the founders they work with."""
    mine = Match.objects.filter(mentor__user=user).select_related(
        "help_request__place", "mentor__place"
    )
    return (
        mine.filter(status=Match.Status.OFFERED).order_by("updated_at", "pk"),
        mine.filter(status__in=ENGAGED).order_by("-updated_at", "pk"),
    )


def matches_of_founder(*, user) -> QuerySet[Match]:
    """A founder's mentors, once they have said yes: before that nobody is named."""
    return (
        Match.objects.filter(help_request__founder__user=user, status__in=ENGAGED)
        .select_related("mentor__user", "help_request")
        .order_by("-updated_at", "pk")
    )


@dataclass(frozen=True)
class OfferSummary:
    """What a mentor learns before accepting: no name, no contact, no village."""

    topics: str
    need: str
    stage: str
    area: str
    distance_km: int


def match_topics(*, match: Match) -> str:
    """The request's topics as one line ("Recht, Steuern"): what either side may always read."""
    return ", ".join(str(topic) for topic in match.help_request.topics.all())


def offer_summary(*, match: Match) -> OfferSummary:
    help_request, mentor = match.help_request, match.mentor
    areas = service_areas_for_place(place=help_request.place)
    return OfferSummary(
        topics=match_topics(match=match),
        need=help_request.description,
        stage=str(help_request.get_stage_display()),
        area=", ".join(a.name for a in areas) or str(help_request.place.get_land_display()),
        distance_km=round(
            great_circle_km(
                lat1=help_request.place.latitude,
                lon1=help_request.place.longitude,
                lat2=mentor.place.latitude,
                lon2=mentor.place.longitude,
            )
        ),
    )


def mentor_places_taken(*, mentor) -> int:
    """Founders the mentor works with now (accepted, introduced or under way; a Begleitung she
    joined counts once)."""
    engaged = Match.objects.filter(status__in=ENGAGED)
    return places_held(matches=engaged, engaged=True, mentor_ids=[mentor.pk])[mentor.pk]
