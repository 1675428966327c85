"""The same words out of a page and out of a question: folding, stopwords, stems, compounds, typos.

Pure Python (PyStemmer, rapidfuzz): no Django, no database, so SQLite and PostgreSQL see exactly
the same terms. A word is folded first (lower case, ä → ae, ß → ss, accents dropped), so that
"Gründerin", "Gruenderin" and "GRÜNDERIN" are one word; then stemmed with Snowball ("Gründerin"
and "Gründer" share "grund"). Compounds are split against the words the index knows
("Gewerbeanmeldung" → "gewerbe" + "anmeldung"), as a dictionary decompounder does; a word the
index does not know at all is looked up with one or two typing mistakes forgiven.
"""

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from retrieval.stopwords import STOPWORDS

LANGUAGES = {"de": "german", "en": "english"}
# Letters only; a hyphen or a slash inside a word keeps it together ("Minijob-Basis").
WORD = re.compile(r"[^\W\d_]+(?:[-‐/][^\W\d_]+)*")
JOINERS = re.compile(r"[-‐/]")
FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
MAX_WORD = 40  # longer "words" are pasted strings, not words
MIN_PART = 3  # "hof" in "hofladen"
MIN_COMPOUND = 7
PART_WEIGHT = 0.8  # a compound's parts together count a little less than the word itself
MIN_PREFIX = 4  # "Gewe…" may be completed, "Ge…" not
PREFIX_WEIGHT = 0.7


def fold(word: str) -> str:
    """Lower case, umlauts and ß spelled out, other accents dropped: one spelling per word."""
    word = unicodedata.normalize("NFKC", word).lower().translate(FOLDS)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class Reading:
    """One way of understanding a word: its terms (all of them wanted) and how much it counts."""

    terms: tuple[str, ...]
    weight: float = 1.0


@dataclass(frozen=True)
class Concept:
    """One word of a question and every reading of it (itself, its parts, a synonym, a fix)."""

    word: str
    readings: tuple[Reading, ...]

    @property
    def terms(self) -> set[str]:
        return {term for reading in self.readings for term in reading.terms}


class Analyzer:
    """Terms for one language; stems are cached per word (most words repeat across pages)."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGES else "de"
        self.stopwords = STOPWORDS[self.language]
        self._stemmer = Stemmer.Stemmer(LANGUAGES[self.language])
        self.stem = lru_cache(maxsize=200_000)(self._stemmer.stemWord)

    def words(self, text: str) -> list[str]:
        """The folded content words of a text, in order; a joined word also gives its pieces."""
        found = []
        for match in WORD.finditer(text):
            raw = match.group(0)
            pieces = [fold(piece) for piece in JOINERS.split(raw)]
            if len(pieces) > 1:
                found.extend(pieces)
                found.append("".join(pieces))
            else:
                found.append(pieces[0])
        return [word for word in found if len(word) <= MAX_WORD and word not in self.stopwords]

    def is_content(self, word: str) -> bool:
        return len(word) > 1 and word not in self.stopwords

    def parts(self, word: str, known: Collection[str]) -> list[str]:
        """The fewest known words a compound is made of (at least two), or [] for no split.

        A part is known when its stem is among `known`; a linking "s" or "es" is part of the
        head ("arbeits" + "amt"), which the stemmer takes off again."""
        if len(word) < MIN_COMPOUND:
            return []

        def is_known(part: str) -> bool:
            return part not in self.stopwords and self.stem(part) in known

        @cache
        def split(start: int) -> tuple[str, ...] | None:
            rest = word[start:]
            best = (rest,) if is_known(rest) else None
            for end in range(start + MIN_PART, len(word) - MIN_PART + 1):
                head = word[start:end]
                if not is_known(head):
                    continue
                tail = split(end)
                if tail is not None and (best is None or len(tail) + 1 < len(best)):
                    best = (head, *tail)
            return best

        candidates = [
            (head, *tail)
            for end in range(MIN_PART, len(word) - MIN_PART + 1)
            if is_known(head := word[:end]) and (tail := split(end)) is not None
        ]
        # Fewest parts; of those, the longest last part (the head word of a German compound).
        return list(min(candidates, key=lambda parts: (len(parts), -len(parts[-1])), default=()))

    def corrections(self, word: str, vocabulary: Mapping[str, str]) -> list[tuple[str, int]]:
        """Known words within one typing mistake (two for long words): (word, mistakes)."""
        if len(word) < 5:
            return []
        allowed = 1 if len(word) < 9 else 2
        found = process.extract(
            word, vocabulary.keys(), scorer=OSA.distance, score_cutoff=allowed, limit=3
        )
        return [(choice, int(distance)) for choice, distance, _ in found if distance > 0]

    def document_terms(self, text: str, known: Collection[str]) -> list[tuple[str, float]]:
        """(term, count) for every word of a page's text; a compound's parts count half."""
        terms: list[tuple[str, float]] = []
        for word in self.words(text):
            terms.append((self.stem(word), 1.0))
            terms.extend((self.stem(part), 0.5) for part in self.parts(word, known))
        return terms

    def question(
        self,
        text: str,
        *,
        known: Collection[str],
        vocabulary: Mapping[str, str],
        synonyms: Mapping[str, tuple[Reading, ...]],
        completions: Callable[[str], list[str]] | None = None,
    ) -> list[Concept]:
        """What a question asks for: one concept per distinct content word, with its readings.

        `known` are the index's stems, `vocabulary` its words (folded → stem), `synonyms` the
        editors' list (stem of the word people write → readings of what the guides call it).
        `completions` finds known words that start with the last word, which may be half typed
        (the form asks while a founder types)."""
        concepts: dict[str, Concept] = {}
        words = self.words(text)
        for position, word in enumerate(words):
            stem = self.stem(word)
            if stem in concepts or not self.is_content(word):
                continue
            readings = [Reading((stem,))]
            parts = self.parts(word, known)
            if parts:
                readings.append(Reading(tuple(self.stem(p) for p in parts), PART_WEIGHT))
            readings.extend(synonyms.get(stem, ()))
            if stem not in known and not parts:
                readings.extend(
                    Reading((vocabulary[fixed],), 0.9 - 0.2 * mistakes)
                    for fixed, mistakes in self.corrections(word, vocabulary)
                )
                last = position == len(words) - 1
                if last and completions is not None and len(word) >= MIN_PREFIX:
                    readings.extend(
                        Reading((vocabulary[whole],), PREFIX_WEIGHT) for whole in completions(word)
                    )
            concepts[stem] = Concept(word=word, readings=tuple(dict.fromkeys(readings)))
        return list(concepts.values())

    def synonym_readings(
        self, entries: Iterable[tuple[str, str]], weight: float = 0.8
    ) -> dict[str, tuple[Reading, ...]]:
        """Editors' entries (words people write, what the guides call it; comma-separated)."""
        found: dict[str, list[Reading]] = {}
        for words, means in entries:
            readings = [
                Reading(tuple(self.stem(w) for w in self.words(meaning)), weight)
                for meaning in means.split(",")
                if self.words(meaning)
            ]
            for written in words.split(","):
                for word in self.words(written)[:1]:
                    found.setdefault(self.stem(word), []).extend(readings)
        return {stem: tuple(dict.fromkeys(readings)) for stem, readings in found.items()}


@cache
def analyzer_for(language: str) -> Analyzer:
    return Analyzer(language)
