"""German reasons for a known pair, built from the same parts as the score."""

from matching.engine.candidates import candidates
from matching.engine.phrases import Reason, join_words
from matching.engine.reasons import KeyTerms, reasons
from matching.engine.score import score
from matching.engine.suggest import suggest
from matching.tests.factories import BERLIN, COTTBUS, POTSDAM, mentors, requests


def test_reasons_for_a_known_in_person_pair():
    reqs = requests(
        [
            {
                "topics": {1, 2},
                "languages": ("de", "en"),
                "place": BERLIN,
                "text": "Businessplan und Finanzierung für meine Bäckerei",
            }
        ]
    )
    ments = mentors(
        [
            {
                "topics": {1, 2, 4},
                "languages": ("en", "de", "pl"),
                "place": POTSDAM,
                "capacity": 2,
                "load": 1,
                "text": "Finanzierung, Businessplan, Fördermittel",
            }
        ]
    )
    c = candidates(reqs, ments)
    s = score(reqs, ments, c)
    assert [str(r) for r in reasons(reqs, ments, c, s, 0, terms=KeyTerms(reqs, ments))] == [
        "deckt 2 von 2 Themen ab",
        "27 km entfernt, bietet Treffen vor Ort",
        "spricht Deutsch und Englisch",
        "2 von 3 Plätzen frei",
        "gemeinsame Begriffe: businessplan, finanzierung",
    ]


def test_reasons_for_a_remote_pair():
    reqs = requests([{"topics": {3}, "languages": ("uk",), "in_person": False}])
    ments = mentors(
        [
            {
                "topics": {3},
                "languages": ("uk", "ru"),
                "place": COTTBUS,
                "remote": True,
                "capacity": 1,
            }
        ]
    )
    c = candidates(reqs, ments)
    s = score(reqs, ments, c)
    assert [str(r) for r in reasons(reqs, ments, c, s, 0)] == [
        "deckt 1 von 1 Thema ab",
        "per Video oder Telefon",
        "spricht Ukrainisch",
        "1 von 1 Platz frei",
    ]


def test_join_words():
    assert join_words(["Deutsch"]) == "Deutsch"
    assert join_words(["Deutsch", "Polnisch", "Englisch"]) == "Deutsch, Polnisch und Englisch"


def test_a_reason_survives_storage_as_plain_data():
    reason = Reason("places", {"free": 1, "total": 1})
    assert Reason.from_dict(reason.as_dict()) == reason
    assert str(Reason.from_dict({"code": "places", "free": 1, "total": 1})) == "1 von 1 Platz frei"


def test_a_reason_is_worded_by_the_translator_it_is_given():
    english = {
        "spricht {names}": "speaks {names}",
        "{items} und {last}": "{items} and {last}",
        "Deutsch": "German",
        "Polnisch": "Polish",
    }

    class English:
        def gettext(self, message):
            return english[message]

        def ngettext(self, singular, plural, number):
            return english[singular if number == 1 else plural]

    assert Reason("languages", {"codes": ["de", "pl"]}).text(t=English()) == (
        "speaks German and Polish"
    )


def test_suggest_returns_top_k_best_first_with_reasons():
    reqs = requests([{"id": 7, "topics": {0, 1}}, {"id": 8, "topics": {9}}])
    ments = mentors([{"id": i, "topics": {0} if i % 2 else {0, 1}} for i in range(1, 8)])
    result = suggest(reqs, ments, k=3)
    assert len(result[0]) == 3 and result[1] == []
    scores = [s.score for s in result[0]]
    assert scores == sorted(scores, reverse=True)
    assert all(s.mentor_id % 2 == 0 for s in result[0])  # full topic coverage wins
    assert str(result[0][0].reasons[0]) == "deckt 2 von 2 Themen ab"


def test_suggest_never_offers_a_declined_mentor_again():
    reqs = requests([{"id": 7}])
    ments = mentors([{"id": 1}, {"id": 2}])
    assert [s.mentor_id for s in suggest(reqs, ments, excluded=[(7, 1)])[0]] == [2]
