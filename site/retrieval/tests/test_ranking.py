"""BM25F ranking: fields weigh differently, a concept scores by its best reading, ties by id."""

from retrieval.analysis import Concept, Reading
from retrieval.ranking import Posting, rank, term_scores

AVERAGES = {"title": 4, "body": 100}


def _concept(*readings: Reading) -> Concept:
    return Concept(word="x", readings=readings)


def test_a_word_in_the_title_counts_more_than_in_the_body():
    scores = term_scores(
        [Posting(1, "steu", "title", 1, 4), Posting(2, "steu", "body", 1, 100)],
        pages=10,
        average_lengths=AVERAGES,
    )
    ranked = rank([_concept(Reading(("steu",)))], scores)
    assert [r.page for r in ranked] == [1, 2]


def test_a_rare_word_outweighs_a_common_one():
    postings = [Posting(1, "gmbh", "body", 1, 100)]
    postings += [Posting(page, "grund", "body", 1, 100) for page in range(2, 12)]
    scores = term_scores(postings, pages=11, average_lengths=AVERAGES)
    assert scores["gmbh"][1] > scores["grund"][2]


def test_a_concept_with_many_synonyms_counts_once():
    scores = {"geld": {1: 1.0}, "kredit": {1: 1.0}, "forder": {1: 1.0}, "hund": {2: 1.0}}
    money = _concept(Reading(("geld",)), Reading(("kredit",), 0.8), Reading(("forder",), 0.8))
    dog = _concept(Reading(("hund",)))
    ranked = rank([money, dog], scores)
    assert {r.page: r.score for r in ranked} == {1: 1.0, 2: 1.0}
    assert all(r.coverage == 0.5 for r in ranked)


def test_a_compound_reading_wants_all_its_parts():
    scores = {"gewerb": {1: 1.0, 2: 1.0}, "anmeld": {1: 1.0}}
    ranked = rank(
        [_concept(Reading(("gewerbeanmeld",)), Reading(("gewerb", "anmeld"), 0.8))], scores
    )
    assert [r.page for r in ranked] == [1, 2]
    assert ranked[1].score == 0.4


def test_lifted_pages_rise_and_ties_keep_the_page_order():
    scores = {"steu": {5: 1.0, 3: 1.0, 4: 1.0}}
    concept = _concept(Reading(("steu",)))
    assert [r.page for r in rank([concept], scores)] == [3, 4, 5]
    assert [r.page for r in rank([concept], scores, lifted=frozenset({5}))] == [5, 3, 4]
