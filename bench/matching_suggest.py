"""Benchmark: top-5 suggestions with reasons for one request, on the region instance the engine's
full run is timed on (bench/matching_data.py), judged against that full run (issue 17).

Run: .venv/bin/python bench/matching_suggest.py [--requests 10000] [--mentors 3000]
     [--samples 1000] [--seed 2026] [--no-global]
Prints the instance (mentor count, feasible mentors per request: computed, not labels), p50/p95/p99
of suggest() for random requests of the instance with a prepared MentorIndex and the text cache,
as the site keeps both (matching.engine_cache), each request's own text new to the cache; then a
few without an index; then the engine's full run (bench/matching_cold.engine_run) in the same
process, warm, and the ratio p95 / full run against the target ≤ 1/500. Unless --no-global: the
time to score all feasible pairs with no, a cold and a warm TextVectorCache. `measure()` returns
the numbers so bench/matching.py can report them too. Not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import matching_data as data
from machine import Machine, load_average
from matching_cold import TEXT_CACHE_SIZE, engine_run

from matching.engine.candidates import candidates
from matching.engine.index import MentorIndex
from matching.engine.score import score
from matching.engine.suggest import suggest
from matching.engine.text import TextVectorCache

TARGET_FRACTION = 1 / 500  # p95 of one request's top-5 ≤ this share of the engine's full run


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
    engine_repeat: int = 3,
    global_scoring: bool = True,
) -> dict:
    """Timings in ms (per single-request suggest) and s (full run, global scoring)."""
    requests, mentors = data.instance(seed, requests_n, mentors_n)
    rng = np.random.default_rng(seed + 1)
    picks = rng.integers(0, requests_n, samples)
    singles = [data.subset(requests, [int(row)]) for row in picks]

    cache = TextVectorCache(maxsize=TEXT_CACHE_SIZE)
    t0 = time.perf_counter()
    index = MentorIndex(mentors, cache=cache).warm()
    build_s = time.perf_counter() - t0
    # Warm-up: imports, first-call allocations. The 1,000 picks are drawn from 10,000 requests,
    # so nearly every one brings a text the cache has not seen, as a new request does.
    suggest(data.subset(requests, [0]), mentors, k=k, index=index, cache=cache)
    with_index, cpu, found = [], [], 0
    for single in singles:
        t0, c0 = time.perf_counter(), time.thread_time()
        result = suggest(single, mentors, k=k, index=index, cache=cache)
        with_index.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        found += len(result[0])
    load_after_singles = load_average()
    without_index = []
    for single in singles[:plain_samples]:
        t0 = time.perf_counter()
        plain = suggest(single, mentors, k=k)
        without_index.append(time.perf_counter() - t0)
        assert plain == suggest(single, mentors, k=k, index=index)

    # The engine's full run in this process, as bench/matching.py's warm run: after one run.
    runs = []
    for _ in range(engine_repeat + 1):
        t0 = time.perf_counter()
        stages, result, _grid, _arcs = engine_run(requests, mentors, cache=cache)
        runs.append(time.perf_counter() - t0 - stages["reasons"])
    full_run_s = statistics.median(runs[1:])

    t0 = time.perf_counter()
    cands = candidates(requests, mentors, index=index)
    cand_s = time.perf_counter() - t0
    info = data.describe(requests_n, mentors, cands, seed=seed, shape="region")
    feasible = np.bincount(cands.req, minlength=requests_n)[picks]
    out = {
        "instance": info,
        "k": k,
        "samples": samples,
        "sampled_median_feasible": float(np.median(feasible)),
        "suggestions_per_request": found / samples,
        "index_build_s": build_s,
        "with_index": _percentiles(with_index),
        "with_index_cpu": _percentiles(cpu),
        "load_average": load_after_singles,
        "without_index": _percentiles(without_index) | {"samples": len(without_index)},
        "full_run_s": full_run_s,
        "full_runs_s": runs,
        "served": result.served,
        "global_pairs": len(cands),
        "global_candidates_s": cand_s,
    }
    if global_scoring:
        fresh = TextVectorCache(maxsize=TEXT_CACHE_SIZE)
        for label in ("uncached", "cold", "warm"):
            t0 = time.perf_counter()
            scores = score(requests, mentors, cands, cache=None if label == "uncached" else fresh)
            out[f"global_score_{label}_s"] = time.perf_counter() - t0
            if label == "uncached":
                reference = scores.total
            assert np.array_equal(scores.total, reference)
    return out


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(r: dict, *, cold_s: float | None = None) -> None:
    """The suggestions table (also printed by bench/matching.py, with the engine's cold run)."""
    info, p = r["instance"], r["with_index"]
    print(
        f"top-{r['k']} suggestions with reasons for one request, on the region instance: "
        f"{info['mentors']:,} mentors ({info['mentors_free']:,} with free places), median "
        f"{info['median_feasible']:.0f} feasible mentors per request (the {r['samples']:,} "
        f"sampled requests: median {r['sampled_median_feasible']:.0f}), "
        f"{r['suggestions_per_request']:.1f} suggestions per request on average"
    )
    print(
        f"  index and text cache warm (as the site keeps them; index build "
        f"{r['index_build_s'] * 1000:.0f} ms, once per mentors' version and day); each request's "
        "own text new to the cache"
    )
    rows = (
        ("with index", "with_index", r["samples"]),
        ("  CPU time", "with_index_cpu", r["samples"]),
        ("without index", "without_index", r["without_index"]["samples"]),
    )
    for label, key, n in rows:
        q = r[key]
        print(
            f"  {label:14} n={n:<5} p50 {q['p50_ms']:7.2f} ms  p95 {q['p95_ms']:7.2f} ms  "
            f"p99 {q['p99_ms']:7.2f} ms"
        )
    load = r["load_average"]
    print(f"  (load average {load[0]:.2f} right after the timed suggestions)")
    full = r["full_run_s"]
    fraction = p["p95_ms"] / 1000 / full
    runs = ", ".join(f"{t:.2f}" for t in r["full_runs_s"])
    print(
        f"  engine full run, same process and instance (index, candidates, scores, assignment; "
        f"median of the runs after the first: {runs} s): {full:.2f} s"
    )
    print(
        f"  {'p95 / engine full run (warm) <= 1/500':<40} 1/{1 / fraction:<8.0f}"
        f"{verdict(fraction <= TARGET_FRACTION)}"
    )
    if cold_s is not None:
        share = cold_s / (p["p95_ms"] / 1000)
        label = "p95 / engine full run (cold process)"
        print(f"  {label:<40} 1/{share:<8.0f}(shown, not a target)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=3000)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-global", action="store_true", help="skip the global scoring part")
    args = parser.parse_args()
    started = Machine.now()
    r = measure(
        args.mentors,
        args.seed,
        samples=args.samples,
        requests_n=args.requests,
        global_scoring=not args.no_global,
    )
    print(started.line())
    print(data.instance_line(r["instance"]))
    report(r)
    if not args.no_global:
        print(
            f"global: all {r['global_pairs']:,} feasible pairs; candidates "
            f"{r['global_candidates_s']:.2f} s; score: no cache {r['global_score_uncached_s']:.2f}"
            f" s, cold cache {r['global_score_cold_s']:.2f} s, warm cache "
            f"{r['global_score_warm_s']:.2f} s (same totals)"
        )


if __name__ == "__main__":
    main()
