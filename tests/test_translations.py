"""German first, English second: both catalogues complete, compiled, and covering every string."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from conftest import missing_tool

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "site" / "locale"
LANGUAGES = ("de", "en")
SOURCES = (
    "accounts",
    "antispam",
    "common",
    "consultations",
    "founders",
    "imports",
    "manage.py",
    "matching",
    "mentors",
    "outbox",
    "privacy",
    "reporting",
    "site",
    "support",
    "vocabulary",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_missing_or_fuzzy_translation(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"untranslated in {language}: {missing}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("catalogue", ["locale/de", "locale/en", "locale_formal/de"])
def test_placeholders_agree_between_source_and_translation(catalogue):
    # A translation that drops or renames %(name)s fails at run time; msgfmt -c finds it now.
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        missing_tool("needs GNU gettext: apt-get install gettext")
    po = ROOT / "site" / catalogue / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        [msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    source = {
        (e.msgctxt, e.msgid): (e.msgstr or e.msgstr_plural.get(0))
        for e in polib.pofile(str(folder / "django.po")).translated_entries()
    }
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr or e.msgstr_plural.get(0))
        for e in polib.mofile(str(folder / "django.mo"))
        if e.msgid
    }
    assert compiled == source, "run: python manage.py compilemessages"


def test_every_string_in_code_and_templates_is_in_the_catalogue(tmp_path):
    if shutil.which("xgettext") is None:
        missing_tool("needs GNU gettext: apt-get install gettext")
    # makemessages on a copy, so the real catalogue is only compared, never rewritten.
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
    )
    extracted = polib.pofile(str(tmp_path / "site/locale/de/LC_MESSAGES/django.po"))
    known = {(e.msgctxt, e.msgid) for e in polib.pofile(str(LOCALE / "de/LC_MESSAGES/django.po"))}
    new = sorted(e.msgid for e in extracted if (e.msgctxt, e.msgid) not in known)
    assert not new, f"not in the catalogue, run makemessages: {new}"
