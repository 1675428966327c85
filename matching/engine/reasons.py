"""Short reasons for a suggestion, built from the same parts as its score.

A reason is stored as plain data (a code and its numbers) and put into words when shown, in
German by default or through any gettext-like translator the caller passes (the Django adapter
passes its own), so the wording lives here once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Protocol

from matching.engine.candidates import Candidates
from matching.engine.data import Mentors, Requests, language_codes
from matching.engine.index import MentorIndex
from matching.engine.score import Scores
from matching.engine.words import MentorWords, document_frequency, shared_terms, word_counts

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


class Translator(Protocol):
    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, number: int) -> str: ...


class German:
    """The engine's own language: messages are written in German, so nothing to look up."""

    @staticmethod
    def gettext(message: str) -> str:
        return message

    @staticmethod
    def ngettext(singular: str, plural: str, number: int) -> str:
        return singular if number == 1 else plural


GERMAN = German()


def join_words(items: list[str], *, t: Translator = GERMAN) -> str:
    """'A', 'A und B', 'A, B und C'."""
    if len(items) <= 1:
        return "".join(items)
    return t.gettext("{items} und {last}").format(items=", ".join(items[:-1]), last=items[-1])


@dataclass(frozen=True)
class Reason:
    """One reason as data; `code` picks the wording, `params` fill it in."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, **self.params}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reason:
        params = dict(data)
        return cls(code=params.pop("code"), params=params)

    def text(self, *, t: Translator = GERMAN) -> str:
        p = self.params
        if self.code == "topics":
            return t.ngettext(
                "deckt {shared} von {total} Thema ab",
                "deckt {shared} von {total} Themen ab",
                p["total"],
            ).format(**p)
        if self.code == "in_person":
            if p["km"] < 1:
                return t.gettext("weniger als 1 km entfernt, bietet Treffen vor Ort")
            return t.gettext("{km} km entfernt, bietet Treffen vor Ort").format(**p)
        if self.code == "also_remote":
            return t.gettext("auch per Video oder Telefon")
        if self.code == "remote":
            return t.gettext("per Video oder Telefon")
        if self.code == "languages":
            names = [t.gettext(LANGUAGE_NAMES[code]) for code in p["codes"]]
            return t.gettext("spricht {names}").format(names=join_words(names, t=t))
        if self.code == "places":
            return t.ngettext(
                "{free} von {total} Platz frei", "{free} von {total} Plätzen frei", p["total"]
            ).format(**p)
        if self.code == "terms":
            return t.gettext("gemeinsame Begriffe: {terms}").format(terms=", ".join(p["terms"]))
        raise ValueError(f"unknown reason {self.code!r}")

    def __str__(self) -> str:
        return self.text()


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
