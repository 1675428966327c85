"""HTTP load benchmark (issues 7 and 17): gunicorn with the production settings on PostgreSQL and
Redis, wrk against a minimal Django view (the reference: same middleware, no work) and the pages
users meet, each in the cache state it is labelled with, all in one run; every target is a ratio
to the minimal view measured in the same run.

Run: .venv/bin/python bench/http/run.py [--duration 60] [--connections 64] [--p99-connections 16]
     [--p99-duration 20] [--workers 4] [--warm-up 3]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and Redis at
127.0.0.1:6379. Builds the database landvorteil_http (demo region) on first use. Not a test.

gunicorn reads site/config/gunicorn.py (as in production). Rows and their caches (page cache:
pages/cache.py; fragment cache: pages/fragments.py; route cache: pages/routing.py):
  warm rows   the page cache answers (home, guide), or it is off (PAGE_CACHE_SECONDS=0, a second
              server) and the fragment and route caches answer; search repeats one query.
  cold rows   the guide as the first request after a publish, every request: the header
              X-Bench-Publish starts a new content version pinned to that request
              (bench/http/http_cold.py), so the page, fragment and route caches all miss; each
              response says how many entries of its version it found, and the table counts them.
              Search with a different query per request (a word list from the demo content's
              titles, two words a query, each query once: a wrk Lua script walks the list).
The minimal view is measured first and again last; the ratios divide by the mean of both, and
the two show how much the machine drifted meanwhile. Each row gets a few seconds of discarded
load first (every worker compiles its templates, as once after a deploy; for the cold rows with
the same misses), and the server works off what wrk left queued before the next run. Prints the
machine (cores, load average at start and end, Python), the instance, req/s, p50/p99, the ratio
to the minimal view and the caches per row, then MET or MISSED per target.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import Machine

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
DATABASE = "landvorteil_http"
CACHED_PORT, UNCACHED_PORT = 8101, 8102
TARGET_CACHED, TARGET_UNCACHED, TARGET_P99_MS = 0.50, 0.10, 50.0
# wrk's own default (2 s) would drop the slow answers of the cold rows at 64 connections from the
# latencies and count them as errors, reconnecting; an answer later than this is an error here.
WRK_TIMEOUT_S = 10

ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join(str(p) for p in (ROOT / "bench" / "http", ROOT / "site", ROOT)),
    "DJANGO_SETTINGS_MODULE": "http_settings",
    "SECRET_KEY": secrets.token_urlsafe(48),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SITE_URL": f"http://127.0.0.1:{CACHED_PORT}",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": "redis://127.0.0.1:6379/14",
    "SECURE_SSL_REDIRECT": "false",
    "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
}
ENV.pop("EMAIL_PROVIDER", None)


def manage(*args: str) -> str:
    result = subprocess.run(
        [str(PYTHON), str(ROOT / "manage.py"), *args],
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare() -> str:
    """The demo region in its own database; returns the path of a published guide page."""
    exists = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
         f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    manage("migrate", "--no-input")
    manage("load_places")
    manage("seed_demo")
    manage("collectstatic", "--no-input")
    return manage(
        "shell",
        "--no-imports",
        "-c",
        "from guides.models import GuidePage; print(GuidePage.objects.live().first().url)",
    ).strip()


def gunicorn_start(port: int, workers: int, **extra_env: str) -> subprocess.Popen:
    """A gunicorn app server in its own process group (a kill takes its workers), once it
    answers."""
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "-c", "python:config.gunicorn",
         "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        env={**ENV, **extra_env},
        cwd=ROOT,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/minimal/", timeout=2)
            return process
        if time.monotonic() > deadline or process.poll() is not None:
            sys.exit(f"gunicorn on port {port} did not start")
        time.sleep(0.3)


@contextlib.contextmanager
def gunicorn(port: int, workers: int, **extra_env: str):
    process = gunicorn_start(port, workers, **extra_env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


# The cold guide: every request as the first after a publish (bench/http/http_cold.py). Counts the
# responses that found any entry of their own content version in the pages cache.
COLD_LUA = """
wrk.headers["X-Bench-Publish"] = "1"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) responses = 0; found = 0 end
function response(status, headers, body)
  responses = responses + 1
  local hits = headers["X-Bench-Cache-Hits"] or headers["x-bench-cache-hits"]
  if hits ~= "0" then found = found + 1 end
