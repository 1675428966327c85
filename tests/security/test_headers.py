"""Response headers: a strict CSP (nonces, no 'unsafe-inline') on every public page, a looser one
only under /admin/, frame-ancestors, nosniff, Referrer-Policy; under the production settings
HTTPS only, HSTS, and Secure/HttpOnly/SameSite session and CSRF cookies."""

import json
import re

import pytest

from tests.security.conftest import log_in, signed_links
from tests.test_settings import PRODUCTION_ENV, _manage

pytestmark = pytest.mark.django_db

LAX_SOURCES = {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "blob:"}


def policy(response) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy", "")
    assert header, response.request["PATH_INFO"]
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in (part.strip() for part in header.split(";"))
        if directive
    }


def public_pages(world) -> list[str]:
    links = signed_links(world)
    return [
        "/",
        "/en/",
        "/hilfe-anfragen/",
        "/hilfe-anfragen/gesendet/",
        "/expertin-werden/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/suche/?q=Hofladen",
        "/gibt-es-nicht/",
        links["vermittlung/antwort/<str:token>/"],
        links["vermittlung/rueckmeldung/<str:token>/"],
        links["hilfe-anfragen/bestaetigen/<str:token>/"],
        f"/sprechtage/{world['confirmed_day'].pk}/",
        links["sprechtage/einladung/<str:token>/"],
        links["sprechtage/buchung/bestaetigen/<str:token>/"],
        links["sprechtage/buchung/absagen/<str:token>/"],
        links["sprechtage/rueckmeldung/<str:token>/"],
    ]


# JSON and JSON-LD are data blocks: a browser never runs them, so they need no nonce.
DATA_BLOCKS = ("application/json", "application/ld+json")


def assert_strict(response) -> None:
    url = response.request["PATH_INFO"]
    csp = policy(response)
    for directive in ("script-src", "style-src", "default-src", "object-src", "base-uri"):
        assert directive in csp, (url, directive)
    for directive in ("script-src", "style-src", "default-src"):
        assert not LAX_SOURCES & set(csp[directive]), (url, directive, csp[directive])
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'self'"], url
    assert csp["frame-ancestors"] in (["'self'"], ["'none'"]), url
    assert csp["form-action"] == ["'self'"], url
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] in ("same-origin", "strict-origin", "no-referrer"), url
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN"), url
    features = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in features, (url, features)
    nonces = re.findall(r"'nonce-([^']+)'", " ".join(csp["script-src"]))
    # An inline script the policy does not allow would simply not run: each carries the nonce.
    for attributes in re.findall(r"<script\b([^>]*)>", response.content.decode()):
        data_block = any(f'type="{kind}"' in attributes for kind in DATA_BLOCKS)
        if "src=" not in attributes and not data_block:
            assert any(f'nonce="{n}"' in attributes for n in nonces), (url, attributes)


@pytest.mark.parametrize("role", ["anonymous", "founder_a", "coordinator"])
def test_every_public_page_has_the_strict_policy(client, world, role):
    log_in(client, world, role)
    for url in public_pages(world):
        assert_strict(client.get(url))
    log_in(client, world, "founder_a")
    for url in ("/hilfe-anfragen/meine-anfragen/", "/vermittlung/", "/meine-daten/"):
        assert_strict(client.get(url))


def test_an_inline_script_on_a_public_page_runs_only_with_a_fresh_nonce(client, settings):
    settings.ROOT_URLCONF = "tests.security.urls_with_an_inline_script"
    seen = set()
    for _ in range(2):
        response = client.get("/nonce-probe/")
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
        assert f"'nonce-{nonce}'" in policy(response)["script-src"]
        assert "'unsafe-inline'" not in policy(response)["script-src"]
        seen.add(nonce)
    assert len(seen) == 2


def test_only_the_admin_gets_the_looser_policy(client, world, settings):
    log_in(client, world, "coordinator")
    admin = policy(client.get("/admin/"))
    assert "'unsafe-inline'" in admin["script-src"] and admin["frame-ancestors"] == ["'self'"]
    settings.ROOT_URLCONF = "tests.security.urls_with_an_inline_script"
    probe = policy(client.get("/admin/nonce-probe/"))
    assert not any(source.startswith("'nonce-") for source in probe["script-src"])
    for lookalike in ("/administration/", "/en/admin/", "/hilfe-anfragen/?next=/admin/"):
        assert "'unsafe-inline'" not in policy(client.get(lookalike))["script-src"], lookalike


PROBE = """
import json
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.contrib.sessions.models import Session
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory

with connection.schema_editor() as editor:
    editor.create_model(Session)

def view(request):
    request.session["probe"] = 1
    get_token(request)
    return HttpResponse("ok")

handler = SecurityMiddleware(SessionMiddleware(CsrfViewMiddleware(view)))
host = {"HTTP_HOST": "mentoring.example.org"}
plain = handler(RequestFactory().get("/accounts/login/", **host))
secure = handler(RequestFactory().get("/", secure=True, **host))
proxied = handler(RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https", **host))
cookie = lambda name: {k: secure.cookies[name][k] for k in ("secure", "httponly", "samesite")}
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location", "")],
    "proxied": proxied.status_code,
    "hsts": secure.get("Strict-Transport-Security", ""),
    "session": cookie(settings.SESSION_COOKIE_NAME),
    "csrf": cookie(settings.CSRF_COOKIE_NAME),
}))
"""


def test_production_is_https_only_with_hsts_and_secure_cookies():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "sqlite://:memory:"}
    result = _manage("shell", "-c", PROBE, env=env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain"] == [301, "https://mentoring.example.org/accounts/login/"]
    assert seen["proxied"] == 200  # behind the proxy, X-Forwarded-Proto: https counts
    hsts = seen["hsts"]
    assert int(re.search(r"max-age=(\d+)", hsts)[1]) >= 365 * 24 * 60 * 60
    assert "includeSubDomains" in hsts
    assert seen["session"] == {"secure": True, "httponly": True, "samesite": "Lax"}
    assert seen["csrf"]["secure"] is True and seen["csrf"]["samesite"] in ("Lax", "Strict")
