"""The adapter's numeric half: the engine's arrays read from the database, and the engine run on
them for one request's suggestions or for a global assignment.

It imports the engine core, and with it numpy, scipy, scikit-learn and OR-Tools (seconds), so
nothing imports it when Django starts: the entry points that run a matching import it inside
the function, when they run (selectors.matching_input and suggestions_compute,
services.matching_compute). It imports neither of them: what it needs of them is passed in.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

import numpy as np
from django.conf import settings
from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from founders.models import HelpRequest
from matching.engine.assign import Assignment, assign
from matching.engine.candidates import (
    CandidatePart,
    candidates,
    candidates_merge,
    candidates_part,
)
from matching.engine.data import LANGUAGES, Mentors, Requests, language_mask, topic_matrix
from matching.engine.reasons import KeyTerms, reasons
from matching.engine.score import score
from matching.engine.suggest import Suggestion, suggest
from matching.engine.weights import Weights
from matching.engine_cache import TEXT_CACHE, mentor_index, remembered
from matching.models import Match, MatchingRun
from matching.models.matches import EXCLUDING
from matching.places import places_held
from mentors.models import Mentor
from mentors.selectors import mentors_matchable
from vocabulary.choices import MeetingFormat
from vocabulary.models import Topic

_KNOWN_LANGUAGES = frozenset(LANGUAGES)
_REMOTE_FORMATS = frozenset({MeetingFormat.VIDEO, MeetingFormat.PHONE})


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


def _mentors_static(
    column: dict[int, int], names: dict[int, str], *, on: date | None = None
) -> Mentors:
    """Everything about the mentors matchable on a day (today by default) but their load (with
    load 0)."""
    queryset = mentors_matchable(on=on)
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


def _with_load(static: Mentors, holding: QuerySet[Match]) -> Mentors:
    held = places_held(matches=holding, engaged=False)
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


def engine_input(
    *, requests: QuerySet[HelpRequest], holding: QuerySet[Match], now: datetime
) -> MatchingInput:
    """The given requests and the matchable mentors (their load from the `holding` matches) as
    engine arrays."""
    topics = list(Topic.objects.order_by("pk").values_list("pk", "name"))
    column = {pk: i for i, (pk, _name) in enumerate(topics)}
    version = _mentors_version(topics)
    # Profiles change seldom, places and loads often: the first are kept per process.
    static = remembered("mentors", version, lambda: _mentors_static(column, dict(topics)))
    return MatchingInput(
        requests=_requests(requests, column, now),
        mentors=_with_load(static, holding),
        excluded=_excluded(requests),
        mentors_version=version,
    )


def suggestions_find(data: MatchingInput, *, weights: Weights, k: int) -> list[Suggestion]:
    """The best k mentors for the one request in `data`, with reasons."""
    return suggest(
        data.requests,
        data.mentors,
        k=k,
        weights=weights,
        excluded=data.excluded,
        index=mentor_index(data.mentors, version=data.mentors_version),
        cache=TEXT_CACHE,
    )[0]


def need_suggestions_find(
    *,
    topic_ids: Iterable[int],
    text: str,
    lat: float | None,
    lon: float | None,
    on: date,
    holding: QuerySet[Match],
    excluded_mentor_ids: Iterable[int],
    weights: Weights,
    k: int,
    by_video: bool | None = None,
) -> list[Suggestion]:
    """The best k experts for what no one founder asks (a Sprechtag: its topics and venue, or
    by video where there is no place) on a given day, in German: by the engine's hard
    constraints (a topic in common, the venue within their travel radius or both by video, a
    free place, not paused that day) and its score, with reasons. `by_video`: whether meeting
    by video will do as well (None: only where there is no place)."""
    topics = list(Topic.objects.order_by("pk").values_list("pk", "name"))
    column = {pk: i for i, (pk, _name) in enumerate(topics)}
    # Read for that day, not through the per-process cache of today's profiles.
    mentors = _with_load(_mentors_static(column, dict(topics), on=on), holding)
    in_person = lat is not None and lon is not None
    requests = Requests(
        ids=[0],
        topics=topic_matrix(
            [[column[pk] for pk in topic_ids if pk in column]], n_topics=len(column)
        ),
        languages=[_mask(["de"])],
        in_person=[in_person],
        remote=[not in_person if by_video is None else by_video],
        lat=[lat if in_person else np.nan],
        lon=[lon if in_person else np.nan],
        waiting_days=[0.0],
        texts=[text],
    )
    excluded = [(0, int(pk)) for pk in excluded_mentor_ids]
    return suggest(requests, mentors, k=k, weights=weights, excluded=excluded, cache=TEXT_CACHE)[0]


@dataclass(frozen=True)
class Proposal:
    help_request_id: int
    mentor_id: int
    score: float
    parts: dict[str, float]
    reasons: list[dict]


def candidate_part_find(data: MatchingInput, *, weights: Weights) -> tuple[bytes, int]:
    """The candidate pairs of one part of a split run (the requests in `data`), packed for the
    database as plain arrays (never a pickle), and how many pairs they hold."""
    part = candidates_part(
        data.requests,
        data.mentors,
        index=mentor_index(data.mentors, version=data.mentors_version),
        excluded=data.excluded,
        max_per_request=settings.MATCHING_CANDIDATES_PER_REQUEST,
        weights=weights,
    )
    buffer = io.BytesIO()
    np.savez(buffer, **{f.name: getattr(part, f.name) for f in fields(CandidatePart)})
    return buffer.getvalue(), len(part.request_id) + len(part.short_request_id)


def _unpack(packed: bytes) -> CandidatePart:
    with np.load(io.BytesIO(packed), allow_pickle=False) as arrays:
        return CandidatePart(**{f.name: arrays[f.name] for f in fields(CandidatePart)})


def proposals_assign(
    data: MatchingInput,
    *,
    weights: Weights,
    report: Callable[[str, int], None],
    parts: Iterable[bytes] | None = None,
) -> tuple[list[Proposal], Assignment, int]:
    """Every request in `data` assigned exactly within the mentors' capacities; the proposals,
    the assignment and the number of candidate pairs. `report(stage, progress)` is told as it
    goes. A split run passes its `parts` (candidate_part_find), whose pairs are merged instead
    of searched again: the same candidates."""
    requests, mentors = data.requests, data.mentors
    index = mentor_index(mentors, version=data.mentors_version)
    if parts is None:
        report(MatchingRun.Stage.CANDIDATES, 20)
        cands = candidates(
            requests,
            mentors,
            excluded=data.excluded,
            index=index,
            max_per_request=settings.MATCHING_CANDIDATES_PER_REQUEST,
            weights=weights,
        )
    else:
        cands = candidates_merge(map(_unpack, parts), requests, mentors, index=index)
    report(MatchingRun.Stage.SCORING, 40)
    scores = score(requests, mentors, cands, weights=weights, index=index, cache=TEXT_CACHE)
    report(MatchingRun.Stage.ASSIGNING, 70)
    result = assign(cands, scores.total, mentors.capacity, len(requests))
    terms = KeyTerms(requests, mentors, index=index)
    proposals = [
        Proposal(
            help_request_id=int(requests.ids[cands.req[pair]]),
            mentor_id=int(mentors.ids[cands.mentor[pair]]),
            score=float(scores.total[pair]),
            parts={name: round(float(values[pair]), 4) for name, values in scores.parts.items()},
            reasons=[
                r.as_dict() for r in reasons(requests, mentors, cands, scores, pair, terms=terms)
            ],
        )
        for pair in (int(p) for p in result.pairs)
    ]
    return proposals, result, len(cands)
