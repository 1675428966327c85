"""Benchmark: top-5 suggestions with reasons for one request, and global scoring with a text cache.

Run: .venv/bin/python bench/matching_suggest.py [--mentors 3000] [--samples 1000] [--seed 2026]
Prints p50/p95/p99 of suggest() for one random request against a seeded mentor set, with a
prepared MentorIndex and without one, then the time to score all candidate pairs of 10,000
requests × the mentors with a cold and a warm TextVectorCache. `measure()` returns the numbers
so bench/matching.py can report them too. Not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.engine.candidates import candidates
from matching.engine.data import LANGUAGES, Mentors, Requests, topic_matrix
from matching.engine.index import MentorIndex
from matching.engine.score import score
from matching.engine.suggest import suggest
from matching.engine.text import TextVectorCache

# A seeded instance with places around 80 random centres (sparser than bench/matching_data.py),
# Zipf-like topic popularity, short German texts drawn from each topic's words.
N_TOPICS = 12
WORDS = [
    "Steuer Umsatzsteuer Buchhaltung Steuerberatung",
    "Recht Gesellschaftsvertrag GmbH Haftung",
    "Finanzierung Businessplan Kredit Fördermittel",
    "Marketing Website Werbung Kunden",
    "Vertrieb Angebot Preise Verhandlung",
    "Personal Einstellung Arbeitsvertrag Mitarbeitende",
    "Handwerk Meisterbetrieb Werkstatt Handwerkskammer",
    "Landwirtschaft Hofladen Direktvermarktung",
    "Gastronomie Café Konzession Hygiene",
    "Digitalisierung Software Onlineshop Daten",
    "Nachfolge Übergabe Betriebsübernahme Bewertung",
    "Versicherung Vorsorge Krankenkasse Rente",
]


def _places(rng, n: int, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pick = centres[rng.integers(0, len(centres), n)]
    return pick[:, 0] + rng.normal(0, 0.12, n), pick[:, 1] + rng.normal(0, 0.18, n)


def _languages(rng, n: int) -> np.ndarray:
    masks = np.where(rng.random(n) < 0.95, 1, 0).astype(np.uint64)  # Deutsch
    masks |= np.where(rng.random(n) < 0.4, 2, 0).astype(np.uint64)  # Englisch
    other = rng.integers(2, len(LANGUAGES), n).astype(np.uint64)
    masks |= np.where(rng.random(n) < 0.1, np.uint64(1) << other, 0).astype(np.uint64)
    masks[masks == 0] = 1
    return masks


def _topic_sets(rng, n: int, low: int, high: int) -> list[list[int]]:
    popularity = 1 / np.arange(1, N_TOPICS + 1)
    popularity /= popularity.sum()
    return [
        rng.choice(N_TOPICS, rng.integers(low, high + 1), replace=False, p=popularity).tolist()
        for _ in range(n)
    ]


def _text(rng, topics: list[int], n_words: int) -> str:
    words = " ".join(WORDS[t] for t in topics).split()
    return " ".join(rng.choice(words, min(len(words), n_words), replace=False))


def instance(seed: int, n_req: int, n_mentors: int) -> tuple[Requests, Mentors]:
    rng = np.random.default_rng(seed)
    centres = np.c_[rng.uniform(51.4, 53.5, 80), rng.uniform(11.3, 14.7, 80)]
    r_topics, m_topics = _topic_sets(rng, n_req, 1, 3), _topic_sets(rng, n_mentors, 2, 4)
    r_lat, r_lon = _places(rng, n_req, centres)
    m_lat, m_lon = _places(rng, n_mentors, centres)
    requests = Requests(
        ids=np.arange(n_req),
        topics=topic_matrix(r_topics, n_topics=N_TOPICS),
        languages=_languages(rng, n_req),
        in_person=rng.random(n_req) < 0.85,
        remote=rng.random(n_req) < 0.5,
        lat=r_lat,
        lon=r_lon,
        waiting_days=rng.integers(0, 120, n_req),
        # A request number makes every text distinct, as real descriptions are.
        texts=[f"{_text(rng, t, 6)} Anfrage {i}" for i, t in enumerate(r_topics)],
    )
    capacity = rng.integers(1, 6, n_mentors)
    load = rng.integers(0, capacity)
    mentors = Mentors(
        ids=np.arange(n_mentors),
        topics=topic_matrix(m_topics, n_topics=N_TOPICS),
        languages=_languages(rng, n_mentors),
        lat=m_lat,
        lon=m_lon,
        radius_km=rng.uniform(3, 20, n_mentors),
        remote=rng.random(n_mentors) < 0.05,
        capacity=capacity - load,
        load=load,
        texts=[f"{_text(rng, t, 10)} Profil {i}" for i, t in enumerate(m_topics)],
    )
    return requests, mentors


def one(requests: Requests, row: int) -> Requests:
    rows = np.array([row])
    return replace(
        requests,
        ids=requests.ids[rows],
        topics=requests.topics[rows],
        languages=requests.languages[rows],
        in_person=requests.in_person[rows],
        remote=requests.remote[rows],
        lat=requests.lat[rows],
        lon=requests.lon[rows],
        waiting_days=requests.waiting_days[rows],
        texts=[requests.texts[row]],
    )


def _percentiles(seconds: list[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000
    return {f"p{q}_ms": float(np.percentile(ms, q)) for q in (50, 95, 99)}


def measure(
    mentors_n: int = 3000,
    seed: int = 2026,
    *,
    samples: int = 1000,
    plain_samples: int = 30,
    requests_n: int = 10_000,
    k: int = 5,
) -> dict:
    """Timings in ms (per single-request suggest) and s (global scoring); see module doc."""
    requests, mentors = instance(seed, requests_n, mentors_n)
    rng = np.random.default_rng(seed + 1)
    picks = rng.integers(0, requests_n, samples)
    singles = [one(requests, int(row)) for row in picks]

    t0 = time.perf_counter()
    index = MentorIndex(mentors).warm()
    build_s = time.perf_counter() - t0
    suggest(singles[0], mentors, k=k, index=index)  # warm-up: imports, first-call allocations
    with_index, cpu, found = [], [], 0
    for single in singles:
        t0, c0 = time.perf_counter(), time.thread_time()
        result = suggest(single, mentors, k=k, index=index)
        with_index.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        found += len(result[0])
    load = os.getloadavg()
    without_index = []
    for single in singles[:plain_samples]:
        t0 = time.perf_counter()
        plain = suggest(single, mentors, k=k)
        without_index.append(time.perf_counter() - t0)
        assert plain == suggest(single, mentors, k=k, index=index)

    cache = TextVectorCache(maxsize=requests_n + mentors_n)
    t0 = time.perf_counter()
    cands = candidates(requests, mentors)
    cand_s = time.perf_counter() - t0
    timings = {}
    for label in ("uncached", "cold", "warm"):
        t0 = time.perf_counter()
        scores = score(requests, mentors, cands, cache=None if label == "uncached" else cache)
        timings[label] = time.perf_counter() - t0
        if label == "uncached":
            reference = scores.total
        assert np.array_equal(scores.total, reference)
    return {
        "mentors": mentors_n,
        "samples": samples,
        "suggestions_per_request": found / samples,
        "index_build_s": build_s,
        "with_index": _percentiles(with_index),
        "with_index_cpu": _percentiles(cpu),
        "load_average": load,
        "cpus": os.cpu_count(),
        "without_index": _percentiles(without_index) | {"samples": len(without_index)},
        "global_requests": requests_n,
        "global_pairs": len(cands),
        "global_candidates_s": cand_s,
        "global_score_uncached_s": timings["uncached"],
        "global_score_cold_cache_s": timings["cold"],
        "global_score_warm_cache_s": timings["warm"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentors", type=int, default=3000)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    r = measure(args.mentors, args.seed, samples=args.samples)
    print(
        f"top-5 with reasons for one request, {r['mentors']} mentors, "
        f"{r['suggestions_per_request']:.1f} suggestions per request on average"
    )
    print(
        f"machine: {r['cpus']} CPUs, load average {r['load_average'][0]:.1f} at the end of the "
        "single-request part (other work on the machine inflates wall-clock times)"
    )
    print(f"index build (warm, all parts): {r['index_build_s'] * 1000:.0f} ms")
    rows = (
        ("with index", "with_index", r["samples"]),
        ("  CPU time", "with_index_cpu", r["samples"]),
        ("without index", "without_index", r["without_index"]["samples"]),
    )
    for label, key, n in rows:
        p = r[key]
        print(
            f"  {label:14} n={n:<5} p50 {p['p50_ms']:7.2f} ms  p95 {p['p95_ms']:7.2f} ms  "
            f"p99 {p['p99_ms']:7.2f} ms"
        )
    print(
        f"global: {r['global_requests']:,} requests x {r['mentors']:,} mentors, "
        f"{r['global_pairs']:,} pairs; candidates {r['global_candidates_s']:.2f} s"
    )
    print(
        f"  score: no cache {r['global_score_uncached_s']:.2f} s, "
        f"cold cache {r['global_score_cold_cache_s']:.2f} s, "
        f"warm cache {r['global_score_warm_cache_s']:.2f} s (same totals)"
    )


if __name__ == "__main__":
    main()
