"""Top-k mentors per request, each with score, parts and reasons."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from matching.engine.candidates import candidates
from matching.engine.data import Mentors, Requests
from matching.engine.index import MentorIndex
from matching.engine.phrases import Reason
from matching.engine.reasons import KeyTerms, reasons
from matching.engine.score import DEFAULT_WEIGHTS, PARTS, Weights, score
from matching.engine.text import TextVectorCache


@dataclass(frozen=True)
class Suggestion:
    request_id: int
    mentor_id: int
    score: float
    parts: dict[str, float]
    reasons: list[Reason]


def suggest(
    requests: Requests,
    mentors: Mentors,
    *,
    k: int = 5,
    weights: Weights = DEFAULT_WEIGHTS,
    excluded: Iterable[tuple[int, int]] = (),
    index: MentorIndex | None = None,
    cache: TextVectorCache | None = None,
) -> list[list[Suggestion]]:
    """One list per request (in request order), best first; empty when nobody is feasible.

    Pass an `index` built for these mentors to skip the mentor-side preparation; the results
    are the same as without one.
    """
    if index is None:
        index = MentorIndex(mentors, cache=cache)
    cands = candidates(requests, mentors, excluded=excluded, index=index)
    scores = score(requests, mentors, cands, weights=weights, index=index, cache=cache, top=k)
    # Best first within each request; ties go to the lower mentor id so results are stable.
    order = np.lexsort((mentors.ids[cands.mentor], -scores.total, cands.req))
    by_req = cands.req[order]
    first_of_req = np.searchsorted(by_req, by_req, side="left")
    top = order[np.arange(len(order)) - first_of_req < k]
    terms = KeyTerms(requests, mentors, index=index)
    out: list[list[Suggestion]] = [[] for _ in range(len(requests))]
    for pair in top.tolist():
        req = int(cands.req[pair])
        out[req].append(
            Suggestion(
                request_id=int(requests.ids[req]),
                mentor_id=int(mentors.ids[cands.mentor[pair]]),
                score=float(scores.total[pair]),
                parts={name: float(scores.parts[name][pair]) for name in PARTS},
                reasons=reasons(requests, mentors, cands, scores, pair, terms=terms),
            )
        )
    return out
