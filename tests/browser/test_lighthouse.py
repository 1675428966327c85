"""Lighthouse 13 (npm, pinned in package-lock.json) in Debian's Chromium on the demo region:
home, a guide, an event, the help-request form and the mentor form score accessibility 100,
best practices ≥ 95 and SEO 100 (Lighthouse's mobile emulation, its default).

Lighthouse judges HTML, headers and what the browser sees, not the database: it runs on the
SQLite pass of CI and is skipped on the PostgreSQL one. The figures are printed to the terminal
(under `-q` too) and kept in var/lighthouse/figures.txt, each page's full report next to them
(open one in https://googlechrome.github.io/lighthouse/viewer/ to read it as Lighthouse shows it).
"""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from conftest import missing_tool
from tests.browser.conftest import CHROMIUM
from tests.browser.demo import demo_region_seed

pytestmark = [
    pytest.mark.skipif(
        connection.vendor == "postgresql",
        reason="Lighthouse judges HTML, not the database: it ran on the SQLite pass",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "package.json"
RUNNER = Path(__file__).with_name("lighthouse.mjs")
REPORTS = ROOT / "var" / "lighthouse"

PAGES = [
    ("Startseite", "/"),
    ("Leitfaden", "/leitfaeden/steuern-fuer-gruenderinnen/"),
    ("Veranstaltung", "/veranstaltungen/gruendungssprechstunde-ratzeburg-dezember-2026/"),
    ("Hilfe anfragen", "/hilfe-anfragen/"),
    ("Expertin werden", "/expertin-werden/"),
]
# Checked alongside, to prove the check can fail: robots.txt keeps search engines out of the
# account pages, which Lighthouse's SEO audit "is-crawlable" must report.
BLOCKED = "/accounts/login/"
# category -> (lowest acceptable score, column heading)
TARGETS = {
    "accessibility": (1.0, "a11y"),
    "best-practices": (0.95, "bp"),
    "seo": (1.0, "seo"),
}
ITEMS_SHOWN = 5
# Lighthouse's defaults, except: no performance category, so nothing is timed (the default
# "simulate" throttling only computes timings afterwards, where "provided" would wait five quiet
# seconds per page); the pages are rendered on the server and load from localhost, so one quiet
# second tells that a page has settled.
CONFIG = {
    "extends": "lighthouse:default",
    "settings": {
        "onlyCategories": list(TARGETS),
        "disableFullPageScreenshot": True,
        "maxWaitForLoad": 20_000,
        "pauseAfterFcpMs": 500,
        "pauseAfterLoadMs": 500,
        "networkQuietThresholdMs": 1000,
        "cpuQuietThresholdMs": 1000,
    },
}
# What Lighthouse's own launcher (chrome-launcher) starts Chromium with, for Linux.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
    "InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,"
    "AutofillServerCommunication,PrivacySandboxSettings4,RenderDocument",
    "--disable-extensions",
    "--disable-component-extensions-with-background-pages",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-client-side-phishing-detection",
    "--disable-sync",
    "--metrics-recording-only",
    "--disable-default-apps",
    "--mute-audio",
    "--no-default-browser-check",
    "--no-first-run",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
    "--disable-background-timer-throttling",
    "--disable-ipc-flooding-protection",
    "--password-store=basic",
    "--force-fieldtrials=*BackgroundTracing/default/",
    "--disable-hang-monitor",
    "--disable-prompt-on-repost",
    "--disable-domain-reliability",
    "--propagate-iph-for-testing",
]


def _lighthouse_available() -> None:
    if not shutil.which(CHROMIUM):
        missing_tool(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    if not shutil.which("node") or not LIGHTHOUSE.exists():
        missing_tool("Lighthouse missing in node_modules: run `npm ci` (./dev test does)")


@contextmanager
def _chromium() -> Iterator[int]:
    """A headless Chromium with a profile of its own; its DevTools port."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as profile:
        browser = subprocess.Popen(
            [
                shutil.which(CHROMIUM),
                *CHROMIUM_FLAGS,
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its renderers and helpers end with it (killpg)
        )
        try:
            port_file = Path(profile) / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            while not (port_file.exists() and port_file.read_text().strip()):
                assert browser.poll() is None, f"Chromium exited with {browser.returncode}"
                assert time.monotonic() < deadline, "Chromium did not open its DevTools port"
                time.sleep(0.1)
            yield int(port_file.read_text().split()[0])
        finally:
            os.killpg(browser.pid, signal.SIGKILL)
            browser.wait()


def _lighthouse(urls: list[str]) -> list[dict]:
    """Lighthouse's report on each address, one after the other in one Chromium."""
    with _chromium() as port:
        done = subprocess.run(
            [shutil.which("node"), str(RUNNER), str(port), json.dumps(CONFIG), *urls],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60 + 30 * len(urls),
            check=False,
        )
    assert done.returncode == 0, f"Lighthouse failed:\n{done.stderr}"
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == len(urls), f"{len(reports)} reports for {len(urls)} pages"
    return reports


def _item(item: dict) -> str:
    """An audit's offending element, link, message or resource, as a line to search for."""
    if node := item.get("node"):
        return f"{node.get('selector', '')} {node.get('snippet', '')}".strip()[:200]
    parts = []
    for key in ("source", "description", "text", "href", "url", "sourceLocation"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("url")
        if value and str(value) not in parts:
            parts.append(str(value))
    return (" ".join(parts) or json.dumps(item, ensure_ascii=False))[:200]


def _failing_audits(report: dict, category: str) -> list[str]:
    """The audits that cost the category points: id, score, title, the offending items."""
    lines = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if not ref.get("weight") or audit.get("score") is None or audit["score"] >= 1:
            continue
        lines.append(f"  {audit['id']} ({audit['score']:g}): {audit['title']}")
        if audit.get("explanation"):
            lines.append(f"    {audit['explanation']}")
        items = (audit.get("details") or {}).get("items") or []
        lines += [f"    - {_item(item)}" for item in items[:ITEMS_SHOWN]]
        if len(items) > ITEMS_SHOWN:
            lines.append(f"    … and {len(items) - ITEMS_SHOWN} more")
    return lines


def _table(rows: list[tuple[str, dict]]) -> str:
    width = max(len(name) for name, _scores in rows)
    lines = [f"{'page':<{width}}  " + "  ".join(f"{h:>4}" for _t, h in TARGETS.values())]
    for name, scores in rows:
        figures = ("   -" if scores[c] is None else f"{round(scores[c] * 100):>4}" for c in TARGETS)
        lines.append(f"{name:<{width}}  " + "  ".join(figures))
    return "\n".join(lines)


def test_the_public_page_types_reach_the_lighthouse_targets(live_server, settings, capsys):
    _lighthouse_available()
    # Canonical and language addresses name the host serving the pages, as in production.
    settings.SITE_URL = live_server.url
    demo_region_seed()
    started = time.monotonic()
    paths = [path for _name, path in PAGES] + [BLOCKED]
    *reports, blocked = _lighthouse([live_server.url + path for path in paths])
    seconds = time.monotonic() - started

    REPORTS.mkdir(parents=True, exist_ok=True)
    rows, failures = [], []
    if not any(line.startswith("  is-crawlable ") for line in _failing_audits(blocked, "seo")):
        failures.append(f"{BLOCKED}: Lighthouse did not report that robots.txt blocks it")
    for path, report in zip(paths, [*reports, blocked], strict=True):
        slug = path.strip("/").split("/")[0] or "startseite"
        (REPORTS / f"{slug}.json").write_text(json.dumps(report, ensure_ascii=False))
    for (name, path), report in zip(PAGES, reports, strict=True):
        if report.get("runtimeError"):
            failures.append(f"{path}: {report['runtimeError']}")
        scores = {category: report["categories"][category]["score"] for category in TARGETS}
        rows.append((name, scores))
        for category, (target, _heading) in TARGETS.items():
            if scores[category] is None or scores[category] < target:
                failures.append(f"{path} {category}: {scores[category]} < {target}")
                failures += _failing_audits(report, category)
    table = _table(rows)
    (REPORTS / "figures.txt").write_text(table + "\n")
    with capsys.disabled():
        chromium = re.search(r"Chrome/(\d+)", reports[0]["environment"]["hostUserAgent"])
        print(f"\nLighthouse {reports[0]['lighthouseVersion']}, Chromium {chromium[1]}, mobile")
        print(table)
        print(f"({seconds:.0f} s for {len(reports) + 1} pages; reports in {REPORTS})")
    assert not failures, "\n".join(failures)
