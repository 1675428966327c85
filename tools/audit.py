"""Known vulnerabilities in what the locks pin, checked offline against an advisory snapshot.

Run: ./dev audit  (or .venv/bin/python tools/audit.py [--advisories DIR] [--lock F] [--npm-lock F])
Reads Pipfile.lock (default and develop) and package-lock.json; installs and fetches nothing.
Every pinned PyPI version is compared with the OSV advisories of the Python Packaging Advisory
Database snapshot (../shared/advisories/pypa: explicit version lists and ECOSYSTEM ranges,
withdrawn advisories ignored). One line per finding, then a last line with how many packages
were checked and the snapshot's date. Exits 1 on any finding, 2 when the snapshot is missing.
The snapshot holds PyPI advisories only: npm packages are counted as not covered, with the
ones package.json names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT_PLACES = (ROOT.parent / "shared" / "advisories", Path("/work/shared/advisories"))
TAKEN_ON = re.compile(r"snapshot\s+taken\s+on\s+(\d{4}-\d{2}-\d{2})")


def normalized(name: str) -> str:
    """PEP 503: "Django_Allauth" and "django-allauth" are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Finding:
    package: str
    version: str
    advisory: str
    aliases: tuple[str, ...]
    fixed: str  # the first fixed version above the pinned one, or ""

    def line(self) -> str:
        aliases = f" ({', '.join(self.aliases)})" if self.aliases else ""
        fixed = f"fixed in {self.fixed}" if self.fixed else "no fixed version yet"
        return f"{self.package} {self.version}: {self.advisory}{aliases}, {fixed}"


def python_pins(lock: dict) -> dict[str, str]:
    """name → pinned version of every package in both sections of a Pipfile.lock."""
    pins = {}
    for section in ("default", "develop"):
        for name, entry in lock.get(section, {}).items():
            version = entry.get("version", "")
            if version.startswith("=="):
                pins[normalized(name)] = version[2:]
    return pins


def npm_pins(lock: dict) -> dict[str, str]:
    return {
        path.removeprefix("node_modules/"): entry["version"]
        for path, entry in lock.get("packages", {}).items()
        if path.startswith("node_modules/") and "version" in entry
    }


def _parsed(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def in_range(version: Version, events: Iterable[dict]) -> tuple[bool, str]:
    """OSV ECOSYSTEM semantics: (affected?, first fixed version above `version`)."""
    affected, fixed_above = False, ""
    ordered = []
    for event in events:
        for kind, value in event.items():
            at = Version("0") if value == "0" else _parsed(str(value))
            if at is not None:
                ordered.append((at, {"introduced": 0, "last_affected": 1, "fixed": 2}[kind], kind))
    for at, _, kind in sorted(ordered):
        if kind == "introduced" and version >= at:
            affected = True
        elif (kind == "fixed" and version >= at) or (kind == "last_affected" and version > at):
            affected = False
        if kind == "fixed" and at > version and not fixed_above:
            fixed_above = str(at)
    return affected, fixed_above if affected else ""


def advisory_findings(advisory: dict, *, package: str, version: str) -> list[Finding]:
    if advisory.get("withdrawn"):
        return []
    pinned = _parsed(version)
    for affected in advisory.get("affected", []):
        about = affected.get("package", {})
        if about.get("ecosystem") != "PyPI" or normalized(about.get("name", "")) != package:
            continue
        listed = version in {str(v) for v in affected.get("versions", [])}
        fixed = ""
        for found_range in affected.get("ranges", []):
            if found_range.get("type") == "ECOSYSTEM" and pinned is not None:
                hit, fixed_here = in_range(pinned, found_range.get("events", []))
                listed = listed or hit
                fixed = fixed or fixed_here
        if listed:
            aliases = tuple(advisory.get("aliases") or ())
            return [Finding(package, version, advisory["id"], aliases, fixed)]
    return []


def audit(pins: dict[str, str], *, advisories: Path) -> list[Finding]:
    findings = []
    for package, version in sorted(pins.items()):
        folder = advisories / "pypa" / "vulns" / package
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            advisory = yaml.safe_load(path.read_text(encoding="utf-8"))
            findings += advisory_findings(advisory, package=package, version=version)
    return findings


def snapshot_date(advisories: Path) -> str:
    readme = advisories / "README.md"
    found = TAKEN_ON.search(readme.read_text(encoding="utf-8")) if readme.is_file() else None
    return found.group(1) if found else "unknown date"


def snapshot_folder(given: str | None) -> Path | None:
    places = [Path(given)] if given else list(SNAPSHOT_PLACES)
    return next((place for place in places if (place / "pypa" / "vulns").is_dir()), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advisories", help="the snapshot folder (holding pypa/vulns)")
    parser.add_argument("--lock", default=str(ROOT / "Pipfile.lock"))
    parser.add_argument("--npm-lock", default=str(ROOT / "package-lock.json"))
    args = parser.parse_args(argv)
    advisories = snapshot_folder(args.advisories)
    if advisories is None:
        print("audit: no advisory snapshot found (give --advisories DIR)", file=sys.stderr)
        return 2
    python = python_pins(json.loads(Path(args.lock).read_text(encoding="utf-8")))
    npm_lock = Path(args.npm_lock)
    npm_data = json.loads(npm_lock.read_text(encoding="utf-8")) if npm_lock.is_file() else {}
    npm = npm_pins(npm_data) if npm_data else {}
    root = npm_data.get("packages", {}).get("", {})
    direct = sorted({*root.get("dependencies", {}), *root.get("devDependencies", {})})
    findings = audit(python, advisories=advisories)
    for finding in findings:
        print(finding.line())
    print(
        f"{len(findings)} known vulnerabilities in {len(python)} Python packages "
        f"(advisory snapshot of {snapshot_date(advisories)}; later advisories are not in it); "
        f"{len(npm)} npm packages not covered by the snapshot "
        f"({', '.join(direct) or '-'} and what they need)"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
