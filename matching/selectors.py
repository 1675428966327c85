"""Reads for matching: the engine's input in a few queries, the coordinators' weights, and live
suggestions for one request.

Capacity and blocking follow one rule: a live match holds a mentor's place and its request,
except the unreviewed proposals of global runs, which the next run replaces.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np
from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from founders.models import HelpRequest
from matching.engine.data import LANGUAGES, Mentors, Requests, language_mask, topic_matrix
from matching.engine.suggest import Suggestion, suggest
from matching.engine.weights import Weights
from matching.engine_cache import TEXT_CACHE, mentor_index, remembered
from matching.models import Match, MatchingSettings
from matching.models.matches import ENGAGED, EXCLUDING, LIVE
from mentors.models import Mentor
from mentors.selectors import mentors_matchable
from vocabulary.choices import MeetingFormat
from vocabulary.geo import great_circle_km
from vocabulary.models import Topic
from vocabulary.selectors import service_areas_for_place

_KNOWN_LANGUAGES = frozenset(LANGUAGES)
_REMOTE_FORMATS = frozenset({MeetingFormat.VIDEO, MeetingFormat.PHONE})


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


@dataclass(frozen=True, eq=False)
class MatchingInput:
    requests: Requests
    mentors: Mentors
    excluded: list[tuple[int, int]]  # (request id, mentor id) never to be suggested
    mentors_version: tuple  # what the mentors' profiles were read at, for the engine cache


def _topic_sets(rows, owner_ids: list[int], column: dict[int, int]) -> list[list[int]]:
    sets: dict[int, list[int]] = defaultdict(list)
    for owner_id, topic_id in rows:
        sets[owner_id].append(column[topic_id])
    return [sets[pk] for pk in owner_ids]


def _mask(codes) -> int:
    return language_mask(code for code in codes or () if code in _KNOWN_LANGUAGES)


def _requests(queryset: QuerySet[HelpRequest], column: dict[int, int], now: datetime) -> Requests:
    rows = list(
        queryset.order_by("pk").values_list(
            "pk",
            "description",
            "sector",
            "formats",
            "languages",
            "confirmed_at",
            "created_at",
            "place__latitude",
            "place__longitude",
        )
    )
    ids = [row[0] for row in rows]
    topic_rows = HelpRequest.topics.through.objects.filter(
        helprequest_id__in=queryset.values("pk")
    ).values_list("helprequest_id", "topic_id")
    formats = [set(row[3] or ()) for row in rows]
    return Requests(
        ids=ids,
        topics=topic_matrix(_topic_sets(topic_rows, ids, column), n_topics=len(column)),
        languages=[_mask(row[4]) for row in rows],
        in_person=[MeetingFormat.IN_PERSON in f for f in formats],
        remote=[bool(f & _REMOTE_FORMATS) for f in formats],
        lat=[row[7] for row in rows],
        lon=[row[8] for row in rows],
        waiting_days=[(now - (row[5] or row[6])).total_seconds() / 86400 for row in rows],
        texts=[f"{row[1]} {row[2]}".strip() for row in rows],
    )


def _mentors_version(topics: list[tuple[int, str]]) -> tuple:
    """Changes whenever the matchable mentors' profiles may have: any mentor saved, added or
    removed (updated_at), the day (pauses end), or the topics (names are part of the texts)."""
    stats = Mentor.objects.aggregate(n=Count("pk"), changed=Max("updated_at"))
    return (stats["n"], stats["changed"], timezone.localdate(), tuple(topics))


def _mentors_static(column: dict[int, int], names: dict[int, str]) -> Mentors:
    """Everything about the matchable mentors but their load (with load 0)."""
    queryset = mentors_matchable()
    rows = list(
        queryset.order_by("pk").values_list(
            "pk",
            "bio",
            "languages",
            "remote",
            "travel_radius_km",
            "capacity",
            "place__latitude",
            "place__longitude",
        )
    )
    ids = [row[0] for row in rows]
    topic_rows = list(
        Mentor.topics.through.objects.filter(mentor_id__in=queryset.values("pk")).values_list(
            "mentor_id", "topic_id"
        )
    )
    # The expertise is part of a mentor's text: "Steuern" in a request finds a tax adviser.
    expertise: dict[int, list[str]] = defaultdict(list)
    for mentor_id, topic_id in topic_rows:
        expertise[mentor_id].append(names[topic_id])
    return Mentors(
        ids=ids,
        topics=topic_matrix(_topic_sets(topic_rows, ids, column), n_topics=len(column)),
        languages=[_mask(row[2]) for row in rows],
        lat=[row[6] for row in rows],
        lon=[row[7] for row in rows],
        radius_km=[row[4] for row in rows],
        remote=[row[3] for row in rows],
        capacity=[row[5] for row in rows],
        load=np.zeros(len(rows), dtype=np.int64),
        texts=[" ".join([row[1], *expertise[row[0]]]).strip() for row in rows],
    )


def _with_load(static: Mentors) -> Mentors:
    held = dict(
        matches_holding().values("mentor_id").annotate(n=Count("pk")).values_list("mentor_id", "n")
    )
    load = np.minimum(np.array([held.get(int(pk), 0) for pk in static.ids]), static.capacity)
    return replace(static, capacity=static.capacity - load, load=load)


def _excluded(requests: QuerySet[HelpRequest]) -> list[tuple[int, int]]:
    # Pairs a mentor or coordinator refused, and a mentor's own requests (never their own mentor).
    refused = Match.objects.filter(status__in=EXCLUDING, help_request__in=requests.values("pk"))
    own = requests.filter(founder__user__mentor__isnull=False)
    return [
        *refused.values_list("help_request_id", "mentor_id"),
        *own.values_list("pk", "founder__user__mentor__pk"),
    ]


def matching_input(
    *, help_request_ids: Collection[int] | None = None, now: datetime | None = None
) -> MatchingInput:
    """Open requests (or exactly the given ones) and matchable mentors, as engine arrays."""
    now = now or timezone.now()
    topics = list(Topic.objects.order_by("pk").values_list("pk", "name"))
    column = {pk: i for i, (pk, _name) in enumerate(topics)}
    version = _mentors_version(topics)
    # Profiles change seldom, places and loads often: the first are kept per process.
    static = remembered("mentors", version, lambda: _mentors_static(column, dict(topics)))
    if help_request_ids is None:
        requests = help_requests_open()
    else:
        requests = HelpRequest.objects.filter(pk__in=list(help_request_ids))
    return MatchingInput(
        requests=_requests(requests, column, now),
        mentors=_with_load(static),
        excluded=_excluded(requests),
        mentors_version=version,
    )


def suggestions_compute(*, help_request: HelpRequest) -> list[Suggestion]:
    """The best mentors for one request right now, with reasons; reads only."""
    weights, k = matching_weights()
    data = matching_input(help_request_ids=[help_request.pk])
    return suggest(
        data.requests,
        data.mentors,
        k=k,
        weights=weights,
        excluded=data.excluded,
        index=mentor_index(data.mentors, version=data.mentors_version),
        cache=TEXT_CACHE,
    )[0]


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
    """Founders the mentor works with now (accepted, introduced or under way)."""
    return Match.objects.filter(mentor_id=mentor.pk, status__in=ENGAGED).count()
