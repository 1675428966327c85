"""A fast start (issue 17): Django, its URLs and the Wagtail admin load no numeric library.

numpy, scipy, scikit-learn, OR-Tools and pandas (and openpyxl) take seconds to import; they load
where the numeric work runs (a matching, a suggestion, a radius search, the report's map, a
spreadsheet), never when `manage.py` or a gunicorn worker starts. The check runs in a fresh
interpreter, since this one has long imported them all; run as a script, this file is that
interpreter's program.
"""

import importlib
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "scipy", "sklearn", "ortools", "pandas", "openpyxl")
# Every app's modules that Django, its URLs, the admin or a request may import at start.
APP_MODULES = (
    "models",
    "admin",
    "wagtail_hooks",
    "urls",
    "views",
    "forms",
    "selectors",
    "services",
    "signals",
    "tasks",
)
# Modules that imported a numeric library at their top once: imported by name too, so they stay
# covered whoever stops importing them.
FORMERLY_HEAVY = (
    "vocabulary.geo",
    "vocabulary.forms",
    "matching.models.settings",
    "matching.selectors",
    "matching.services",
    "matching.wording",
    "reporting.page",
    "imports.views",
)


class _ImportWatch:
    """A meta-path finder that finds nothing: it notes the stack of each heavy module's first
    import, whoever asks (an import statement, importlib, Django's import_string)."""

    def __init__(self) -> None:
        self.first: dict[str, list[str]] = {}

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in HEAVY and top not in self.first:
            self.first[top] = [
                f"{_short(frame.filename)}:{frame.lineno}"
                for frame in traceback.extract_stack()[:-1]
                if not frame.filename.startswith("<frozen") and frame.filename != __file__
            ]
        return None


def _short(filename: str) -> str:
    path = Path(filename)
    if "site-packages" in path.parts:  # a library: from its package on
        return str(Path(*path.parts[path.parts.index("site-packages") + 1 :]))
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else filename


def _probe() -> None:
    """Start like manage.py and a gunicorn worker, then print what of HEAVY got imported."""
    watch = _ImportWatch()
    sys.meta_path.insert(0, watch)
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]

    importlib.import_module("config.wsgi")  # django.setup() and middleware, as a worker starts
    from django.apps import apps
    from django.template import engines
    from django.urls import get_resolver
    from wagtail.admin.menu import admin_menu, help_menu, reports_menu, settings_menu

    get_resolver().url_patterns  # noqa: B018 (the URLconf: every include, the admin's hooks)
    for menu in (admin_menu, settings_menu, reports_menu, help_menu):
        menu.registered_menu_items  # noqa: B018 (the menu hooks of every app)
    engines.all()  # Django's template backend imports every template tag library
    for app in apps.get_app_configs():
        where = Path(app.path)
        if not where.is_relative_to(ROOT) or where.is_relative_to(ROOT / ".venv"):
            continue  # Wagtail's and Django's own apps load what their URLs and hooks need
        for name in APP_MODULES:
            try:
                importlib.import_module(f"{app.name}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{app.name}.{name}":
                    raise
    for name in FORMERLY_HEAVY:
        importlib.import_module(name)
    loaded = sorted(name for name in HEAVY if name in sys.modules)
    print(json.dumps({"loaded": loaded, "first": {name: watch.first.get(name) for name in loaded}}))


def _probe_spawn() -> None:
    """Start Django, then spawn-signal as a django-q2 worker does before its first task."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    importlib.import_module("config.wsgi")
    from django_q.signals import post_spawn

    before = sorted(name for name in HEAVY if name in sys.modules)
    post_spawn.send(sender="django_q", proc_name="Worker-1")
    after = sorted(name for name in HEAVY if name in sys.modules)
    print(json.dumps({"before": before, "after": after}))


def _run_probe(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, *args],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": ""},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_background_worker_imports_the_engine_when_it_is_spawned_not_at_its_first_run():
    found = _run_probe("spawn")
    assert found["before"] == []
    assert {"numpy", "scipy", "sklearn", "ortools"} <= set(found["after"])


def test_django_its_urls_and_the_admin_start_without_the_numeric_libraries():
    found = _run_probe()
    report = "\n\n".join(
        f"{name} was first imported through:\n  " + "\n  ".join(found["first"][name] or ["?"])
        for name in found["loaded"]
    )
    assert not found["loaded"], f"imported at start: {found['loaded']}\n\n{report}"


if __name__ == "__main__":
    _probe_spawn() if sys.argv[1:] == ["spawn"] else _probe()
