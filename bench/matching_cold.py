"""The engine's full run as the nightly worker meets it, in a fresh process (issue 17).

Run by bench/matching.py (or alone):
    .venv/bin/python bench/matching_cold.py --seed 2026 --requests 10000 --mentors 3000
It imports the engine (numpy, scipy, scikit-learn, OR-Tools: matching.computing defers these
imports, so a worker's first run pays them), builds the seeded instance (standing in for the
database read, which bench/matching_db.py times), then runs what matching.computing.proposals_assign
runs: a fresh index over the mentors with the process's text cache, the candidates (40 per
request), the scores, the exact assignment, and the reasons of every assigned pair. It prints one
JSON line: time.monotonic() at its first line and after each step. CLOCK_MONOTONIC is the same
clock in every process, so the caller measures from just before it started the process.

`engine_run` is the same path for the in-process warm runs in bench/matching.py.
"""

# ruff: noqa: E402 (the clock is read before the imports it times)
from __future__ import annotations

import time

STARTED = time.monotonic()  # before any import but the interpreter's own

import argparse
import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from matching.engine.assign import SCALE, assign
from matching.engine.candidates import candidates
from matching.engine.index import MentorIndex
from matching.engine.reasons import KeyTerms, reasons
from matching.engine.score import score
from matching.engine.text import TextVectorCache

IMPORTED = time.monotonic()

# settings.MATCHING_CANDIDATES_PER_REQUEST, as the site runs it.
PER_REQUEST = 40
# The size of matching.engine_cache.TEXT_CACHE, the worker's text cache.
TEXT_CACHE_SIZE = 100_000


def engine_run(requests, mentors, *, cache: TextVectorCache, per_request: int = PER_REQUEST):
    """proposals_assign's engine steps; returns (stage seconds, assignment, grid score)."""
    marks = [time.monotonic()]
    # The worker's index is kept per mentors' version, which includes the day: a nightly run
    # builds it afresh (the text cache keeps the texts' vectors, so a later night is faster).
    index = MentorIndex(mentors, cache=cache).warm()
    marks.append(time.monotonic())
    cands = candidates(requests, mentors, index=index, max_per_request=per_request)
    marks.append(time.monotonic())
    scores = score(requests, mentors, cands, index=index, cache=cache)
    marks.append(time.monotonic())
    result = assign(cands, scores.total, mentors.capacity, len(requests))
    marks.append(time.monotonic())
    terms = KeyTerms(requests, mentors, index=index)
    for pair in result.pairs.tolist():
        reasons(requests, mentors, cands, scores, pair, terms=terms)
    marks.append(time.monotonic())
    stages = dict(
        zip(
            ("index", "candidates", "score", "assign", "reasons"),
            np.diff(marks).tolist(),
            strict=True,
        )
    )
    # The exact references solve on the 1e-4 grid the engine's min-cost flow uses too.
    grid = float((np.rint(scores.total[result.pairs] * SCALE) / SCALE).sum())
    return stages, result, grid, len(cands)


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM); ru_maxrss where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=3_000)
    args = parser.parse_args()
    import matching_data as data  # numpy and the engine's data module only: already imported

    requests, mentors = data.instance(args.seed, args.requests, args.mentors)
    built = time.monotonic()
    stages, result, grid, arcs = engine_run(
        requests, mentors, cache=TextVectorCache(maxsize=TEXT_CACHE_SIZE)
    )
    done = time.monotonic()
    print(
        json.dumps(
            {
                "started": STARTED,
                "imported": IMPORTED,
                "built": built,
                # The assignment is the result the references produce; reasons come on top.
                "assigned": built + sum(v for k, v in stages.items() if k != "reasons"),
                "done": done,
                "stages": stages,
                "served": result.served,
                "score": result.total_score,
                "grid_score": grid,
                "arcs": arcs,
                "peak_mb": peak_mb(),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
