"""A prepared mentor index and a text cache change how fast suggestions come, not what they are."""

from dataclasses import replace

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from matching.engine.candidates import candidates
from matching.engine.index import MentorIndex, mentor_fingerprint
from matching.engine.reasons import KeyTerms
from matching.engine.score import score, text_vectors
from matching.engine.sparse import rowwise_dot
from matching.engine.suggest import suggest
from matching.engine.text import TextVectorCache, raw_counts
from matching.engine.words import STOP_WORDS, WORD_PATTERN
from matching.tests.factories import mentors, requests

WORDS = [
    *("Steuer", "Umsatzsteuer", "Buchhaltung", "Steuerberatung", "Recht", "GmbH", "Haftung"),
    *("Finanzierung", "Businessplan", "Kredit", "Fördermittel", "Marketing", "Website"),
    *("Kunden", "Hofladen", "Café", "Konzession", "Übergabe", "Bewertung"),
]


def text(rng) -> str:
    return " ".join(rng.choice(WORDS, int(rng.integers(0, 7))))


def instance(seed: int, n_req: int = 30, n_mentors: int = 40):
    rng = np.random.default_rng(seed)

    def row():
        return {
            "topics": set(rng.choice(12, int(rng.integers(1, 4)), replace=False).tolist()),
            "languages": tuple(rng.choice(["de", "en", "pl"], int(rng.integers(1, 3)), False)),
            "place": (52.5 + rng.normal(0, 0.2), 13.4 + rng.normal(0, 0.3)),
            "text": text(rng),
        }

    reqs = requests(
        [row() | {"remote": bool(rng.random() < 0.5), "waiting_days": float(rng.integers(0, 90))}
         for _ in range(n_req)]
    )  # fmt: skip
    ments = mentors(
        [row() | {"radius_km": float(rng.uniform(0, 40)), "remote": bool(rng.random() < 0.3),
                  "capacity": int(rng.integers(0, 3)), "load": int(rng.integers(0, 3))}
         for _ in range(n_mentors)]
    )  # fmt: skip
    return reqs, ments


def subset(reqs, rows):
    rows = np.asarray(rows)
    return replace(
        reqs,
        ids=reqs.ids[rows],
        topics=reqs.topics[rows],
        languages=reqs.languages[rows],
        in_person=reqs.in_person[rows],
        remote=reqs.remote[rows],
        lat=reqs.lat[rows],
        lon=reqs.lon[rows],
        waiting_days=reqs.waiting_days[rows],
        texts=[reqs.texts[i] for i in rows],
    )


def as_tuples(result):
    return [[(s.mentor_id, s.score, s.parts, s.reasons) for s in row] for row in result]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_suggestions_with_a_reused_index_equal_those_without(seed):
    reqs, ments = instance(seed)
    index = MentorIndex(ments).warm()
    excluded = [(int(reqs.ids[0]), int(ments.ids[1]))]
    for rows in ([0], [5], [3, 7, 11], list(range(len(reqs)))):
        part = subset(reqs, rows)
        plain = suggest(part, ments, k=5, excluded=excluded)
        assert as_tuples(suggest(part, ments, k=5, excluded=excluded, index=index)) == (
            as_tuples(plain)
        )
    assert sum(len(row) for row in plain) > 20


def test_capacity_and_load_are_read_per_call_so_the_index_survives_their_change():
    reqs, ments = instance(5)
    index = MentorIndex(ments)
    first = suggest(reqs, ments, index=index)
    full = first[0][0].mentor_id
    position = int(np.flatnonzero(ments.ids == full)[0])
    capacity, load = ments.capacity.copy(), ments.load.copy()
    capacity[position], load[position] = 0, load[position] + capacity[position]
    changed = replace(ments, capacity=capacity, load=load)
    again = suggest(reqs, changed, index=index)
    assert as_tuples(again) == as_tuples(suggest(reqs, changed))
    assert full not in [s.mentor_id for row in again for s in row]
    assert mentor_fingerprint(changed) == mentor_fingerprint(ments) == index.fingerprint


def test_an_index_refuses_mentors_it_was_not_built_for():
    reqs, ments = instance(6)
    index = MentorIndex(ments)
    other = replace(ments, ids=ments.ids + 1000)
    with pytest.raises(ValueError):
        suggest(reqs, other, index=index)
    assert mentor_fingerprint(replace(ments, texts=["neu", *ments.texts[1:]])) != (
        index.fingerprint
    )


