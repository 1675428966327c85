"""Benchmark: do founders' questions find the guide that answers them? SQLite and PostgreSQL.

Run: .venv/bin/python bench/guides_relevance.py [--postgres postgres://postgres@127.0.0.1:5432]
Builds two fresh databases with the demo guides (a temporary SQLite file and the PostgreSQL
database landvorteil_relevance, dropped and created anew), then, in each, asks the 70 fixed
questions of bench/guides_questions.py:

- the site's retrieval (guides.selectors.guides_suggestion, as the request form asks it), and
- Wagtail's own database search on the same guides, as the form asked before
  (GuidePage.objects.live().search(question, operator="or")), measured in the same run;

prints hit@1 and hit@3 of both per database side by side, the questions that missed, and the
suggestion endpoint's latency through Django (test client, whole middleware) while a founder
types: each question sent word by word as the form sends it after a 400 ms pause (its last 12
words). The first request of a process is "cold" (the index lexicon not yet loaded); the rest
are warm (lexicon and stems in memory; no page or fragment cache is involved in the endpoint).
With --without-keywords the editors' keywords of the demo guides are blanked first, to show what
stems, compounds, typos and synonyms achieve on their own. Not a test: figures go into the note.
Targets: hit@3 ≥ 95 %, hit@1 ≥ 80 % on both
databases, better than Wagtail's search; p95 ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DATABASE = "landvorteil_relevance"
TARGET_HIT1, TARGET_HIT3, TARGET_P95_MS = 0.80, 0.95, 30.0


def _hits(found: list[str], wanted: tuple[str, ...], k: int) -> bool:
    return any(slug in wanted for slug in found[:k])


def measure() -> dict:
    """Runs inside a process whose DATABASE_URL holds a migrated, seeded database."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT), str(ROOT / "bench")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse
    from guides_questions import QUESTIONS

    from guides.models import GuidePage
    from guides.selectors import guides_suggestion

    setup_test_environment()
    if os.environ.get("BENCH_WITHOUT_KEYWORDS"):
        for guide in GuidePage.objects.live().specific():
            guide.search_keywords = ""
            guide.save()  # both indexes follow the save: ours and Wagtail's
    client = Client()
    url = reverse("founders:guide_suggestions")
    timings = []
    for index, (question, _) in enumerate(QUESTIONS):
        words = question.split()
        for end in range(1, len(words) + 1):
            started = time.perf_counter()
            response = client.get(url, {"q": " ".join(words[:end][-12:]), "themen": ""})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        if index == 0:
            cold_ms = timings[0]
    warm = sorted(timings[1:])

    rows = []
    for question, wanted in QUESTIONS:
        ours = [g.slug for g in guides_suggestion(topic_slugs=[], words=question, limit=3).guides]
        theirs = [g.slug for g in GuidePage.objects.live().search(question, operator="or")[:3]]
        rows.append({"question": question, "wanted": wanted, "ours": ours, "wagtail": theirs})
    return {
        "vendor": django.db.connection.vendor,
        "guides": GuidePage.objects.live().count(),
        "rows": rows,
        "cold_ms": cold_ms,
        "requests": len(timings),
        "p50_ms": statistics.median(warm),
        "p95_ms": warm[int(0.95 * (len(warm) - 1))],
        "max_ms": warm[-1],
    }


def _prepare(database_url: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    }
    manage = [str(PYTHON), str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
    seed = "from demo.pages import demo_pages_seed; demo_pages_seed()"
    subprocess.run(
        [*manage, "shell", "-c", seed], env=env, check=True, cwd=ROOT, capture_output=True
    )
    out = subprocess.run(
        [str(PYTHON), __file__, "--measure"],
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _postgres_fresh(server: str) -> str:
    for statement in (f"DROP DATABASE IF EXISTS {DATABASE}", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", f"{server}/postgres", "-qc", statement], check=True)
    return f"{server}/{DATABASE}"


def _rates(result: dict, key: str) -> tuple[float, float]:
    rows = result["rows"]
    hit1 = sum(_hits(row[key], tuple(row["wanted"]), 1) for row in rows) / len(rows)
    hit3 = sum(_hits(row[key], tuple(row["wanted"]), 3) for row in rows) / len(rows)
    return hit1, hit3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument(
        "--without-keywords",
        action="store_true",
        help="blank the demo guides' search keywords first (what the engine does on its own)",
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.without_keywords:
        os.environ["BENCH_WITHOUT_KEYWORDS"] = "1"
    if args.measure:
        print(json.dumps(measure()))
        return

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["SQLite"] = _prepare(f"sqlite:///{folder}/relevance.sqlite3")
    results["PostgreSQL"] = _prepare(_postgres_fresh(args.postgres))

    first = next(iter(results.values()))
    print(f"questions: {len(first['rows'])}, demo guides: {first['guides']}")
    print(f"{'':28}" + "".join(f"{name:>22}" for name in results))
    verdicts = []
    for label, key in (("retrieval", "ours"), ("Wagtail database search", "wagtail")):
        for k, index in (("hit@1", 0), ("hit@3", 1)):
            cells = [_rates(result, key)[index] for result in results.values()]
            print(f"{label + ' ' + k:28}" + "".join(f"{cell:>22.1%}" for cell in cells))
    for name, result in results.items():
        ours, theirs = _rates(result, "ours"), _rates(result, "wagtail")
        verdicts.append((f"{name} hit@1 ≥ {TARGET_HIT1:.0%}", ours[0] >= TARGET_HIT1))
        verdicts.append((f"{name} hit@3 ≥ {TARGET_HIT3:.0%}", ours[1] >= TARGET_HIT3))
        verdicts.append(
            (f"{name} better than Wagtail", ours[0] > theirs[0] and ours[1] > theirs[1])
        )
        verdicts.append((f"{name} p95 ≤ {TARGET_P95_MS:.0f} ms", result["p95_ms"] <= TARGET_P95_MS))
    print()
    print("suggestion endpoint while typing (Django test client, whole middleware):")
    for name, result in results.items():
        print(
            f"  {name:11} {result['requests']} requests: cold {result['cold_ms']:.1f} ms, "
            f"warm p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms, "
            f"max {result['max_ms']:.1f} ms"
        )
    same = [
        a["ours"] == b["ours"] for a, b in zip(*(r["rows"] for r in results.values()), strict=True)
    ]
    print(f"  same top 3 on both databases: {sum(same)} of {len(same)} questions")
    print()
    for name, result in results.items():
        missed = [row for row in result["rows"] if not _hits(row["ours"], tuple(row["wanted"]), 1)]
        for row in missed:
            print(
                f"  {name} miss@1: {row['question']!r} → {row['ours']} (wanted {row['wanted'][0]})"
            )
    print()
    for label, met in verdicts:
        print(f"{'MET   ' if met else 'MISSED'} {label}")


if __name__ == "__main__":
    main()
