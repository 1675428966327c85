"""One owner for each state: no bulk `.update()` (or `bulk_update`) of help requests, mentors or
matches anywhere but in migrations. A bulk update skips the lifecycle's locks, re-checks,
audit records and notices — how a withdrawn founder's contact data once reached a mentor.

Read statically: a call is flagged when its receiver starts at `HelpRequest`, `Mentor` or
`Match` (`Match.objects.filter(…).update(…)`), at a related manager of them (`….matches.…`),
or at a name assigned from such an expression in the same function."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWNED = frozenset({"HelpRequest", "Mentor", "Match"})
RELATED = frozenset({"matches", "help_requests", "mentors"})
BULK = frozenset({"update", "bulk_update"})
SKIPPED = ("migrations", "tests", ".venv", "node_modules")


def _root_names(node: ast.AST) -> set[str]:
    """The names and attributes a call chain passes through (`a.b(c).d` → a, b, d)."""
    names: set[str] = set()
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            node = node.value
        else:
            if isinstance(node, ast.Name):
                names.add(node.id)
            return names


def bulk_updates(source: str) -> list[int]:
    """Line numbers of bulk updates of owned models in `source`."""
    tree = ast.parse(source)
    flagged = []
    for scope in ast.walk(tree):
        if not isinstance(scope, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        bound: set[str] = set()
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and _root_names(node.value) & (OWNED | RELATED):
                bound |= {t.id for t in node.targets if isinstance(t, ast.Name)}
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in BULK
                and _root_names(node.func.value) & (OWNED | RELATED | bound)
            ):
                flagged.append(node.lineno)
    return sorted(set(flagged))


def _project_files():
    for path in ROOT.rglob("*.py"):
        if not any(part in SKIPPED for part in path.relative_to(ROOT).parts):
            yield path


def test_no_bulk_update_of_requests_mentors_or_matches_outside_migrations():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _project_files()
        for line in bulk_updates(path.read_text(encoding="utf-8"))
    ]
    assert not found, "change these through the lifecycle's services: " + ", ".join(found)


def test_the_guard_finds_the_bulk_updates_that_once_leaked():
    # The consent withdrawal of the last review, and a queryset kept in a name first.
    old_privacy = (
        "def consent_withdraw(*, user):\n"
        "    HelpRequest.objects.filter(owned).exclude(status__in=done).update(\n"
        "        status=HelpRequest.Status.WITHDRAWN)\n"
    )
    kept = "def f():\n    offers = Match.objects.filter(status='offered')\n    offers.update(x=1)\n"
    related = "def g(mentor):\n    mentor.matches.filter(status='offered').update(status='x')\n"
    assert bulk_updates(old_privacy) == [2]
    assert bulk_updates(kept) == [3]
    assert bulk_updates(related) == [2]
    assert bulk_updates("def h():\n    Mail.objects.filter(x=1).update(status='sent')\n") == []
