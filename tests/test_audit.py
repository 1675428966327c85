"""./dev audit: pinned versions against the offline advisory snapshot, edges of ranges included."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.audit import ROOT, advisory_findings, main, snapshot_folder

ADVISORY = {
    "id": "PYSEC-TEST-1",
    "aliases": ["CVE-2099-0001", "GHSA-aaaa-bbbb-cccc"],
    "affected": [
        {
            "package": {"name": "Some_Package", "ecosystem": "PyPI"},
            "ranges": [
                {
                    "type": "ECOSYSTEM",
                    "events": [
                        {"introduced": "1.2.0"},
                        {"fixed": "1.4.0"},
                        {"introduced": "2.0"},
                        {"last_affected": "2.1.3"},
                    ],
                }
            ],
            "versions": ["0.9"],
        }
    ],
}


def _affected(version: str, advisory: dict = ADVISORY) -> bool:
    return bool(advisory_findings(advisory, package="some-package", version=version))


@pytest.mark.parametrize(
    ("version", "affected"),
    [
        ("1.1.9", False),
        ("1.2.0", True),  # introduced: affected from this version on
        ("1.3.99", True),
        ("1.4.0", False),  # fixed: this version is safe
        ("1.9", False),
        ("2.0.0", True),
        ("2.1.3", True),  # last_affected: still affected
        ("2.1.4", False),
        ("0.9", True),  # listed explicitly outside every range
    ],
)
def test_range_edges(version, affected):
    assert _affected(version) is affected


def test_the_fixed_version_named_is_the_next_one_up():
    [finding] = advisory_findings(ADVISORY, package="some-package", version="1.3")
    assert finding.fixed == "1.4.0"
    assert finding.line() == (
        "some-package 1.3: PYSEC-TEST-1 (CVE-2099-0001, GHSA-aaaa-bbbb-cccc), fixed in 1.4.0"
    )


def test_withdrawn_advisories_and_other_ecosystems_are_ignored():
    assert not _affected("1.3", {**ADVISORY, "withdrawn": "2099-01-01T00:00:00Z"})
    npm = {
        **ADVISORY,
        "affected": [
            {**ADVISORY["affected"][0], "package": {"name": "some-package", "ecosystem": "npm"}}
        ],
    }
    assert not _affected("1.3", npm)


def _lock_with(tmp_path: Path, **pins: str) -> Path:
    lock = json.loads((ROOT / "Pipfile.lock").read_text())
    for name, version in pins.items():
        lock["default"][name] = {"version": f"=={version}"}
    path = tmp_path / "Pipfile.lock"
    path.write_text(json.dumps(lock))
    return path


def test_a_planted_vulnerable_version_fails_the_audit(tmp_path, capsys):
    folder = tmp_path / "advisories" / "pypa" / "vulns" / "some-package"
    folder.mkdir(parents=True)
    (folder / "PYSEC-TEST-1.yaml").write_text(yaml.safe_dump(ADVISORY))
    (tmp_path / "advisories" / "README.md").write_text("a snapshot taken on 2099-01-02 of …")
    args = ["--advisories", str(tmp_path / "advisories")]
    assert main([*args, "--lock", str(_lock_with(tmp_path, some_package="1.0"))]) == 0
    assert main([*args, "--lock", str(_lock_with(tmp_path, some_package="1.2.0"))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == (
        "some-package 1.2.0: PYSEC-TEST-1 (CVE-2099-0001, GHSA-aaaa-bbbb-cccc), fixed in 1.4.0"
    )
    assert "1 known vulnerabilities in" in out[-1] and "snapshot of 2099-01-02" in out[-1]


@pytest.mark.skipif(snapshot_folder(None) is None, reason="the advisory snapshot is not here")
def test_the_real_snapshot_knows_an_old_django_and_passes_the_lock(tmp_path):
    planted = subprocess.run(
        [sys.executable, "tools/audit.py", "--lock", str(_lock_with(tmp_path, django="4.2.0"))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert planted.returncode == 1
    assert any(line.startswith("django 4.2.0: ") for line in planted.stdout.splitlines())
    current = subprocess.run(
        [sys.executable, "tools/audit.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert current.returncode == 0, current.stdout
