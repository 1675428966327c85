"""The route cache: which page an address leads to, kept per content version.

Wagtail finds a page by asking the database for the site, then for every level of the tree on
the way down (and again for each page's specific type). The answer changes only when pages are
published, unpublished, moved or deleted, or sites or view restrictions change — exactly when
pages.cache starts a new content version. So the first request for an address routes as Wagtail
does and keeps (site, page type, page id); the next ones load that one page, in one query, and
serve it through Wagtail's own serve view (hooks and view-restriction checks included).

Kept only for plain pages (no sub-routes of routable pages) of a CachedPageMixin type without
any view restriction, for GET and HEAD requests. The page itself, and all it shows outside cached
fragments, is always read from the database.
"""

import functools
import hashlib

from django.apps import apps
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation

from pages.cache import VERSION_KEY, CachedPageMixin, cache, page_cache_version
from pages.fragments import code_version

KEY_PREFIX = "pages:route:"
ROUTE_SECONDS = 60 * 60  # a new content version makes entries stale sooner; this frees memory


def _key(request: HttpRequest, path: str) -> str:
    raw = f"{code_version()}|{request.get_host()}|{translation.get_language()}|{path}"
    return KEY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


@functools.cache
def _page_sql(model) -> str:
    # Django compiles the same SQL for every request (a page type's dozens of columns over two
    # tables cost more to compile than the query takes to run); compiled once per type.
    sql, _params = model.objects.filter(pk=0).query.sql_with_params()
    return sql


def _page_from(entry: dict, request: HttpRequest):
    """The page a kept route leads to, routed (live check, CachedPageMixin bookkeeping)."""
    from wagtail.models import PageViewRestriction

    model = apps.get_model(entry["model"])
    page = next(iter(model.objects.raw(_page_sql(model), [entry["pk"]])), None)
    if page is None:
        return None
    try:
        result = page.route(request, [])
    except Http404:
        return None
    page._routed_view_restrictions = PageViewRestriction.objects.none()
    return result


def _keep(request: HttpRequest, path: str, *, key: str, version: str) -> None:
    from wagtail.models import Page, Site

    # Both read what serving this request already found: Wagtail keeps it on the request.
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page, args, kwargs = result
    restrictions = getattr(page, "_routed_view_restrictions", None)
    if (
        args
        or kwargs
        or not isinstance(page, CachedPageMixin)
        or restrictions is None  # not looked up while serving: unknown, so not kept
        or len(restrictions)
    ):
        return
    entry = {
        "version": version,
        "site": Site.find_for_request(request),
        "model": page._meta.label,
        "pk": page.pk,
    }
    cache.set(key, entry, timeout=ROUTE_SECONDS)


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, routed from the route cache when the address is known."""
    from wagtail import views as wagtail_views  # loads models: not at import time

    if request.method not in ("GET", "HEAD"):
        return wagtail_views.serve(request, path)
    key = _key(request, path)
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if version is None:
        version = page_cache_version()
    # Fragments rendered for this request belong to the version read before rendering.
    request._pages_content_version = version
    if entry is not None and entry["version"] == version:
        result = _page_from(entry, request)
        if result is not None:
            # Wagtail has no public way to hand its serve view a route or a site: it looks for
            # them where it keeps its own (pinned: tests/test_private_api_pins.py).
            request._wagtail_site = entry["site"]
            request._wagtail_route_for_request = result
            return wagtail_views.serve(request, path)
    response = wagtail_views.serve(request, path)
    _keep(request, path, key=key, version=version)
    return response
