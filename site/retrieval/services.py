"""Writes: pages into and out of the index, and questions that found no good page."""

import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Collection
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


def _page_words(page: Page) -> tuple[dict[str, str], dict[str, str]]:
    """The page's index fields and its own words (folded word → stem)."""
    analyzer = analyzer_for(page_language(page))
    fields = page_fields(page)
    words = {word: analyzer.stem(word) for text in fields.values() for word in analyzer.words(text)}
    return fields, words


@transaction.atomic
def page_index(*, page: Page, known: frozenset[str] | None = None) -> IndexedPage:
    """(Re)write the index rows of one page from its current (live) fields.

    Its compounds are split against `known` stems (by default: the index's and its own)."""
    analyzer = analyzer_for(page_language(page))
    fields, own_words = _page_words(page)
    if known is None:
        known = lexicon(language=analyzer.language).stems | set(own_words.values())
    counts: dict[tuple[str, str], float] = defaultdict(float)
    lengths: dict[str, int] = {}
    for name, text in fields.items():
        terms = analyzer.document_terms(text, known)
        lengths[name] = sum(1 for _, count in terms if count == 1.0)
        for term, count in terms:
            counts[(name, term[:64])] += count
    indexed, _ = IndexedPage.objects.update_or_create(
        page=page,
        defaults={"language": analyzer.language, "field_lengths": lengths, "words": own_words},
    )
    indexed.terms.all().delete()
    IndexedTerm.objects.bulk_create(
        IndexedTerm(page=indexed, field=name, term=term, frequency=count, length=lengths[name])
        for (name, term), count in counts.items()
    )
    index_token_renew()
    return indexed


@transaction.atomic
def page_unindex(*, page_id: int) -> None:
    IndexedPage.objects.filter(page_id=page_id).delete()
    index_token_renew()


def index_rebuild() -> int:
    """Index every page again, in tree order (compounds split against the whole lexicon)."""
    pages = list(Page.objects.exclude(depth=1).order_by("path").specific())
    known = frozenset(stem for page in pages for stem in _page_words(page)[1].values())
    for page in pages:
        page_index(page=page, known=known)
    count = len(pages)
    with transaction.atomic():
        IndexedPage.objects.exclude(page__in=Page.objects.exclude(depth=1)).delete()
        index_token_renew()
    logger.info("search index rebuilt: %d pages", count)
    return count


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