@pytest.mark.parametrize("seed", [7, 8])
def test_text_similarity_equals_a_tfidf_vectorizer_fitted_on_all_texts(seed):
    reqs, ments = instance(seed)
    c = candidates(reqs, ments)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vectorizer.fit_transform([t.lower() for t in [*ments.texts, *reqs.texts]]).tocsr()
    expected = rowwise_dot(matrix[len(ments) :], c.req, matrix[: len(ments)], c.mentor)
    got = score(reqs, ments, c).parts["text"]
    np.testing.assert_allclose(got, expected, atol=1e-9)  # no hash collision in so few n-grams
    req_vec, mentor_vec = text_vectors(reqs, ments)
    np.testing.assert_allclose(rowwise_dot(req_vec, c.req, mentor_vec, c.mentor), got, atol=1e-12)
    assert (got > 0).sum() > 10


def test_a_cached_second_run_scores_exactly_as_an_uncached_one():
    reqs, ments = instance(9)
    c = candidates(reqs, ments)
    cache = TextVectorCache()
    uncached = score(reqs, ments, c)
    cold = score(reqs, ments, c, cache=cache)
    assert cache.misses == len(set(reqs.texts) | set(ments.texts))  # each text analysed once
    hits = cache.hits
    warm = score(reqs, ments, c, cache=cache)
    assert cache.hits - hits == len(reqs) + len(ments) and cache.misses == len(cache)
    for result in (cold, warm):
        np.testing.assert_array_equal(result.total, uncached.total)
        np.testing.assert_array_equal(result.parts["text"], uncached.parts["text"])


def test_the_text_cache_is_bounded_and_forgets_the_least_recently_used():
    cache = TextVectorCache(maxsize=3)
    cache.counts(["Steuer", "Recht", "Marketing"])
    cache.counts(["Steuer"])  # now the most recent
    cache.counts(["Hofladen", "Café"])
    assert len(cache) == 3
    cache.counts(["Steuer", "Recht"])
    assert (cache.hits, cache.misses) == (2, 6)  # Steuer twice; Recht was forgotten
    texts = ["Steuer", "Hofladen", "Steuer", ""]
    assert (cache.counts(texts) != raw_counts(texts)).nnz == 0
    with pytest.raises(ValueError):
        TextVectorCache(maxsize=0)


@pytest.mark.parametrize("seed", [10, 11])
def test_key_terms_equal_those_of_a_word_tfidf_over_all_texts(seed):
    reqs, ments = instance(seed)
    texts = [*ments.texts, *reqs.texts]
    vectorizer = TfidfVectorizer(stop_words=STOP_WORDS, token_pattern=WORD_PATTERN)
    matrix = vectorizer.fit_transform(texts).tocsr()
    vocab = vectorizer.get_feature_names_out()
    terms = KeyTerms(reqs, ments, index=MentorIndex(ments))
    checked = 0
    for r in range(len(reqs)):
        for m in range(len(ments)):
            prod = matrix[len(ments) + r].multiply(matrix[m]).tocoo()
            order = np.lexsort((vocab[prod.col], -np.round(prod.data, 12)))[:3]
            assert terms.shared(r, m) == [str(vocab[prod.col[i]]) for i in order]
            checked += prod.nnz > 0
    assert checked > 50


def test_one_request_alone_gets_the_similarity_of_a_vectorizer_fitted_on_it_and_the_mentors():
    reqs, ments = instance(12)
    index = MentorIndex(ments).warm()
    checked = 0
    for row in range(len(reqs)):
        single = subset(reqs, [row])
        c = candidates(single, ments, index=index)
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        texts = [t.lower() for t in [*ments.texts, *single.texts]]
        matrix = vectorizer.fit_transform(texts).tocsr()
        expected = rowwise_dot(matrix[len(ments) :], c.req, matrix[: len(ments)], c.mentor)
        got = score(single, ments, c, index=index).parts["text"]
        np.testing.assert_allclose(got, expected, atol=1e-9)
        checked += int((got > 0).sum())
    assert checked > 20


@pytest.mark.parametrize("seed", [13, 14, 15])
def test_skipping_text_for_pairs_that_cannot_reach_the_top_changes_no_suggestion(seed):
    reqs, ments = instance(seed, n_req=20, n_mentors=120)
    c = candidates(reqs, ments)
    full = score(reqs, ments, c)
    order = np.lexsort((ments.ids[c.mentor], -full.total, c.req))
    for row, result in enumerate(suggest(reqs, ments, k=3)):
        best = [int(i) for i in order if c.req[i] == row][:3]
        assert [s.mentor_id for s in result] == [int(ments.ids[c.mentor[i]]) for i in best]
        assert [s.score for s in result] == [float(full.total[i]) for i in best]
    pruned = score(reqs, ments, c, top=1)
    assert (pruned.parts["text"] == 0).sum() > (full.parts["text"] == 0).sum()  # work skipped
