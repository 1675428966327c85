"""The words out of a text: folding, stopwords, stems, compounds, typos, synonyms (no database)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from retrieval.analysis import Reading, analyzer_for, fold

GERMAN = analyzer_for("de")


def _known(*words: str) -> frozenset[str]:
    return frozenset(GERMAN.stem(fold(word)) for word in words)


def _vocabulary(*words: str) -> dict[str, str]:
    return {fold(word): GERMAN.stem(fold(word)) for word in words}


def _terms(text: str, *, known=frozenset(), vocabulary=None, synonyms=None) -> list[set[str]]:
    concepts = GERMAN.question(
        text, known=known, vocabulary=vocabulary or {}, synonyms=synonyms or {}
    )
    return [concept.terms for concept in concepts]


def test_umlauts_sharp_s_and_case_fold_to_one_spelling():
    assert fold("GRÜNDERIN") == fold("Gründerin") == fold("gruenderin") == "gruenderin"
    assert fold("Straße") == "strasse"
    assert fold("Café") == "cafe"


def test_inflected_forms_share_a_stem():
    assert GERMAN.stem("gruenderin") == GERMAN.stem("gruender")
    assert GERMAN.stem(fold("Förderungen")) == GERMAN.stem(fold("Förderung"))
    assert GERMAN.stem("maschinen") == GERMAN.stem("maschine")


def test_stopwords_and_question_words_carry_no_meaning():
    assert GERMAN.words("Wie kann ich das machen, wer hilft mir bitte?") == ["hilft"]
    assert _terms("ich und du, aber wie?") == []


def test_gender_endings_after_a_colon_or_star_are_not_words():
    assert GERMAN.words("Gründer:innen und Gründer*innen") == ["gruender", "gruender"]


def test_a_compound_splits_into_the_words_the_index_knows():
    known = _known("Gewerbe", "Anmeldung", "Firmen", "Namen", "Arbeit", "Amt")
    assert GERMAN.parts("gewerbeanmeldung", known) == ["gewerbe", "anmeldung"]
    assert GERMAN.parts("firmennamen", known) == ["firmen", "namen"]
    assert GERMAN.parts("arbeitsamt", known) == ["arbeits", "amt"]
    assert GERMAN.parts("maschine", known) == []  # no known parts: left whole


def test_a_hyphenated_word_gives_its_pieces_and_the_whole():
    assert GERMAN.words("Minijob-Basis") == ["minijob", "basis", "minijobbasis"]


def test_a_question_word_with_a_typo_reads_as_the_known_word():
    vocabulary = _vocabulary("Businessplan", "Gewerbeanmeldung", "Finanzamt")
    known = frozenset(vocabulary.values())
    [terms] = _terms("Bussinesplan", known=known, vocabulary=vocabulary)
    assert GERMAN.stem("businessplan") in terms
    [terms] = _terms("Gewerbeanmeldnug", known=known, vocabulary=vocabulary)
    assert GERMAN.stem("gewerbeanmeldung") in terms


def test_short_words_are_not_corrected_into_others():
    vocabulary = _vocabulary("Bank")
    [terms] = _terms("Bonk", known=frozenset(vocabulary.values()), vocabulary=vocabulary)
    assert terms == {GERMAN.stem("bonk")}


def test_synonyms_add_what_the_guides_call_it():
    synonyms = GERMAN.synonym_readings([("Geld, Kohle", "Finanzierung, Agentur für Arbeit")])
    assert Reading(("finanzier",), 0.8) in synonyms[GERMAN.stem("kohle")]
    [terms] = _terms("Kohle", synonyms=synonyms)
    assert {GERMAN.stem("finanzierung"), "agentur", GERMAN.stem("arbeit")} <= terms


def test_each_word_counts_once_however_often_it_is_written():
    assert len(_terms("Steuer Steuern steuer")) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("℠ ﬁnanzamt Ǆ")  # compatibility letters fold once, to lower case
def test_any_text_gives_concepts_with_whole_readings(text):
    vocabulary = _vocabulary("Gewerbe", "Anmeldung", "Steuer", "Businessplan")
    concepts = GERMAN.question(
        text, known=frozenset(vocabulary.values()), vocabulary=vocabulary, synonyms={}
    )
    assert len({concept.word for concept in concepts}) == len(concepts)
    for concept in concepts:
        assert concept.readings and all(reading.terms for reading in concept.readings)
        assert all(term for reading in concept.readings for term in reading.terms)
    assert fold(fold(text)) == fold(text)
