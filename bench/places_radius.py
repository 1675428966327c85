"""Benchmark: "who is within r km" over the whole gazetteer, BallTree index vs. brute force.

Run: .venv/bin/python bench/places_radius.py [--queries 2000] [--radius 30]
Prints build time, per-query time of both methods, the speed-up ratio (same run, same data),
and checks that both find exactly the same places. Not a test: figures go into issue notes.
"""

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vocabulary.gazetteer import gazetteer_rows
from vocabulary.geo import PlaceIndex, great_circle_km


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--radius", type=float, default=30.0)
    args = parser.parse_args()

    rows = gazetteer_rows()
    latitudes = np.array([row.latitude for row in rows])
    longitudes = np.array([row.longitude for row in rows])
    ids = list(range(len(rows)))

    tracemalloc.start()
    started = time.perf_counter()
    index = PlaceIndex.from_coordinates(ids=ids, latitudes=latitudes, longitudes=longitudes)
    build_s = time.perf_counter() - started
    _, index_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    rng = np.random.default_rng(2026)
    origins = rng.choice(len(rows), size=args.queries)

    started = time.perf_counter()
    tree_hits = [
        index.within(latitude=latitudes[i], longitude=longitudes[i], radius_km=args.radius)
        for i in origins
    ]
    tree_s = time.perf_counter() - started

    started = time.perf_counter()
    brute_hits = []
    for i in origins:
        km = great_circle_km(lat1=latitudes[i], lon1=longitudes[i], lat2=latitudes, lon2=longitudes)
        inside = np.flatnonzero(km <= args.radius)
        brute_hits.append(sorted(inside[np.argsort(km[inside])].tolist()))
    brute_s = time.perf_counter() - started

    same = all(sorted(i for i, _ in t) == b for t, b in zip(tree_hits, brute_hits, strict=True))
    mean_hits = sum(map(len, tree_hits)) / len(tree_hits)
    print(f"places: {len(rows)}, queries: {args.queries}, radius: {args.radius} km")
    print(f"index build: {build_s * 1000:.1f} ms, peak memory {index_peak / 1e6:.1f} MB")
    print(f"BallTree:    {tree_s / args.queries * 1e6:8.1f} µs/query")
    print(f"brute force: {brute_s / args.queries * 1e6:8.1f} µs/query (baseline)")
    print(f"ratio: BallTree is {brute_s / tree_s:.1f}x the baseline's speed")
    print(f"mean places found: {mean_hits:.1f}; identical results: {same}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
