"""Top-k mentors per request, each with score, parts and reasons."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from matching.engine.candidates import candidates
from matching.engine.data import Mentors, Requests
from matching.engine.reasons import KeyTerms, Reason, reasons
from matching.engine.score import DEFAULT_WEIGHTS, PARTS, Weights, score


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
) -> list[list[Suggestion]]:
    """One list per request (in request order), best first; empty when nobody is feasible."""
    cands = candidates(requests, mentors, excluded=excluded)
    scores = score(requests, mentors, cands, weights=weights)
    terms = KeyTerms(requests, mentors)
    # Best first within each request; ties go to the lower mentor id so results are stable.
    order = np.lexsort((mentors.ids[cands.mentor], -scores.total, cands.req))
    out: list[list[Suggestion]] = [[] for _ in range(len(requests))]
    for pair in order:
        req = int(cands.req[pair])
        if len(out[req]) >= k:
            continue
        out[req].append(
            Suggestion(
                request_id=int(requests.ids[req]),
                mentor_id=int(mentors.ids[cands.mentor[pair]]),
                score=float(scores.total[pair]),
                parts={name: float(scores.parts[name][pair]) for name in PARTS},
                reasons=reasons(requests, mentors, cands, scores, int(pair), terms=terms),
            )
        )
    return out
