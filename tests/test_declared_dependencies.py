"""deptry: every package the code imports is declared in the Pipfile, not only pulled in by
another one (an upgrade of Wagtail that drops Pillow must not take part of this project with
it); the site's code imports no development-only package; nothing declared goes unused.

deptry reads no Pipfile, so the Pipfile's two lists are handed to it as requirement files."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEPTRY = Path(sys.executable).with_name("deptry")
NOT_SITE_CODE = "tests|.*/tests|bench|tools|conftest.py"


@pytest.fixture(scope="module")
def requirements(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("requirements")
    pipfile = tomllib.loads((ROOT / "Pipfile").read_text(encoding="utf-8"))
    arguments = []
    for section, option in (("packages", "-rf"), ("dev-packages", "-rfd")):
        path = folder / f"{section}.txt"
        path.write_text("\n".join(pipfile[section]) + "\n", encoding="utf-8")
        arguments += [option, str(path)]
    return arguments


def first_party() -> list[str]:
    """The project's packages, and the modules and packages scripts import from their folder."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = set(config["tool"]["deptry"]["known_first_party"])
    for folder in ("bench", "tools"):
        names |= {path.stem for path in (ROOT / folder).rglob("*.py")}
        names |= {path.name for path in (ROOT / folder).iterdir() if path.is_dir()}
    return [argument for name in sorted(names) for argument in ("-kf", name)]


def deptry(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(DEPTRY), ".", "--no-ansi", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_site_code_uses_what_it_declares_and_no_development_package(requirements):
    result = deptry(*requirements, *first_party(), "-ee", NOT_SITE_CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_tests_benchmarks_and_tools_import_only_declared_packages(requirements):
    # Tests may use development packages; everything declared is used by the site's code.
    result = deptry(*requirements, *first_party(), "-i", "DEP002,DEP004")
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_import_of_a_package_that_is_not_declared_fails(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.deptry]\n", encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("wagtail\n", encoding="utf-8")
    # Pillow comes with Wagtail but is not declared here: a transitive dependency (DEP003).
    (tmp_path / "pictures.py").write_text("import wagtail\nimport PIL\n", encoding="utf-8")
    result = deptry("-rf", "requirements.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "DEP003 'PIL' imported but it is a transitive dependency" in result.stderr