end
function done(summary, latency, requests)
  local r, f = 0, 0
  for _, t in ipairs(threads) do r = r + t:get("responses"); f = f + t:get("found") end
  io.write(string.format("bench-cold: %d %d\\n", r, f))
end
"""

# Search with a different query per request: thread t of n sends lines offset + t, + t + n, …
# of the query file (wrk ... -- offset n file); done() tells where the next run starts.
SEARCH_LUA = """
local threads, count = {}, 0
function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end
function init(args)
  offset, stride = tonumber(args[1]), tonumber(args[2])
  queries = {}
  for line in io.lines(args[3]) do queries[#queries + 1] = line end
  sent = 0
end
function request()
  local i = offset + id + sent * stride
  sent = sent + 1
  return wrk.format("GET", "/suche/?q=" .. queries[(i % #queries) + 1])
end
function done(summary, latency, requests)
  local most = 0
  for _, t in ipairs(threads) do most = math.max(most, t:get("sent")) end
  local first = threads[1]
  io.write(string.format("bench-next-offset: %d\\n",
                         first:get("offset") + (most + 1) * first:get("stride")))
end
"""


def wrk(
    url: str, *, connections: int, seconds: int, script: str = "", args: tuple = ()
) -> tuple[Result, str]:
    """One wrk run; its result and the lines the script wrote (bench-…)."""
    threads = min(connections, 2)
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency"]
    command += ["--timeout", f"{WRK_TIMEOUT_S}s"]
    if script:
        path = ROOT / "var" / "bench-wrk.lua"
        path.parent.mkdir(exist_ok=True)
        path.write_text(script)
        command += ["-s", str(path)]
    command.append(url)
    if args:
        command += ["--", *map(str, args)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.MULTILINE))
    if not latency:  # not one request answered in time
        sys.exit(f"wrk got no answers from {url}:\n{out}")
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = (sum(map(int, socket.groups())) if socket else 0) + (
        int(non_2xx.group(1)) if non_2xx else 0
    )
    result = Result(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        p50_ms=_ms(latency["50"]),
        p99_ms=_ms(latency["99"]),
        errors=errors,
        requests=int(re.search(r"(\d+) requests in", out).group(1)),
    )
    return result, "\n".join(line for line in out.splitlines() if line.startswith("bench-"))


def settle(base: str, *, within_s: float = 0.05, patience_s: float = 20.0) -> None:
    """Wait until the server has worked off what a wrk run left queued (sync workers still
    answer requests whose clients have gone): the minimal view answers quickly again."""
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        t0 = time.monotonic()
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"{base}/bench/minimal/", timeout=patience_s).read()
        if time.monotonic() - t0 <= within_s:
            return
        time.sleep(0.2)


def check(url: str, **headers: str) -> dict[str, str]:
    """The page answers 200; returns its bench-relevant headers (page cache, cold hits)."""
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200, (url, response.status)
        return {
            "page": response.headers.get("X-Page-Cache", "-"),
            "hits": response.headers.get("X-Bench-Cache-Hits", ""),
        }


# Words a visitor could search for: content words (5+ letters, no stopwords) of the German live
# pages' indexed text that at least two pages use; a sample of the queries built from them is
# run through the site's search to say how many find nothing (those also record the question).
CONTENT_SCRIPT = """
import collections, itertools, json, random, re
from django.utils import translation
from wagtail.models import Locale, Page
from guides.models import GuidePage
from pages.selectors import pages_search
from retrieval.analysis import analyzer_for, fold
from retrieval.documents import page_fields
analyzer = analyzer_for("de")
with translation.override("de"):
    live = Page.objects.live().filter(depth__gt=1, locale=Locale.get_default())
    used = collections.Counter()
    for page in live.specific():
        text = " ".join(page_fields(page).values())
        found = re.findall(r"[^\\W\\d_]{5,}", text)
        used.update({w for w in found if analyzer.is_content(fold(w))})
    words = sorted(w for w, n in used.items() if n >= 2)
    sample = random.Random(5).sample(list(itertools.combinations(words, 2)), 60)
    empty = sum(not pages_search(query=" ".join(pair)) for pair in sample)
    guides = GuidePage.objects.live().filter(locale=Locale.get_default()).count()
    print(json.dumps({"pages": live.count(), "guides": guides,
                      "words": words, "sample": len(sample), "sample_empty": empty}))
"""


def content() -> dict:
    """The demo content's size and the words visitors could search it for."""
    out = manage("shell", "--no-imports", "-c", CONTENT_SCRIPT)
    return json.loads(out.strip().splitlines()[-1])


def search_queries(words: list[str], path: Path, *, limit: int = 200_000) -> int:
    """Two-word queries from `words`, each once, in a seeded order, one per line (URL-encoded)."""
    pairs = list(itertools.combinations(words, 2))
    random.Random(17).shuffle(pairs)  # noqa: S311 (a repeatable order, no secret)
    lines = [urllib.parse.quote_plus(f"{a} {b}") for a, b in pairs[:limit]]
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return len(lines)


@dataclass
class Row:
    name: str
    url: str
    page: str  # page cache: hit, miss, off, - (not consulted)
    fragment: str  # fragment cache: warm, miss, -
    route: str  # route cache: warm, miss, -
    script: str = ""
    note: str = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--p99-connections", type=int, default=16)
    parser.add_argument("--p99-duration", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--warm-up", type=int, default=3, help="seconds of discarded load per URL first"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    guide = prepare()
    site = content()
    queries_file = ROOT / "var" / "bench-search-queries.txt"
    n_queries = search_queries(site["words"], queries_file)
    started = Machine.now()
    with (
        gunicorn(CACHED_PORT, args.workers) as cached,
        gunicorn(UNCACHED_PORT, args.workers, PAGE_CACHE_SECONDS="0") as uncached,
    ):
        rows = [
            Row("minimal view", f"{cached}/bench/minimal/", "-", "-", "-",
                note="the reference: a Django view through the same middleware"),
            Row("home", f"{cached}/", "hit", "-", "-"),
            Row("guide", f"{cached}{guide}", "hit", "-", "-"),
            Row("guide, page cache off", f"{uncached}{guide}", "off", "warm", "warm",
                note="PAGE_CACHE_SECONDS=0 (second server)"),
            Row("guide, cold", f"{cached}{guide}", "miss", "miss", "miss", COLD_LUA,
                note="each request the first after a publish"),
            Row("search, one query", f"{cached}/suche/?q=Gewerbe+anmelden", "-", "warm", "-",
                note="'Gewerbe anmelden' every time"),
            Row("search, new queries", f"{cached}/suche/", "-", "miss", "-", SEARCH_LUA,
                note="results fragment misses; layout fragments warm"),
            Row("request form", f"{cached}/hilfe-anfragen/", "-", "warm", "-",
                note="a form: never page-cached (CSRF token)"),
            Row("minimal view, again", f"{cached}/bench/minimal/", "-", "-", "-",
                note="the reference once more, last: the ratios divide by the mean of both"),
        ]  # fmt: skip
        seen = {}
        for row in rows:  # each answers 200, and the page cache holds what the row says
            headers = {"X-Bench-Publish": "1"} if row.script == COLD_LUA else {}
            url = f"{row.url}?q=Hofladen" if row.script == SEARCH_LUA else row.url
            check(url, **headers)
            seen[row.name] = check(url, **headers)
        cold_probe = seen["guide, cold"]
        if cold_probe["hits"] != "0" or cold_probe["page"] == "hit":
            sys.exit(f"the cold guide was not cold (bench/http/http_cold.py): {cold_probe}")
        results, cold_found, offset = {}, [0, 0], 0
        for row in rows:
            runs = []
            # Every worker compiles templates and fills its own caches on its first requests,
            # as a server does once after a deploy; that is not what is measured here.
            plan = [(args.p99_connections, args.warm_up)] if args.warm_up else []
            plan += [(args.connections, args.duration), (args.p99_connections, args.p99_duration)]
            for connections, seconds in plan:
                extra = ()
                if row.script == SEARCH_LUA:
                    extra = (offset, min(connections, 2), queries_file)
                result, lines = wrk(row.url, connections=connections, seconds=seconds,
                                    script=row.script, args=extra)  # fmt: skip
                settle("http://" + urllib.parse.urlsplit(row.url).netloc)
                said = dict(line.split(": ", 1) for line in lines.splitlines())
                offset = int(said.get("bench-next-offset", offset))
                if "bench-cold" in said:
                    answered, found = map(int, said["bench-cold"].split())
                    cold_found = [cold_found[0] + answered, cold_found[1] + found]
                runs.append(result)
            results[row.name] = runs[-2:]
            print(f"  measured {row.name}", file=sys.stderr)

    base = (results["minimal view"][0].rps + results["minimal view, again"][0].rps) / 2
    c, q = args.connections, args.p99_connections
    print()
    print("== HTTP: pages against the minimal view, same run (issues 7 and 17) ==")
    print(started.line(f"gunicorn {args.workers} sync workers and wrk on the same machine"))
    print(
        f"instance: database {DATABASE}, demo region: {site['pages']} live German pages "
        f"({site['guides']} guides); production settings, PostgreSQL + Redis; wrk {c} connections"
        f" × {args.duration} s, then {q} × {args.p99_duration} s for p99 (answers later than "
        f"{WRK_TIMEOUT_S} s count as errors)"
    )
    header = (f"{'row':<22} {'page':>5} {'frag':>5} {'route':>5} {'req/s':>7} {'ratio':>7} "
              f"{'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {f'req/s@{q}':>9} {f'p50@{q}':>7} "
              f"{f'p99@{q}':>7}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for row in rows:
        load, calm = results[row.name]
        print(
            f"{row.name:<22} {row.page:>5} {row.fragment:>5} {row.route:>5} {load.rps:>7.0f} "
            f"{load.rps / base:>6.1%} {load.p50_ms:>7.1f} {load.p99_ms:>7.1f} {load.errors:>6d} "
            f"{calm.rps:>9.0f} {calm.p50_ms:>7.1f} {calm.p99_ms:>7.1f}"
        )
    print("caches: page (pages/cache.py), frag (fragments, pages/fragments.py), route "
          "(pages/routing.py); hit/warm: answered from the cache, miss: every request renders "
          "and stores afresh, off: disabled, -: not consulted by this URL")  # fmt: skip
    for row in rows:
        if row.note:
            print(f"  {row.name}: {row.note}")
    probed = ", ".join(f"{row.name} {seen[row.name]['page']}" for row in rows if row.page == "hit")
    print(f"  X-Page-Cache on a probe before the runs: {probed}")
    searched = sum(r.requests for r in results["search, new queries"])
    print(
        f"  guide, cold: {cold_found[1]} of {cold_found[0]:,} responses (warm-up included) "
        "found any entry of their content version (page, fragment or route)"
    )
    print(
        f"  search, new queries: {n_queries:,} distinct two-word queries from "
        f"{len(site['words'])} words of the pages' text; the runs (warm-up included) reached "
        f"line {offset:,}: "
        + ("no query repeated" if offset <= n_queries else "the list WRAPPED, some repeated")
        + f" ({searched:,} answered in the timed runs); {site['sample_empty']} of "
        f"{site['sample']} sampled queries find no page"
    )
    ratio = {row.name: results[row.name][0].rps / base for row in rows}
    worst_name, worst_p99 = max(
        ((row.name, results[row.name][1].p99_ms) for row in rows if "minimal" not in row.name),
        key=lambda item: item[1],
    )
    errors = sum(results[row.name][0].errors for row in rows)
    print()
    for label, ok in (
        (f"cached guide ≥ {TARGET_CACHED:.0%} of the minimal view: {ratio['guide']:.1%}",
         ratio["guide"] >= TARGET_CACHED),
        (f"uncached-cold guide ≥ {TARGET_UNCACHED:.0%} of the minimal view: "
         f"{ratio['guide, cold']:.1%} (page cache off, fragment and route caches warm: "
         f"{ratio['guide, page cache off']:.1%}, shown)",
         ratio["guide, cold"] >= TARGET_UNCACHED and cold_found[1] == 0),
        (f"p99 ≤ {TARGET_P99_MS:.0f} ms at {q} connections on every row (worst: {worst_name}, "
         f"{worst_p99:.1f} ms)", worst_p99 <= TARGET_P99_MS),
        (f"zero errors at {c} connections for {args.duration} s: {errors}", errors == 0),
    ):  # fmt: skip
        print(f"{'MET   ' if ok else 'MISSED'}  {label}")


if __name__ == "__main__":
    main()
