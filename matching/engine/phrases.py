"""Plain data for a reason and its wording: the engine's German, or any gettext-like translator
the caller passes (the Django adapter passes its own), so the wording lives here once.

Pure Python, no numpy: the adapter words the reasons it stored (matching.wording) on pages that
run no matching, and must not load the numeric libraries for that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

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
