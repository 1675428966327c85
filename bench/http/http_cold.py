"""Every request as the first one after a publish: the cold rows of bench/http/run.py.

A request with the header `X-Bench-Publish: 1` first starts a new content version, as every
publish does (pages.cache.page_cache_clear, the receiver of Wagtail's page_published signal, sets
a new uuid under pages.cache.VERSION_KEY), and this request reads the version it started. The
page cache, the fragment cache and the route cache (pages/cache.py, pages/fragments.py,
pages/routing.py) keep their entries per content version, so none has an entry for it: the
request routes, renders every fragment and the page, and stores them, as the first visitor after
a publish does. Pinning the version to the request matters under load: with several workers each
starting a version, a request reading another's version could find fragments it stored meanwhile.

The response says how many entries of the pinned version the request found in the "pages" cache
(`X-Bench-Cache-Hits`, 0 when it missed all three caches), so the bench can check every request.
Requests without the header are served as in production. Bench settings only (http_settings.py).
"""

from __future__ import annotations

import contextvars
import uuid

from config.cache import RedisCache

HEADER = "X-Bench-Publish"
HITS_HEADER = "X-Bench-Cache-Hits"
# pages.cache.VERSION_KEY (checked when the middleware starts: the backend may load before apps).
VERSION_KEY = "pages:cache-version"

_pinned: contextvars.ContextVar[str | None] = contextvars.ContextVar("bench_version", default=None)
_hits: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("bench_hits", default=None)


def _entry_version(value) -> str | None:
    # Page and route entries are dicts with a "version"; fragments are (version, html).
    if isinstance(value, dict):
        return value.get("version")
    if isinstance(value, tuple) and value:
        return value[0]
    return None


class PinnedVersionRedisCache(RedisCache):
    """The site's Redis cache; while a request is pinned, its content version reads as the one
    that request started, and entries of that version it finds are counted."""

    def _count(self, key: str, value) -> None:
        hits = _hits.get()
        if hits is not None and key != VERSION_KEY and _entry_version(value) == _pinned.get():
            hits[0] += 1

    def get(self, key, default=None, version=None):
        pinned = _pinned.get()
        if pinned is not None and key == VERSION_KEY:
            return pinned
        value = super().get(key, default, version)
        if pinned is not None:
            self._count(key, value)
        return value

    def get_many(self, keys, version=None):
        keys = list(keys)
        found = super().get_many(keys, version)
        pinned = _pinned.get()
        if pinned is not None:
            for key, value in found.items():
                self._count(key, value)
            if VERSION_KEY in keys:
                found[VERSION_KEY] = pinned
        return found


class PublishBeforeRequestMiddleware:
    """First in MIDDLEWARE: with the header, a new content version for this request only."""

    def __init__(self, get_response) -> None:
        from django.core.cache import caches
        from django.core.exceptions import MiddlewareNotUsed

        from pages.cache import PAGES_CACHE
        from pages.cache import VERSION_KEY as site_key

        assert site_key == VERSION_KEY, (site_key, VERSION_KEY)
        self.cache = caches[PAGES_CACHE]
        if not isinstance(self.cache, PinnedVersionRedisCache):  # no Redis: run.py says so
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        if request.headers.get(HEADER) != "1":
            return self.get_response(request)
        version = uuid.uuid4().hex
        self.cache.set(VERSION_KEY, version, timeout=None)  # what a publish does
        pinned, hits = _pinned.set(version), _hits.set([0])
        try:
            response = self.get_response(request)  # rendered: Django renders inside
            response[HITS_HEADER] = str(_hits.get()[0])
        finally:
            _pinned.reset(pinned)
            _hits.reset(hits)
        return response
