"""HTTP load benchmark (issue 7): gunicorn with the production settings on PostgreSQL and Redis,
wrk against home, a guide page (page cache on, and off in a second server), search, the request
form, and a minimal Django view through the same middleware, all in one run.

Run: .venv/bin/python bench/http/run.py [--duration 60] [--connections 64] [--p99-connections 16]
     [--p99-duration 20] [--workers 4] [--warm-up 3]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and Redis at
127.0.0.1:6379. Builds the database landvorteil_http (demo region) on first use. Not a test.

gunicorn reads site/config/gunicorn.py (as in production); the uncached guide runs with
PAGE_CACHE_SECONDS=0, so only the fragment and route caches (pages/fragments.py, routing.py)
apply. Each URL gets a few seconds of discarded load first, so every worker has compiled its
templates. Prints req/s, p50/p99 and the ratio to the minimal view per URL, then MET or MISSED
per target.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
DATABASE = "landvorteil_http"
CACHED_PORT, UNCACHED_PORT = 8101, 8102
TARGET_CACHED, TARGET_UNCACHED, TARGET_P99_MS = 0.50, 0.10, 50.0

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


@contextlib.contextmanager
def gunicorn(port: int, workers: int, **extra_env: str):
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "-c", "python:config.gunicorn",
         "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        env={**ENV, **extra_env},
        cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/minimal/", timeout=2)
                break
            if time.monotonic() > deadline or process.poll() is not None:
                sys.exit(f"gunicorn on port {port} did not start")
            time.sleep(0.3)
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


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


# Site search with words no visitor asked before: every request misses the search fragment
# (a random page number is part of its key; out-of-range numbers show the last page).
COLD_SEARCH_LUA = """
local words = {"Gewerbe", "anmelden", "Steuern", "F%C3%B6rderung", "Businessplan", "Recht",
               "Hofladen", "Versicherung", "Kredit", "Marketing", "Verein", "Handwerk"}
math.randomseed(os.time())
request = function()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/suche/?q=" .. q .. "&seite=" .. math.random(1, 100000000))
end
"""


def wrk(url: str, *, connections: int, seconds: int, script: str = "") -> Result:
    threads = min(connections, 2)
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency"]
    if script:
        path = ROOT / "var" / "bench-wrk.lua"
        path.parent.mkdir(exist_ok=True)
        path.write_text(script)
        command += ["-s", str(path)]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.MULTILINE))
    if not latency:  # not one request answered in time
        sys.exit(f"wrk got no answers from {url}:\n{out}")
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = (sum(map(int, socket.groups())) if socket else 0) + (
        int(non_2xx.group(1)) if non_2xx else 0
    )
    return Result(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        p50_ms=_ms(latency["50"]),
        p99_ms=_ms(latency["99"]),
        errors=errors,
    )


def check(url: str) -> str:
    """The page answers 200; returns what the page cache said about it."""
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, (url, response.status)
        return response.headers.get("X-Page-Cache", "-")


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
    with (
        gunicorn(CACHED_PORT, args.workers) as cached,
        gunicorn(UNCACHED_PORT, args.workers, PAGE_CACHE_SECONDS="0") as uncached,
    ):
        targets = {
            "minimal view": f"{cached}/bench/minimal/",
            "home (cached)": f"{cached}/",
            "guide (cached)": f"{cached}{guide}",
            "guide (uncached)": f"{uncached}{guide}",
            "search": f"{cached}/suche/?q=Gewerbe+anmelden",
            "request form": f"{cached}/hilfe-anfragen/",
        }
        # Not a target: shows what a search costs when its results are not cached yet.
        informational = {"search, new words": f"{cached}/suche/"}
        for url in targets.values():
            check(url)  # and warm the page cache
        cache_state = {name: check(url) for name, url in targets.items()}
        cache_state["search, new words"] = "-"
        rows = {}
        for name, url in {**targets, **informational}.items():
            script = COLD_SEARCH_LUA if name in informational else ""
            # Every worker compiles templates and fills its own caches on its first requests,
            # as a server does once after a deploy; that is not what is measured here.
            if args.warm_up:
                wrk(url, connections=args.p99_connections, seconds=args.warm_up, script=script)
            load = wrk(url, connections=args.connections, seconds=args.duration, script=script)
            calm = wrk(url, connections=args.p99_connections, seconds=args.p99_duration,
                       script=script)  # fmt: skip
            rows[name] = (load, calm)
            print(f"  measured {name}", file=sys.stderr)

    base = rows["minimal view"][0].rps
    c, q = args.connections, args.p99_connections
    print(f"\ngunicorn {args.workers} sync workers, production settings, PostgreSQL + Redis; "
          f"wrk {c} connections × {args.duration} s, and {q} × {args.p99_duration} s for p99; "
          f"{os.cpu_count()} cores, wrk on the same machine")  # fmt: skip
    header = (f"{'target':<20} {'cache':>6} {'req/s':>7} {'ratio':>7} {'p50 ms':>7} "
              f"{'p99 ms':>7} {'errors':>6} {f'req/s@{q}':>9} {f'p50@{q}':>7} "
              f"{f'p99@{q}':>7}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for name, (load, calm) in rows.items():
        print(
            f"{name:<20} {cache_state[name]:>6} {load.rps:>7.0f} {load.rps / base:>6.1%} "
            f"{load.p50_ms:>7.1f} {load.p99_ms:>7.1f} {load.errors:>6d} {calm.rps:>9.0f} "
            f"{calm.p50_ms:>7.1f} {calm.p99_ms:>7.1f}"
        )
    print(f"(latencies in ms; '{next(iter(informational))}' is shown, not a target)")
    cached_ratio = rows["guide (cached)"][0].rps / base
    uncached_ratio = rows["guide (uncached)"][0].rps / base
    worst_name, worst_p99 = max(
        ((name, rows[name][1].p99_ms) for name in targets if name != "minimal view"),
        key=lambda item: item[1],
    )
    errors = sum(rows[name][0].errors for name in targets)
    print()
    for label, ok in (
        (f"cached guide ≥ {TARGET_CACHED:.0%} of the minimal view: {cached_ratio:.1%}",
         cached_ratio >= TARGET_CACHED),
        (f"uncached guide ≥ {TARGET_UNCACHED:.0%}: {uncached_ratio:.1%}",
         uncached_ratio >= TARGET_UNCACHED),
        (f"p99 ≤ {TARGET_P99_MS:.0f} ms at {q} connections on every URL (worst: {worst_name}, "
         f"{worst_p99:.1f} ms)", worst_p99 <= TARGET_P99_MS),
        (f"zero errors at {c} connections for {args.duration} s: {errors}", errors == 0),
    ):  # fmt: skip
        print(f"{'MET   ' if ok else 'MISSED'}  {label}")


if __name__ == "__main__":
    main()
