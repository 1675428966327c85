"""The PostgreSQL fault: restarted under load (wrk), the site answers again by itself, without a
restart of gunicorn (on the HTTP benchmark's database, landvorteil_http, built on first use).

It restarts the machine's PostgreSQL (`pg_ctlcluster 15 main restart`), or, with FAULTS_PG_DATA
and FAULTS_PG_PORT, a private cluster, so that nobody else's tests lose their connections:
  mkdir /tmp/pg-faults && chown postgres /tmp/pg-faults
  runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D /tmp/pg-faults -A trust
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/pg-faults -w \
      -o "-p 5440 -k /tmp" -l /tmp/pg-faults.log start
  FAULTS_PG_DATA=/tmp/pg-faults FAULTS_PG_PORT=5440 .venv/bin/python bench/faults/run.py postgres
FAULTS_BROKEN=no-reconnect serves the site from a build that keeps a database connection
whatever happens to it (no health check, Django's closing of unusable connections off)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

from faults.harness import BROKEN, ROOT, Result, verdict

PG_BIN = "/usr/lib/postgresql/15/bin"


def http_bench_module():
    """bench/http/run.py as a module (its folder's name would shadow the standard `http`)."""
    spec = importlib.util.spec_from_file_location("http_bench", ROOT / "bench" / "http" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _restart_command() -> list[str]:
    if data := os.environ.get("FAULTS_PG_DATA"):
        pg_ctl = f"{PG_BIN}/pg_ctl"
        log = f"{data.rstrip('/')}.log"  # else the server keeps writing to our output
        return ["runuser", "-u", "postgres", "--", pg_ctl, "-D", data, "-l", log, "-w", "restart"]
    return ["pg_ctlcluster", "15", "main", "restart"]


def _point_at_private_cluster(http_bench) -> None:
    port = os.environ.get("FAULTS_PG_PORT")
    if not port:
        return
    os.environ["PGPORT"] = http_bench.ENV["PGPORT"] = port  # psql and createdb in prepare()
    url = http_bench.ENV["DATABASE_URL"]
    http_bench.ENV["DATABASE_URL"] = url.replace("127.0.0.1:5432", f"127.0.0.1:{port}")


def postgres_restart(seconds: int = 40) -> Result:
    http_bench = http_bench_module()
    _point_at_private_cluster(http_bench)
    guide = http_bench.prepare()
    extra = {"PAGE_CACHE_SECONDS": "0"}
    if BROKEN == "no-reconnect":
        extra["DJANGO_SETTINGS_MODULE"] = "broken_http_settings"
        extra["PYTHONPATH"] = os.pathsep.join(
            [http_bench.ENV["PYTHONPATH"], str(ROOT / "bench" / "faults")]
        )
    codes: list[tuple[float, int]] = []
    with http_bench.gunicorn(http_bench.CACHED_PORT, 4, **extra) as base:
        started = time.monotonic()
        restart = None
        load = subprocess.Popen(
            ["wrk", "-t", "2", "-c", "16", "-d", f"{seconds}s", f"{base}{guide}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        while (elapsed := time.monotonic() - started) < seconds:
            if restart is None and elapsed > seconds / 4:
                restart = subprocess.Popen(_restart_command())
                restarted_at = elapsed
            try:
                with urllib.request.urlopen(f"{base}{guide}", timeout=5) as response:
                    codes.append((elapsed, response.status))
            except urllib.error.HTTPError as error:
                codes.append((elapsed, error.code))
            except OSError:
                codes.append((elapsed, 0))
            time.sleep(0.1)
        restart.wait()
        wrk_out, _ = load.communicate()
    failed = [(t, code) for t, code in codes if code != 200]
    settled = [code for t, code in codes if t > seconds * 0.75]
    recovered = bool(settled) and all(code == 200 for code in settled)
    outage = f"{failed[0][0]:.1f}–{failed[-1][0]:.1f} s" if failed else "none seen"
    # Recovered: the first 200 after the last failed probe, counted from the restart.
    back = next((t for t, code in codes if failed and t > failed[-1][0] and code == 200), None)
    kinds = sorted({code for _, code in failed})
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk_out)
    total = re.search(r"(\d+) requests in", wrk_out)
    return verdict(
        Result(
            "postgres restart",
            "restarted under load (wrk, 16 connections): every probe in the last quarter "
            "answers 200, same gunicorn",
            recovered,
            f"restarted at {restarted_at:.1f} s; probes failed {outage} with {kinds}; "
            f"answering again {f'{back - restarted_at:.1f} s' if back else 'never'} after it; "
            f"wrk {total.group(1) if total else '?'} requests, "
            f"{non_2xx.group(1) if non_2xx else 0} non-2xx",
        )
    )
