"""BM25F: how well a page answers the concepts of a question. Pure Python, no Django.

Each field of a page counts with its own weight (a word in the title says more than one in
the body) and is normalised by its own average length, as BM25F does; a concept scores by its
best reading (the word itself, its parts, a synonym or a corrected spelling), so a word with
many synonyms does not outweigh a word with none.
"""

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from retrieval.analysis import Concept

FIELD_WEIGHTS = {"title": 3.0, "keywords": 2.5, "intro": 2.0, "topics": 1.5, "body": 1.0}
K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Posting:
    page: int
    term: str
    field: str
    frequency: float
    length: int  # words in that field of that page


@dataclass(frozen=True)
class Ranked:
    page: int
    score: float
    coverage: float  # share of the question's concepts the page answers at all


def term_scores(
    postings: Iterable[Posting], *, pages: int, average_lengths: Mapping[str, float]
) -> dict[str, dict[int, float]]:
    """term → page → BM25F score of that term on that page."""
    weighted: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for posting in postings:
        average = average_lengths.get(posting.field) or 1.0
        norm = 1 - B + B * posting.length / average
        weight = FIELD_WEIGHTS.get(posting.field, 1.0)
        weighted[posting.term][posting.page] += weight * posting.frequency / norm
    scores = {}
    for term, by_page in weighted.items():
        found_on = len(by_page)
        idf = math.log(1 + (max(pages, found_on) - found_on + 0.5) / (found_on + 0.5))
        scores[term] = {page: idf * tf / (K1 + tf) for page, tf in by_page.items()}
    return scores


def rank(
    concepts: list[Concept],
    scores: Mapping[str, Mapping[int, float]],
    *,
    lifted: frozenset[int] = frozenset(),
    lift: float = 1.3,
) -> list[Ranked]:
    """Pages best first (ties by page id, so every database gives the same order)."""
    total: dict[int, float] = defaultdict(float)
    answered: dict[int, int] = defaultdict(int)
    for concept in concepts:
        best: dict[int, float] = {}
        for reading in concept.readings:
            found = [scores.get(term, {}) for term in reading.terms]
            for page in set().union(*found):
                # All terms of a reading are wanted: a missing part counts as nothing.
                value = reading.weight * sum(f.get(page, 0.0) for f in found) / len(found)
                if value > best.get(page, 0.0):
                    best[page] = value
        for page, value in best.items():
            total[page] += value
            answered[page] += 1
    count = max(len(concepts), 1)
    ranked = [
        Ranked(page, score * (lift if page in lifted else 1.0), answered[page] / count)
        for page, score in total.items()
    ]
    return sorted(ranked, key=lambda r: (-round(r.score, 9), r.page))
