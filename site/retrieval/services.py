"""Writes: pages into and out of the index, and questions that found no good page."""

import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from retrieval.analysis import analyzer_for
from retrieval.documents import page_fields, page_language
from retrieval.models import IndexedPage, IndexedTerm, IndexState, UnansweredQuestion
from retrieval.models.questions import KEEP_DAYS
from retrieval.selectors import lexicon
from vocabulary.models import Place

logger = logging.getLogger(__name__)

MAX_RECORDED_WORDS = 20
# Taken out before a question is kept: whatever could name or reach a person.
CONTACT = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\+?\d[\d /()-]{5,}\d")


def index_token_renew() -> None:
    """A new token: every process reloads the lexicon before its next search."""
    IndexState.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4()})


@dataclass(frozen=True)
class _PageText:
    page: Page
    language: str
    fields: dict[str, str]
    words: dict[str, str]  # folded word → stem


def _page_text(page: Page) -> _PageText:
    analyzer = analyzer_for(page_language(page))
    fields = page_fields(page)
    words = {word: analyzer.stem(word) for text in fields.values() for word in analyzer.words(text)}
    return _PageText(page, analyzer.language, fields, words)


def _rows_write(text: _PageText, *, known: frozenset[str]) -> IndexedPage:
    analyzer = analyzer_for(text.language)
    counts: dict[tuple[str, str], float] = defaultdict(float)
    lengths: dict[str, int] = {}
    for name, field_text in text.fields.items():
        terms = analyzer.document_terms(field_text, known)
        lengths[name] = sum(1 for _, count in terms if count == 1.0)
        for term, count in terms:
            counts[(name, term[:64])] += count
    indexed, _ = IndexedPage.objects.update_or_create(
        page=text.page,
        defaults={"language": text.language, "field_lengths": lengths, "words": text.words},
    )
    indexed.terms.all().delete()
    IndexedTerm.objects.bulk_create(
        IndexedTerm(page=indexed, field=name, term=term, frequency=count, length=lengths[name])
        for (name, term), count in counts.items()
    )
    return indexed


@transaction.atomic
def page_index(*, page: Page) -> IndexedPage:
    """(Re)write the index rows of one page from its current (live) fields; its compounds are
    split against the index's lexicon and its own words."""
    text = _page_text(page)
    known = lexicon(language=text.language).stems | frozenset(text.words.values())
    indexed = _rows_write(text, known=known)
    index_token_renew()
    return indexed


@transaction.atomic
def index_rebuild() -> int:
    """Index every page again, in tree order, each read once, compounds split against the whole
    lexicon; processes reload it once, afterwards."""
    with_text = Page.objects.exclude(depth=1).filter(alias_of__isnull=True)  # no alias
    texts = [_page_text(page) for page in with_text.order_by("path").specific()]
    known = frozenset(stem for text in texts for stem in text.words.values())
    for text in texts:
        _rows_write(text, known=known)
    IndexedPage.objects.exclude(page__in=with_text).delete()
    index_token_renew()
    logger.info("search index rebuilt: %d pages", len(texts))
    return len(texts)


def _place_words(words: Collection[str]) -> set[str]:
    """Which of the words name a place of the gazetteer (kept out of recorded questions)."""
    if not words:
        return set()
    names = Place.objects.filter(
        Q(locality_key__in=words)
        | Q(*(Q(locality_key__startswith=f"{word} ") for word in words), _connector=Q.OR)
    ).values_list("locality_key", flat=True)
    found = set()
    for name in names:
        found.update(word for word in words if name == word or name.startswith(f"{word} "))
    return found


def question_unanswered_record(
    *, text: str, source: str, best_guide: str = "", leave_out: Collection[str] = ()
) -> UnansweredQuestion | None:
    """Keep a question's content words (no names, places, numbers or addresses) for editors.

    `leave_out` are words that name the person who asked (her own name, say). Nothing is
    kept when no word is left; nothing links the record to a person or a request."""
    analyzer = analyzer_for("de")
    drop = {word for item in leave_out for word in analyzer.words(item)}
    words = [
        word
        for word in dict.fromkeys(analyzer.words(CONTACT.sub(" ", text[:2000])))
        if analyzer.is_content(word) and word not in drop
    ][: MAX_RECORDED_WORDS * 2]
    places = _place_words(words)
    kept = [word for word in words if word not in places][:MAX_RECORDED_WORDS]
    if not kept:
        return None
    return UnansweredQuestion.objects.create(
        words=" ".join(kept)[:300],
        source=source,
        asked_on=timezone.localdate(),
        best_guide=best_guide[:255],
    )


def questions_forget_old() -> int:
    """Delete recorded questions older than 90 days (a daily task)."""
    before = timezone.localdate() - timedelta(days=KEEP_DAYS)
    deleted, _ = UnansweredQuestion.objects.filter(asked_on__lte=before).delete()
    return deleted
