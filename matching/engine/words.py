"""Human-readable key terms: word counts per mentor prepared once, word IDF applied per run."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import TfidfVectorizer

# Common German and English words that say nothing about a need; kept short on purpose.
_STOP_WORDS = (
    "aber alle als also am an auch auf aus bei bin bis da das dass dem den der des die dies "
    "doch du ein eine einem einen einer eines er es für hat habe haben ich ihr im in ist ja "
    "kann mein meine mich mit nach nicht noch nur oder sich sie sind so über um und uns von "
    "vor war was wie wir wird zu zum zur and the of for to in with on a an is are i we my"
)
STOP_WORDS = sorted(set(_STOP_WORDS.split()))
WORD_PATTERN = r"(?u)\b[^\W\d_]{4,}\b"  # words of four letters or more, no digits

# Lower case, the token pattern, stop words: the analyzer of a word TfidfVectorizer.
words_of = TfidfVectorizer(
    analyzer="word", lowercase=True, stop_words=STOP_WORDS, token_pattern=WORD_PATTERN
).build_analyzer()


def word_counts(texts: Sequence[str]) -> list[Counter[str]]:
    return [Counter(words_of(text)) for text in texts]


def document_frequency(counts: Sequence[Counter[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for row in counts:
        df.update(row.keys())
    return df


@dataclass(frozen=True, eq=False)
class MentorWords:
    """Each mentor's word counts and how many mentors use each word."""

    counts: list[Counter[str]]
    df: Counter[str]

    @classmethod
    def build(cls, texts: Sequence[str]) -> MentorWords:
        counts = word_counts(texts)
        return cls(counts, document_frequency(counts))


def shared_terms(
    a: Counter[str],
    b: Counter[str],
    *,
    df: dict[str, int] | Counter[str],
    extra_df: dict[str, int] | Counter[str],
    n_docs: int,
    top: int = 3,
) -> list[str]:
    """Words both texts use, by tf_a · tf_b · idf² (their TF-IDF product), ties by the word.

    The l2 norms of the two vectors scale every product of a pair alike, so they cannot change
    the order and are left out.
    """
    common = a.keys() & b.keys()
    if not common:
        return []

    def weight(word: str) -> float:
        idf = math.log((1 + n_docs) / (1 + df.get(word, 0) + extra_df.get(word, 0))) + 1
        return a[word] * b[word] * idf * idf

    return sorted(common, key=lambda word: (-weight(word), word))[:top]
