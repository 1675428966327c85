"""Every package the code imports is declared in the Pipfile, not only pulled in by another one
(what deptry calls a transitive dependency): an upgrade of Wagtail that drops Pillow, or of
pytest-django that drops a helper, must not take part of this project with it."""

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", "node_modules", "var", ".git"}
# Runs in a throw-away virtualenv with the package it extracts from, not in the site's.
OUTSIDE = {Path("tools/postcodes_extract.py")}


def _python_files():
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if not SKIPPED & set(relative.parts) and relative not in OUTSIDE:
            yield path


def _own_modules() -> set[str]:
    own = {path.stem for path in _python_files()}  # scripts importing their neighbours
    for folder in (ROOT, ROOT / "site"):
        own |= {path.name for path in folder.iterdir() if path.is_dir()}
    return own


def imported_top_levels() -> dict[str, Path]:
    found = {}
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def declared() -> set[str]:
    pipfile = tomllib.loads((ROOT / "Pipfile").read_text(encoding="utf-8"))
    names = {*pipfile.get("packages", {}), *pipfile.get("dev-packages", {})}
    return {canonicalize_name(name) for name in names}


def test_every_imported_package_is_declared():
    distributions = packages_distributions()
    own, ours = _own_modules(), declared()
    undeclared = []
    for module, path in sorted(imported_top_levels().items()):
        if module in sys.stdlib_module_names or module in own or module == "__future__":
            continue
        providers = {canonicalize_name(name) for name in distributions.get(module, [])}
        if not providers & ours:
            undeclared.append(f"{module} ({', '.join(sorted(providers)) or '?'}) in {path}")
    assert not undeclared, "declare these in the Pipfile:\n" + "\n".join(undeclared)
