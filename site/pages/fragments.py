"""The fragment cache: parts of a page that every visitor sees alike, rendered once per content
version and reused, also when the page cache is off or cannot apply (forms, signed-in users).

    {% load fragments %}
    {% fragment "guide-body" page.cache_key land %} … {% endfragment %}

A fragment is kept per name, host, language and the values it varies on, together with the
content version (pages.cache.page_cache_version) that was current before it was rendered. Every
publish, unpublish, move or delete of a page, and every change to site settings, topics, sites or
view restrictions starts a new version (pages.cache.connect_signals), so no fragment outlives the
content it shows. What else a fragment shows (mentor counts, today's date) must be among the values
it varies on.

Never stored: fragments rendered in a Wagtail preview (drafts), and fragments that used the CSRF
token or the CSP nonce (those belong to one visitor) — they are rendered for each request.
Keys include a digest of the code (code_version), so a deploy never meets fragments rendered by
older templates.
"""

import functools
import hashlib
import os
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

from pages.cache import VERSION_KEY, cache, page_cache_version

KEY_PREFIX = "pages:fragment:"


def fragment_cache_seconds() -> int:
    return settings.FRAGMENT_CACHE_SECONDS


# Nothing here renders a page (virtualenvs, collected static files and uploads can be many).
SKIPPED_DIRS = {
    *("node_modules", "venv", "site-packages", "__pycache__", "var", "static_collected", "media"),
    *("bench", "dev", "tests", "migrations"),
}


@functools.cache
def code_version() -> str:
    """A digest of the site's templates, code and translations, and Django's and Wagtail's
    versions: a deploy that changes how anything renders starts afresh, without a cache flush."""
    digest = hashlib.sha256(f"{django.__version__}|{wagtail.__version__}".encode())
    root = Path(settings.BASE_DIR)
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(
            d for d in subdirectories if d not in SKIPPED_DIRS and not d.startswith(".")
        )
        for name in sorted(files):
            if name.endswith((".py", ".html", ".mo")):
                path = Path(directory, name)
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fragment_key(request: HttpRequest, *, name: str, vary_on: list) -> str:
    parts = [
        name,
        code_version(),
        request.get_host(),
        translation.get_language() or "",
        *map(str, vary_on),
    ]
    return KEY_PREFIX + hashlib.sha256("|".join(parts).encode()).hexdigest()


def fragment_version(request: HttpRequest) -> str:
    """The content version for this request (read once; a publish meanwhile wins next time)."""
    version = getattr(request, "_pages_content_version", None)
    if version is None:
        version = request._pages_content_version = page_cache_version()
    return version


def fragment_get(request: HttpRequest, key: str) -> str | None:
    """The stored fragment if it belongs to the current content version."""
    version = getattr(request, "_pages_content_version", None)
    if version is None:
        found = cache.get_many([VERSION_KEY, key])  # the first fragment: one round trip for both
        entry = found.get(key)
        if found.get(VERSION_KEY) is None:
            fragment_version(request)  # starts a version; whatever was stored predates it
            return None
        version = request._pages_content_version = found[VERSION_KEY]
    else:
        entry = cache.get(key)
    if entry is None or entry[0] != version:
        return None
    return entry[1]


def fragment_set(request: HttpRequest, key: str, html: str) -> None:
    cache.set(key, (fragment_version(request), html), timeout=fragment_cache_seconds())


class PersonalValue:
    """Stands in for the CSRF token and the CSP nonce while a fragment renders: a fragment that
    asks for either is personal and is not stored."""

    def __init__(self) -> None:
        self.used = False

    def _use(self):
        self.used = True
        return ""

    def __bool__(self) -> bool:
        self.used = True
        return True

    def __str__(self) -> str:
        return self._use()

    def __html__(self) -> str:
        return self._use()

    def __eq__(self, other) -> bool:
        self.used = True
        return False

    __hash__ = object.__hash__
