"""Start-up benchmark (issue 17): `manage.py check`, and a gunicorn worker's boot until its first
HTTP response, of this project against a bare Django + Wagtail project on the same machine, in
one run. Target: ours at most 2.5 times the bare project's median, for both.

Run: .venv/bin/python bench/startup.py [--runs 7]
Builds the bare project with the installed Wagtail (`wagtail start bare <tmp>`, SQLite), migrates
it and collects both projects' static files once, untimed. Then N rounds, each a fresh process per
measurement, ours and bare alternating (who goes first alternates too), after one discarded round
that warms the OS file cache and writes the bare project's bytecode. Not a test.

`manage.py check` runs with each project's development settings (what manage.py picks); gunicorn
with each one's production settings and one worker, as README's Production section starts ours:
ours is asked for /robots.txt (no database, no template), the bare project for its root URL (its
welcome page: the one page it has). PYTHONPATH names site/ for ours: gunicorn imports
`-c python:config.gunicorn` before it applies --chdir.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
PYTHON = BIN / "python"
TARGET = 2.5
BOOT_TIMEOUT_SECONDS = 120
# The bare project's production settings read these (wagtail start leaves them to local.py).
BARE_LOCAL_SETTINGS = """import os

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
"""


@dataclass
class Project:
    name: str
    folder: Path  # where manage.py is
    check_env: dict[str, str]
    serve_env: dict[str, str]
    gunicorn: list[str]  # the command but --bind
    path: str  # what the first request asks for
    check: list[float] = field(default_factory=list)
    boot: list[float] = field(default_factory=list)


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH", "DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)
    env.pop("EMAIL_PROVIDER", None)  # production would want the provider's secrets
    env["SECRET_KEY"] = secrets.token_urlsafe(48)
    return env


def _run(command: list[str], *, cwd: Path, env: dict[str, str]) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")


def ours(tmp: Path) -> Project:
    env = {**_clean_env(), "DATABASE_URL": f"sqlite:///{tmp / 'ours.sqlite3'}"}
    serve_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "PYTHONPATH": str(ROOT / "site"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(tmp / "ours-static"),
    }
    _run([str(PYTHON), "manage.py", "collectstatic", "--no-input"], cwd=ROOT, env=serve_env)
    return Project(
        name="ours",
        folder=ROOT,
        check_env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
        serve_env=serve_env,
        gunicorn=[str(BIN / "gunicorn"), "config.wsgi", "--chdir", "site",
                  "-c", "python:config.gunicorn"],
        path="/robots.txt",
    )  # fmt: skip


def bare(tmp: Path) -> Project:
    folder = tmp / "bare"
    folder.mkdir()
    _run([str(BIN / "wagtail"), "start", "bare", str(folder)], cwd=tmp, env=_clean_env())
    (folder / "bare" / "settings" / "local.py").write_text(BARE_LOCAL_SETTINGS)
    env = _clean_env()
    check_env = {**env, "DJANGO_SETTINGS_MODULE": "bare.settings.dev"}
    serve_env = {**env, "DJANGO_SETTINGS_MODULE": "bare.settings.production"}
    _run([str(PYTHON), "manage.py", "migrate", "--no-input"], cwd=folder, env=check_env)
    _run([str(PYTHON), "manage.py", "collectstatic", "--no-input"], cwd=folder, env=serve_env)
    return Project(
        name="bare",
        folder=folder,
        check_env=check_env,
        serve_env=serve_env,
        gunicorn=[str(BIN / "gunicorn"), "bare.wsgi", "--chdir", str(folder)],
        path="/",
    )


def check_seconds(project: Project) -> float:
    started = time.perf_counter()
    _run([str(PYTHON), "manage.py", "check"], cwd=project.folder, env=project.check_env)
    return time.perf_counter() - started


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def boot_seconds(project: Project, log: Path) -> float:
    """From starting gunicorn until the first response has been read."""
    port = _free_port()
    command = [*project.gunicorn, "--workers", "1", "--bind", f"127.0.0.1:{port}",
               "--no-control-socket", "--log-level", "warning"]  # fmt: skip
    with log.open("w") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=project.folder, env=project.serve_env, stdout=errors, stderr=errors
        )
        try:
            while True:
                # Refused until the arbiter listens; from then on the request waits in the
                # socket's backlog until the worker has loaded the application and answers.
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                try:
                    connection.request("GET", project.path)
                    response = connection.getresponse()
                    response.read()
                    elapsed = time.perf_counter() - started
                    break
                except (ConnectionRefusedError, ConnectionResetError, http.client.HTTPException):
                    waited = time.perf_counter() - started
                    if process.poll() is not None or waited > BOOT_TIMEOUT_SECONDS:
                        sys.exit(f"gunicorn ({project.name}) did not answer:\n{log.read_text()}")
                    time.sleep(0.005)
                finally:
                    connection.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
    if response.status != 200:
        sys.exit(f"{project.name} answered {project.path} with {response.status}")
    return elapsed


def _row(label: str, mine: list[float], theirs: list[float]) -> tuple[str, bool]:
    """The verdict is on the medians; the minimums' ratio shows what noise leaves out."""
    ratio = statistics.median(mine) / statistics.median(theirs)
    met = ratio <= TARGET
    return (
        f"{label:<24} {statistics.median(mine):6.2f} {min(mine):6.2f} {max(mine):6.2f}   "
        f"{statistics.median(theirs):6.2f} {min(theirs):6.2f} {max(theirs):6.2f}   "
        f"{ratio:5.2f}x {min(mine) / min(theirs):5.2f}x  {'MET' if met else 'MISSED'}",
        met,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each, per project")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as name:
        tmp = Path(name)
        print("Preparing (untimed): the bare project, its migrations, both projects' static files")
        projects = [ours(tmp), bare(tmp)]
        load_before = os.getloadavg()[0]
        for round_ in range(args.runs + 1):  # round 0 warms the file cache; discarded
            order = projects if round_ % 2 == 0 else projects[::-1]
            for project in order:
                check = check_seconds(project)
                boot = boot_seconds(project, tmp / f"gunicorn-{project.name}.log")
                if round_:
                    project.check.append(check)
                    project.boot.append(boot)
            print(f"  round {round_}{' (warm-up, discarded)' if not round_ else ''} done")
        load_after = os.getloadavg()[0]
    mine, theirs = projects
    print()
    print(f"Python {platform.python_version()} ({PYTHON}), Django {version('django')}, "
          f"Wagtail {version('wagtail')}, gunicorn {version('gunicorn')}; {os.cpu_count()} CPUs, "
          f"load average {load_before:.2f} before, {load_after:.2f} after")  # fmt: skip
    print("manage.py check: ours config.settings.dev, bare bare.settings.dev")
    print(
        "gunicorn, 1 worker, start to first response: ours config.settings.production "
        "(-c python:config.gunicorn) GET /robots.txt; bare bare.settings.production GET /"
    )
    print(
        f"{args.runs} fresh processes each, alternating. Warm: the OS file cache and both "
        "projects' bytecode (one discarded round first); nothing else outlives a process."
    )
    print()
    three = f"{'median':>6} {'min':>6} {'max':>6}"
    print(f"{'':<24} {'ours':^20}   {'bare':^20}   {'ours/bare':^13}")
    print(f"{'seconds':<24} {three}   {three}   {'median':>6} {'min':>6}  median <= {TARGET}x")
    lines = [
        _row("manage.py check", mine.check, theirs.check),
        _row("gunicorn first response", mine.boot, theirs.boot),
    ]
    for line, _met in lines:
        print(line)
    print()
    print("verdict:", "MET" if all(met for _line, met in lines) else "MISSED", f"(<= {TARGET}x)")


if __name__ == "__main__":
    main()
