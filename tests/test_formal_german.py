"""Formal German ("Sie") on allauth's account pages and in its mails.

allauth's own German catalogue says "du". site/locale_formal overrides every such string of the
account part of allauth; this test fails as soon as an allauth release brings a new one.
"""

import re
from pathlib import Path

import allauth
import polib
import pytest
from django.core import mail
from django.utils.html import strip_tags

SITE_DIR = Path(__file__).resolve().parent.parent / "site"
OVERRIDE = SITE_DIR / "locale_formal" / "de" / "LC_MESSAGES"
ALLAUTH_CATALOGUE = Path(allauth.__file__).parent / "locale" / "de" / "LC_MESSAGES" / "django.po"

# Where allauth's account pages and mails take their strings from (paths as in its catalogue).
ACCOUNT_SOURCES = ("account/", "core/", "templates/account/", "templates/allauth/")

# Informal address: pronouns, second-person verb forms and the imperatives allauth uses.
INFORMAL = re.compile(
    r"\b("
    r"du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|euren|eurem|eurer"
    r"|hast|bist|kannst|musst|willst|sollst|solltest|wurdest|möchtest|sendest|erhältst|siehst"
    r"|weißt|darfst|wirst|brauchst|hattest|warst"
    r"|gib|klick|klicke|erstelle|melde|bestätige|überprüfe|prüfe|lass|lasse|wähle|kontaktiere"
    r"|folge|rufe|verwende|habe geduld|versuche es"
    r")\b",
    re.IGNORECASE,
)


def _texts(entry: polib.POEntry) -> list[str]:
    """The translation, or every plural form of it."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def _is_informal(entry: polib.POEntry) -> bool:
    return any(INFORMAL.search(text) for text in _texts(entry))


def _is_account_string(entry: polib.POEntry) -> bool:
    return any(path.startswith(ACCOUNT_SOURCES) for path, _line in entry.occurrences)


def _override() -> dict[tuple[str | None, str], polib.POEntry]:
    catalogue = polib.pofile(str(OVERRIDE / "django.po"))
    return {(entry.msgctxt, entry.msgid): entry for entry in catalogue}


def test_every_informal_allauth_account_string_has_a_formal_override():
    allauth_catalogue = polib.pofile(str(ALLAUTH_CATALOGUE))
    informal = [
        entry
        for entry in allauth_catalogue.translated_entries()
        if _is_account_string(entry) and _is_informal(entry)
    ]
    assert informal, "the informal-address pattern no longer finds anything in allauth"
    override = _override()
    missing = [entry.msgid for entry in informal if (entry.msgctxt, entry.msgid) not in override]
    assert not missing, f"add a formal translation to {OVERRIDE / 'django.po'}: {missing}"
    still_informal = [
        text
        for entry in informal
        for text in _texts(override[(entry.msgctxt, entry.msgid)])
        if INFORMAL.search(text)
    ]
    assert not still_informal, f"still informal: {still_informal}"


def test_override_catalogue_is_complete_formal_and_matches_allauth():
    catalogue = polib.pofile(str(OVERRIDE / "django.po"))
    assert catalogue.metadata["Language"] == "de"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert not catalogue.fuzzy_entries()
    assert not catalogue.untranslated_entries()
    assert not [text for entry in catalogue for text in _texts(entry) if INFORMAL.search(text)]
    # An override whose msgid is not exactly allauth's would silently never be used.
    allauth_entries = {
        (entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(ALLAUTH_CATALOGUE))
    }
    unknown = [
        entry.msgid for entry in catalogue if (entry.msgctxt, entry.msgid) not in allauth_entries
    ]
    assert not unknown, f"not (or no longer) in allauth's catalogue: {unknown}"
    plural_mismatch = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural != allauth_entries[(entry.msgctxt, entry.msgid)].msgid_plural
    ]
    assert not plural_mismatch


def test_compiled_override_matches_the_source():
    source = {
        (entry.msgctxt, entry.msgid): tuple(_texts(entry))
        for entry in polib.pofile(str(OVERRIDE / "django.po")).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): tuple(_texts(entry))
        for entry in polib.mofile(str(OVERRIDE / "django.mo"))
        if entry.msgid
    }
    assert compiled == source, "recompile: msgfmt -o django.mo django.po (in site/locale_formal)"


@pytest.fixture
def formal_german(settings):
    # The settings fixture sends setting_changed; Django's handler for LOCALE_PATHS
    # (django/test/signals.py) drops the loaded translations, before and after the test.
    settings.LOCALE_PATHS = [SITE_DIR / "locale", SITE_DIR / "locale_formal"]
    settings.LANGUAGE_CODE = "de"


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL | re.IGNORECASE)
    return re.sub(r"\s+", " ", strip_tags(html))


@pytest.mark.django_db
@pytest.mark.usefixtures("formal_german")
@pytest.mark.parametrize(
    ("url", "formal"),
    [
        ("/accounts/login/", "Sie haben noch kein Konto?"),
        ("/accounts/signup/", "Sie haben bereits ein Konto?"),
        ("/accounts/password/reset/", "Geben Sie unten Ihre E-Mail-Adresse ein."),
        ("/accounts/login/code/", "Sie erhalten einen speziellen Code"),
    ],
)
def test_account_pages_address_the_user_formally(client, url, formal):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    text = _visible_text(response.content.decode())
    assert formal in text
    informal = sorted({match.group(0) for match in INFORMAL.finditer(text)})
    assert not informal, f"{url} says {informal}"
    for phrase in ("Du hast", " dein", " gib "):
        assert phrase not in text


@pytest.mark.django_db
@pytest.mark.usefixtures("formal_german")
def test_password_reset_mails_address_the_user_formally(client, founder_user):
    client.post("/accounts/password/reset/", {"email": founder_user.email})
    client.post("/accounts/password/reset/", {"email": "fremd@example.org"})
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        informal = sorted({m.group(0) for m in INFORMAL.finditer(message.subject + message.body)})
        assert not informal, f"mail {message.subject!r} says {informal}"
    assert "Klicken Sie auf den folgenden Link" in mail.outbox[0].body
