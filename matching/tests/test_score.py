"""Score parts: each in [0, 1], each moving the way it should, and the total their weighted sum."""

import numpy as np
import pytest

from matching.engine.candidates import candidates
from matching.engine.score import PARTS, Weights, score
from matching.tests.factories import BERLIN, POTSDAM, mentors, requests


def scored(reqs, ments):
    c = candidates(reqs, ments)
    return c, score(reqs, ments, c)


def test_default_weights_sum_to_one():
    w = Weights()
    assert sum(getattr(w, name) for name in PARTS) == pytest.approx(1.0)


def test_negative_weight_is_rejected():
    with pytest.raises(ValueError):
        Weights(topic=-0.1)


def test_total_is_weighted_sum_of_parts_and_within_unit_interval():
    rng = np.random.default_rng(3)
    reqs = requests(
        [
            {
                "topics": set(rng.choice(12, 2, replace=False).tolist()),
                "waiting_days": float(rng.integers(0, 90)),
                "text": "Steuerberatung für Gründung im Handwerk",
            }
            for _ in range(15)
        ]
    )
    ments = mentors(
        [
            {
                "topics": set(rng.choice(12, 4, replace=False).tolist()),
                "place": POTSDAM if i % 2 else BERLIN,
                "remote": i % 3 == 0,
                "load": int(rng.integers(0, 3)),
                "text": "Steuerberaterin, Gründungsberatung Handwerk",
            }
            for i in range(8)
        ]
    )
    c, s = scored(reqs, ments)
    assert len(c) > 0
    w = Weights().as_array()
    expected = sum(w[i] * s.parts[name] for i, name in enumerate(PARTS))
    np.testing.assert_allclose(s.total, expected)
    assert ((s.total >= 0) & (s.total <= 1)).all()
    for name in PARTS:
        assert ((s.parts[name] >= 0) & (s.parts[name] <= 1 + 1e-12)).all(), name


def test_topic_coverage_weighs_rare_topics_more():
    reqs = requests([{"topics": {0, 5}}])
    # Topic 0 everyone covers; topic 5 only mentor 3 covers, so covering it counts for more.
    ments = mentors([{"topics": {0}}, {"topics": {0}}, {"topics": {5}}])
    _, s = scored(reqs, ments)
    assert s.parts["topic"][2] > 0.5 > s.parts["topic"][0]
    assert s.parts["topic"][0] == pytest.approx(s.parts["topic"][1])


def test_full_topic_coverage_scores_one():
    _, s = scored(requests([{"topics": {1, 2}}]), mentors([{"topics": {1, 2, 3}}]))
    assert s.parts["topic"][0] == pytest.approx(1.0)
    assert s.shared_topics[0] == 2 and s.request_topics[0] == 2


def test_nearer_mentor_has_higher_distance_part_and_remote_only_has_none():
    reqs = requests([{}])
    ments = mentors(
        [{"place": BERLIN}, {"place": POTSDAM}, {"place": (48.1, 11.6), "remote": True}]
    )
    c, s = scored(reqs, ments)
    d = s.parts["distance"]
    assert d[0] == pytest.approx(1.0) and d[0] > d[1] > 0
    assert d[2] == 0 and np.isnan(c.distance_km[2])


def test_similar_texts_score_higher_than_unrelated_ones():
    reqs = requests([{"text": "Ich brauche Hilfe bei der Steuererklärung meiner GmbH"}])
    ments = mentors(
        [
            {"text": "Steuerberaterin, Steuererklärung für GmbH und UG"},
            {"text": "Fotografie und Webdesign"},
        ]
    )
    _, s = scored(reqs, ments)
    assert s.parts["text"][0] > s.parts["text"][1]


def test_older_request_and_less_loaded_mentor_score_higher():
    reqs = requests([{"waiting_days": 60}, {"waiting_days": 1}])
    ments = mentors([{"capacity": 3, "load": 0}, {"capacity": 1, "load": 2}])
    c, s = scored(reqs, ments)
    by = {(int(r), int(m)): i for i, (r, m) in enumerate(zip(c.req, c.mentor, strict=True))}
    assert s.parts["waiting"][by[0, 0]] > s.parts["waiting"][by[1, 0]]
    assert s.parts["load"][by[0, 0]] == 1.0
    assert s.parts["load"][by[0, 1]] == pytest.approx(1 / 3)


def test_language_and_format_fit():
    reqs = requests([{"languages": ("de", "en"), "remote": True}])
    ments = mentors([{"languages": ("de",), "remote": True}, {"languages": ("de", "en")}])
    _, s = scored(reqs, ments)
    # Mentor 1 meets every format and half the languages; mentor 2 all languages, one format.
    assert s.parts["fit"][0] == pytest.approx((1 + 0.5) / 2)
    assert s.parts["fit"][1] == pytest.approx((0.5 + 1) / 2)
