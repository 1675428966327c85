"""Short German reasons for a suggestion, built from the same parts as its score.

All user-facing phrasing lives in this module; the Django adapter may translate it later.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from matching.engine.candidates import Candidates
from matching.engine.data import Mentors, Requests, language_codes
from matching.engine.score import Scores

LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "Englisch",
    "pl": "Polnisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "tr": "Türkisch",
    "ar": "Arabisch",
    "fa": "Persisch",
    "ro": "Rumänisch",
    "bg": "Bulgarisch",
    "da": "Dänisch",
    "nl": "Niederländisch",
    "fr": "Französisch",
    "es": "Spanisch",
    "it": "Italienisch",
    "vi": "Vietnamesisch",
}

TOPICS = "deckt {shared} von {total} {noun} ab"
IN_PERSON = "{km} km entfernt, bietet Treffen vor Ort"
IN_PERSON_NEAR = "weniger als 1 km entfernt, bietet Treffen vor Ort"
ALSO_REMOTE = "auch per Video oder Telefon"
REMOTE = "per Video oder Telefon"
LANGUAGES = "spricht {names}"
PLACES = "{free} von {total} {noun} frei"
TERMS = "gemeinsame Begriffe: {terms}"

# Common German and English words that say nothing about a need; kept short on purpose.
_STOP_WORDS = (
    "aber alle als also am an auch auf aus bei bin bis da das dass dem den der des die dies "
    "doch du ein eine einem einen einer eines er es für hat habe haben ich ihr im in ist ja "
    "kann mein meine mich mit nach nicht noch nur oder sich sie sind so über um und uns von "
    "vor war was wie wir wird zu zum zur and the of for to in with on a an is are i we my"
)
STOP_WORDS = sorted(set(_STOP_WORDS.split()))
WORD_PATTERN = r"(?u)\b[^\W\d_]{4,}\b"  # words of four letters or more, no digits


def join_german(items: list[str]) -> str:
    """'A', 'A und B', 'A, B und C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " und " + items[-1]


class KeyTerms:
    """Word-level TF-IDF over request and mentor texts, to name the terms a pair shares."""

    def __init__(self, requests: Requests, mentors: Mentors) -> None:
        self._n_mentors = len(mentors)
        self._vectorizer = TfidfVectorizer(
            analyzer="word",
            lowercase=True,
            stop_words=STOP_WORDS,
            min_df=1,
            token_pattern=WORD_PATTERN,
        )
        texts = list(mentors.texts) + list(requests.texts)
        if not any(t.strip() for t in texts):
            self._matrix = None
            return
        try:
            self._matrix = self._vectorizer.fit_transform(texts).tocsr()
        except ValueError:  # nothing but stop words
            self._matrix = None
            return
        self._vocab = self._vectorizer.get_feature_names_out()

    def shared(self, req: int, mentor: int, *, top: int = 3) -> list[str]:
        if self._matrix is None:
            return []
        a = self._matrix[self._n_mentors + req]
        b = self._matrix[mentor]
        prod = a.multiply(b).tocoo()
        if prod.nnz == 0:
            return []
        order = np.lexsort((self._vocab[prod.col], -prod.data))[:top]
        return [str(self._vocab[prod.col[i]]) for i in order]


def reasons(
    requests: Requests,
    mentors: Mentors,
    cands: Candidates,
    scores: Scores,
    pair: int,
    *,
    terms: KeyTerms | None = None,
) -> list[str]:
    """The reasons for candidate pair number `pair`, most important first."""
    req, mentor = int(cands.req[pair]), int(cands.mentor[pair])
    out = []
    total = int(scores.request_topics[pair])
    out.append(
        TOPICS.format(
            shared=int(scores.shared_topics[pair]),
            total=total,
            noun="Thema" if total == 1 else "Themen",
        )
    )
    remote_ok = bool(requests.remote[req] and mentors.remote[mentor])
    distance = float(cands.distance_km[pair])
    if not math.isnan(distance):
        out.append(IN_PERSON_NEAR if distance < 1 else IN_PERSON.format(km=round(distance)))
        if remote_ok:
            out.append(ALSO_REMOTE)
    else:
        out.append(REMOTE)
    codes = language_codes(int(scores.shared_languages[pair]))
    out.append(LANGUAGES.format(names=join_german([LANGUAGE_NAMES[c] for c in codes])))
    free = int(mentors.capacity[mentor])
    places = free + int(mentors.load[mentor])
    out.append(PLACES.format(free=free, total=places, noun="Platz" if places == 1 else "Plätzen"))
    if terms is not None:
        shared = terms.shared(req, mentor)
        if shared:
            out.append(TERMS.format(terms=", ".join(shared)))
    return out
