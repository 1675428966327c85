"""Reads: which pages answer a question, best first, and which questions found no good page."""

import bisect
import threading
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import timedelta
from uuid import UUID

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from retrieval.analysis import Concept, Reading, analyzer_for
from retrieval.models import IndexedPage, IndexedTerm, IndexState, Synonym, UnansweredQuestion
from retrieval.models.questions import KEEP_DAYS
from retrieval.ranking import Posting, Ranked, rank, term_scores

MAX_QUESTION = 500  # characters: a longer text is a pasted document, its start says enough
GOOD_COVERAGE = 0.5  # a page that answers at least half of a question's words answers it


@dataclass(frozen=True)
class Lexicon:
    """What the index knows in one language: pages, average field lengths, stems and words."""

    pages: int = 0
    average_lengths: dict[str, float] = field(default_factory=dict)
    stems: frozenset[str] = frozenset()
    words: dict[str, str] = field(default_factory=dict)  # folded word → stem
    ordered: tuple[str, ...] = ()  # the words, sorted: for completing a half-typed one
    synonyms: dict[str, tuple[Reading, ...]] = field(default_factory=dict)  # editors' list

    def completions(self, prefix: str, limit: int = 3) -> list[str]:
        """The shortest known words that start with `prefix` (not `prefix` itself)."""
        start = bisect.bisect_right(self.ordered, prefix)
        found = []
        for word in self.ordered[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=len)[:limit]


@dataclass(frozen=True)
class Retrieval:
    """The answer to one question: ranked page ids and how the question was understood."""

    concepts: list[Concept]
    ranked: list[Ranked]

    @property
    def answered(self) -> bool:
        """A page answers at least half of the question's words (else: a gap in the content)."""
        return bool(self.ranked) and self.ranked[0].coverage >= GOOD_COVERAGE


_lexicons: dict[str, tuple[UUID | None, Lexicon]] = {}
_lexicon_lock = threading.Lock()


def index_token() -> UUID | None:
    return IndexState.objects.values_list("token", flat=True).filter(pk=1).first()


def _lexicon_load(language: str) -> Lexicon:
    rows = list(IndexedPage.objects.filter(language=language).values_list("field_lengths", "words"))
    totals: dict[str, int] = {}
    words: dict[str, str] = {}
    for lengths, page_words in rows:
        for name, length in lengths.items():
            totals[name] = totals.get(name, 0) + length
        words.update(page_words)
    averages = {name: total / len(rows) for name, total in totals.items()}
    return Lexicon(
        pages=len(rows),
        average_lengths=averages,
        stems=frozenset(words.values()),
        words=words,
        ordered=tuple(sorted(words)),
        synonyms=analyzer_for(language).synonym_readings(
            Synonym.objects.values_list("words", "means")
        ),
    )


def lexicon(*, language: str) -> Lexicon:
    """The index's lexicon and the editors' synonyms, kept per process until either changes
    (one query to check)."""
    token = index_token()
    kept = _lexicons.get(language)
    if kept is not None and kept[0] == token and token is not None:
        return kept[1]
    with _lexicon_lock:
        loaded = _lexicon_load(language)
        _lexicons[language] = (token, loaded)
    return loaded


def question_concepts(*, text: str, language: str = "de") -> tuple[list[Concept], Lexicon]:
    analyzer = analyzer_for(language)
    known = lexicon(language=analyzer.language)
    concepts = analyzer.question(
        text[:MAX_QUESTION],
        known=known.stems,
        vocabulary=known.words,
        synonyms=known.synonyms,
        completions=known.completions,
    )
    return concepts, known


def pages_retrieve(
    *,
    text: str,
    pages: QuerySet[Page],
    language: str = "de",
    lifted: Collection[int] = (),
) -> Retrieval:
    """The pages among `pages` that answer `text`, best first; `lifted` ids count 30 % more."""
    language = analyzer_for(language).language
    concepts, known = question_concepts(text=text, language=language)
    terms = {term for concept in concepts for term in concept.terms}
    if not terms:
        return Retrieval(concepts=concepts, ranked=[])
    rows = IndexedTerm.objects.filter(
        term__in=terms, page__language=language, page__page__in=pages.values("pk")
    ).values_list("page__page_id", "term", "field", "frequency", "length")
    scores = term_scores(
        (Posting(*row) for row in rows),
        pages=known.pages,
        average_lengths=known.average_lengths,
    )
    ranked = rank(concepts, scores, lifted=frozenset(lifted))
    return Retrieval(concepts=concepts, ranked=ranked)


def pages_in_order(*, pages: QuerySet[Page], ids: list[int]) -> list[Page]:
    """The specific pages for `ids`, in that order (ids not in `pages` are left out)."""
    found = {page.pk: page for page in pages.filter(pk__in=ids).specific()}
    return [found[pk] for pk in ids if pk in found]


def questions_unanswered() -> QuerySet[UnansweredQuestion]:
    """What founders asked in the last 90 days that no guide answered, newest first."""
    since = timezone.localdate() - timedelta(days=KEEP_DAYS)
    return UnansweredQuestion.objects.filter(asked_on__gt=since)
