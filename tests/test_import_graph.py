"""Dependencies point one way (DESIGN.md): no package imports one on its own or a higher floor.

Every import counts: at module level and inside functions, `import x` and `from x import y`,
relative ones resolved. Tests, migrations and the benchmarks may import anything.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The floors, lowest first. A package imports only packages on floors below its own; packages
# on one floor do not import each other. A new app gets a floor here before it is imported.
FLOORS: dict[str, int] = {
    # the ground floor: imports nothing of the project
    "common": 0,  # shared helpers: schedules, admin pieces, the calendar writer
    "privacy": 0,  # each app declares its personal data; privacy reaches none of them
    # shared services
    "vocabulary": 1,  # topics, places
    "antispam": 1,
    "outbox": 1,  # mails (declares its personal data to privacy)
    "accounts": 2,  # users and roles (signs up through antispam, mails through outbox)
    "retrieval": 2,  # the site search index and ranking (pages, guides and events search by it)
    # the people
    "founders": 3,
    "mentors": 3,
    "matching": 4,  # suggestions, runs, the match lifecycle
    # over the people and their matches
    "imports": 5,
    "consultations": 5,  # Sprechtage and the Innovationsorte they are held at
    "support": 5,  # Begleitungen and their Gründungsfahrpläne
    # reads over all of them: the figures for funders
    "reporting": 6,
    # the site's page apps (site/); guides and events build on pages' cache and routing
    "pages": 7,
    "guides": 8,
    "events": 8,
    "demo": 9,  # demo content of every kind
    "config": 10,  # settings and URLs: the shell around every app
}

EXEMPT_FOLDERS = {"tests", "migrations"}


def packages() -> dict[str, Path]:
    """The project's packages: apps at the repository root and the packages under site/."""
    found = {}
    for folder in (ROOT, ROOT / "site"):
        for path in sorted(folder.iterdir()):
            if (path / "__init__.py").is_file() and path.name not in EXEMPT_FOLDERS:
                found[path.name] = path
    return found


def imported_modules(tree: ast.Module, *, module: list[str], is_package: bool):
    """(line, module name) of every import in the tree, relative ones made absolute."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.lineno, node.module
                continue
            base = module if is_package else module[:-1]
            base = base[: len(base) - (node.level - 1)]
            if node.module:
                yield node.lineno, ".".join([*base, node.module])
            else:  # from . import x, y: each name may be a module of its own
                for alias in node.names:
                    yield node.lineno, ".".join([*base, alias.name])


def imports_between_packages() -> list[tuple[str, str, str, int, str]]:
    """(importer, imported, file, line, module) for each import of another project package."""
    project = packages()
    found = []
    for name, folder in project.items():
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(folder)
            if EXEMPT_FOLDERS & set(relative.parts[:-1]):
                continue
            module = [name, *relative.with_suffix("").parts]
            is_package = module[-1] == "__init__"
            if is_package:
                module = module[:-1]
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, imported in imported_modules(tree, module=module, is_package=is_package):
                top = imported.split(".")[0]
                if top in project and top != name:
                    found.append((name, top, str(path.relative_to(ROOT)), line, imported))
    return found


def test_every_package_has_a_floor():
    unranked = sorted(set(packages()) - set(FLOORS))
    assert not unranked, f"give these packages a floor in FLOORS: {unranked}"


def test_no_package_imports_its_own_or_a_higher_floor():
    upward = [
        f"{path}:{line}: {importer} (floor {FLOORS[importer]}) imports {module} "
        f"({imported}, floor {FLOORS[imported]})"
        for importer, imported, path, line, module in imports_between_packages()
        if FLOORS[imported] >= FLOORS[importer]
    ]
    assert not upward, "imports that point sideways or upward:\n" + "\n".join(upward)


def test_relative_and_function_local_imports_are_seen():
    # The check reads what the parser sees; a late import inside a function counts the same.
    tree = ast.parse("def f():\n    from .models import X\n    from .. import guides\n")
    found = list(imported_modules(tree, module=["founders", "views"], is_package=False))
    assert found == [(2, "founders.models"), (3, "guides")]
