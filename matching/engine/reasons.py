"""Short reasons for a suggestion, built from the same parts as its score.

A reason is stored as plain data (a code and its numbers) and put into words when shown
(matching.engine.phrases, which has no numpy, so stored reasons are worded without it).
"""

from __future__ import annotations

import math

from matching.engine.candidates import Candidates
from matching.engine.data import Mentors, Requests, language_codes
from matching.engine.index import MentorIndex
from matching.engine.phrases import Reason
from matching.engine.score import Scores
from matching.engine.words import MentorWords, document_frequency, shared_terms, word_counts


class KeyTerms:
    """Word-level TF-IDF over request and mentor texts, to name the terms a pair shares.

    Mentor word counts come from `index` (prepared once) or are counted here; only the requests'
    texts are read per call. IDF is over every mentor and request text, as a TfidfVectorizer
    fitted on them would have it.
    """

    def __init__(
        self, requests: Requests, mentors: Mentors, *, index: MentorIndex | None = None
    ) -> None:
        if index is not None:
            index.check(mentors)
        self._mentor_words = index.words if index else MentorWords.build(mentors.texts)
        self._request_counts = word_counts(requests.texts)
        self._request_df = document_frequency(self._request_counts)
        self._n_docs = len(mentors) + len(requests)

    def shared(self, req: int, mentor: int, *, top: int = 3) -> list[str]:
        return shared_terms(
            self._request_counts[req],
            self._mentor_words.counts[mentor],
            df=self._mentor_words.df,
            extra_df=self._request_df,
            n_docs=self._n_docs,
            top=top,
        )


def reasons(
    requests: Requests,
    mentors: Mentors,
    cands: Candidates,
    scores: Scores,
    pair: int,
    *,
    terms: KeyTerms | None = None,
) -> list[Reason]:
    """The reasons for candidate pair number `pair`, most important first."""
    req, mentor = int(cands.req[pair]), int(cands.mentor[pair])
    out = [
        Reason(
            "topics",
            {"shared": int(scores.shared_topics[pair]), "total": int(scores.request_topics[pair])},
        )
    ]
    distance = float(cands.distance_km[pair])
    if not math.isnan(distance):
        out.append(Reason("in_person", {"km": round(distance)}))
        if requests.remote[req] and mentors.remote[mentor]:
            out.append(Reason("also_remote"))
    else:
        out.append(Reason("remote"))
    out.append(Reason("languages", {"codes": language_codes(int(scores.shared_languages[pair]))}))
    free = int(mentors.capacity[mentor])
    out.append(Reason("places", {"free": free, "total": free + int(mentors.load[mentor])}))
    if terms is not None:
        shared = terms.shared(req, mentor)
        if shared:
            out.append(Reason("terms", {"terms": shared}))
    return out
