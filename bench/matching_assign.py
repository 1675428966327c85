"""Benchmark: matching engine (candidates + scoring + exact assignment) on a seeded instance.

Run: .venv/bin/python bench/matching_assign.py [--requests 10000] [--mentors 3000] [--arcs3m]
Prints time per stage, peak memory (ru_maxrss), founders served and total score for the engine
and, in the same run, a greedy-by-score baseline on the same candidates and the exact dense
slot-expanded scipy linear_sum_assignment at a size where it is feasible. Not a test.
"""

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.engine.assign import SCALE, assign
from matching.engine.candidates import Candidates, candidates
from matching.engine.data import LANGUAGES, Mentors, Requests, topic_matrix
from matching.engine.score import score

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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def places(rng: np.random.Generator, n: int, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pick = centres[rng.integers(0, len(centres), n)]
    return pick[:, 0] + rng.normal(0, 0.12, n), pick[:, 1] + rng.normal(0, 0.18, n)


def languages(rng: np.random.Generator, n: int) -> np.ndarray:
    masks = np.where(rng.random(n) < 0.95, 1, 0).astype(np.uint64)  # Deutsch
    masks |= np.where(rng.random(n) < 0.4, 2, 0).astype(np.uint64)  # Englisch
    other = rng.integers(2, len(LANGUAGES), n).astype(np.uint64)
    masks |= np.where(rng.random(n) < 0.1, np.uint64(1) << other, 0).astype(np.uint64)
    masks[masks == 0] = 1
    return masks


def topic_sets(rng, n: int, low: int, high: int) -> list[list[int]]:
    popularity = 1 / np.arange(1, N_TOPICS + 1)  # a few topics are asked for far more often
    popularity /= popularity.sum()
    return [
        rng.choice(N_TOPICS, rng.integers(low, high + 1), replace=False, p=popularity).tolist()
        for _ in range(n)
    ]


def text(rng, topics: list[int]) -> str:
    words = " ".join(WORDS[t] for t in topics).split()
    return " ".join(rng.choice(words, min(len(words), 6), replace=False))


def instance(seed: int, n_req: int, n_mentors: int) -> tuple[Requests, Mentors]:
    rng = np.random.default_rng(seed)
    centres = np.c_[rng.uniform(51.4, 53.5, 80), rng.uniform(11.3, 14.7, 80)]
    r_topics, m_topics = topic_sets(rng, n_req, 1, 3), topic_sets(rng, n_mentors, 2, 4)
    r_lat, r_lon = places(rng, n_req, centres)
    m_lat, m_lon = places(rng, n_mentors, centres)
    requests = Requests(
        ids=np.arange(n_req),
        topics=topic_matrix(r_topics, n_topics=N_TOPICS),
        languages=languages(rng, n_req),
        in_person=rng.random(n_req) < 0.85,
        remote=rng.random(n_req) < 0.5,
        lat=r_lat,
        lon=r_lon,
        waiting_days=rng.integers(0, 120, n_req),
        texts=[text(rng, t) for t in r_topics],
    )
    capacity = rng.integers(1, 6, n_mentors)
    load = rng.integers(0, capacity)  # everyone keeps at least one free place
    mentors = Mentors(
        ids=np.arange(n_mentors),
        topics=topic_matrix(m_topics, n_topics=N_TOPICS),
        languages=languages(rng, n_mentors),
        lat=m_lat,
        lon=m_lon,
        radius_km=rng.uniform(3, 20, n_mentors),
        remote=rng.random(n_mentors) < 0.01,
        capacity=capacity - load,
        load=load,
        texts=[text(rng, t) for t in m_topics],
    )
    return requests, mentors


def greedy(cands: Candidates, scores: np.ndarray, capacity: np.ndarray) -> tuple[int, float]:
    left, taken, served, total = capacity.copy(), set(), 0, 0.0
    for i in np.argsort(-scores, kind="stable"):
        r, m = int(cands.req[i]), int(cands.mentor[i])
        if r not in taken and left[m] > 0:
            taken.add(r)
            left[m] -= 1
            served, total = served + 1, total + float(scores[i])
    return served, total


def dense_exact(cands, scores, capacity, n_req) -> tuple[int, float]:
    """Slot-expanded dense linear_sum_assignment with the same lexicographic objective."""
    slots = np.repeat(np.arange(len(capacity)), capacity)
    col_of = np.zeros(len(capacity) + 1, dtype=np.int64)
    col_of[1:] = np.cumsum(capacity)
    gain = np.zeros((n_req, len(slots)))
    score_m = np.full((n_req, len(capacity)), np.nan)
    score_m[cands.req, cands.mentor] = scores
    gain_m = np.where(np.isnan(score_m), 0.0, (n_req + 1) + np.nan_to_num(score_m))
    gain[:] = gain_m[:, slots]
    rows, cols = linear_sum_assignment(gain, maximize=True)
    got = gain[rows, cols] > 0
    return int(got.sum()), float(np.nan_to_num(score_m)[rows, slots[cols]][got].sum())


def run_engine(n_req: int, n_mentors: int, seed: int) -> dict:
    requests, mentors = instance(seed, n_req, n_mentors)
    t0 = time.perf_counter()
    cands = candidates(requests, mentors)
    t1 = time.perf_counter()
    scores = score(requests, mentors, cands)
    t2 = time.perf_counter()
    result = assign(cands, scores.total, mentors.capacity, len(requests))
    t3 = time.perf_counter()
    return {
        "requests": requests,
        "mentors": mentors,
        "cands": cands,
        "scores": scores.total,
        "result": result,
        "t_cand": t1 - t0,
        "t_score": t2 - t1,
        "t_assign": t3 - t2,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=3_000)
    parser.add_argument("--exact-requests", type=int, default=2_000)
    parser.add_argument("--exact-mentors", type=int, default=600)
    parser.add_argument("--arcs3m", action="store_true", help="also assign 3,000,000 random arcs")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    e = run_engine(args.requests, args.mentors, args.seed)
    res, cands = e["result"], e["cands"]
    total_t = e["t_cand"] + e["t_score"] + e["t_assign"]
    print(
        f"instance: {args.requests} requests x {args.mentors} mentors, {len(cands):,} arcs, "
        f"{int(e['mentors'].capacity.sum()):,} free places"
    )
    print(
        f"engine: candidates {e['t_cand']:.2f} s, scoring {e['t_score']:.2f} s, "
        f"assign {e['t_assign']:.2f} s, total {total_t:.2f} s; peak RSS {peak_mb():.0f} MB"
    )
    t0 = time.perf_counter()
    g_served, g_total = greedy(cands, e["scores"], e["mentors"].capacity)
    g_t = time.perf_counter() - t0
    print(f"{'':10}{'served':>8}{'total score':>13}{'assign s':>10}")
    print(f"{'engine':10}{res.served:>8}{res.total_score:>13.2f}{e['t_assign']:>10.2f}")
    print(f"{'greedy':10}{g_served:>8}{g_total:>13.2f}{g_t:>10.2f}")
    print(f"served engine / greedy = {res.served / max(g_served, 1):.3f}")

    # Exact dense reference at a feasible size, scores on the solver's grid so totals compare.
    small = run_engine(args.exact_requests, args.exact_mentors, args.seed + 1)
    grid = np.rint(small["scores"] * SCALE) / SCALE
    cap = small["mentors"].capacity
    t0 = time.perf_counter()
    ours = assign(small["cands"], grid, cap, args.exact_requests)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    d_served, d_total = dense_exact(small["cands"], grid, cap, args.exact_requests)
    t_dense = time.perf_counter() - t0
    print(
        f"exact check {args.exact_requests} x {args.exact_mentors} "
        f"({len(small['cands']):,} arcs, {int(cap.sum())} slots): "
        f"engine served {ours.served} score {ours.total_score:.4f} in {t_ours:.3f} s; "
        f"dense LSA served {d_served} score {d_total:.4f} in {t_dense:.2f} s; "
        f"speed-up {t_dense / t_ours:.0f}x; equal: "
        f"{ours.served == d_served and abs(ours.total_score - d_total) < 1e-6}"
    )

    if args.arcs3m:
        rng = np.random.default_rng(args.seed)
        key = np.unique(rng.integers(0, args.requests * args.mentors, 3_200_000))
        key = np.sort(rng.choice(key, 3_000_000, replace=False))
        big = Candidates(
            req=key // args.mentors,
            mentor=key % args.mentors,
            distance_km=np.full(len(key), np.nan),
        )
        caps = rng.integers(1, 6, args.mentors)
        result = assign(big, rng.random(len(key)), caps, args.requests)
        print(
            f"3M arcs: {len(key):,} arcs, served {result.served}, "
            f"assign {result.solve_seconds:.2f} s; peak RSS {peak_mb():.0f} MB"
        )
    print(f"peak RSS (whole run) {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
