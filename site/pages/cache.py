"""The page cache, and the view-restriction lookups serving a page needs (once per request).

Anonymous GET requests for public pages are answered from the "pages" cache. A page type opts in
with CachedPageMixin, first in its bases:

    class GuidePage(CachedPageMixin, Page): ...

Its rendered response is kept per host, language, path and the query parameters page types
read (`cache_query_parameters`, in one order) for PAGE_CACHE_SECONDS (default 600); a request
with any other parameter is neither answered from nor stored in the cache. `serve` in this
module answers from the cache before Wagtail routes the request, so a hit costs no database
query; without it (Wagtail's own serve view) the mixin answers after routing.

Never cached: signed-in users, pending messages, anything but 200, responses that set a cookie,
used the CSRF token or a CSP nonce, touched the session, or pages with view restrictions.
Every publish, unpublish, move or delete of a page, and every change to site settings, topics,
sites, view restrictions, documents or mentors, starts a new cache version, so the next request
renders afresh. The fragment cache (pages/fragments.py) follows the same version.

View restrictions: Wagtail's before_serve_page check and the cache both ask the page being served
for its restrictions. CachedPageMixin answers both from one query (Wagtail's own lookup takes
two, each time it is asked); `route_to_child` lets a parent find a child in one query together
with whether any restriction applies, so an unrestricted child is served with no lookup at all.
"""

import functools
import hashlib
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.utils.connection import ConnectionProxy
from wagtail import signals as wagtail_signals

# Pages, fragments and routes live in their own cache ("pages"), which may evict: what guards
# (rate limits, import jobs) lives in "default", which a flood of page requests cannot empty.
PAGES_CACHE = "pages"
cache = ConnectionProxy(caches, PAGES_CACHE)

VERSION_KEY = "pages:cache-version"
KEY_PREFIX = "pages:view:"
HIT_HEADER = "X-Page-Cache"


def page_cache_seconds() -> int:
    return settings.PAGE_CACHE_SECONDS


def _has_messages(request: HttpRequest) -> bool:
    # len() loads pending messages without marking them as shown (iterating would mark them).
    return len(messages.get_messages(request)) > 0


@functools.cache
def page_query_parameters() -> frozenset[str]:
    """The query parameters some cached page type reads (its `cache_query_parameters`)."""
    found, pending = set(), [CachedPageMixin]
    while pending:
        model = pending.pop()
        found |= set(getattr(model, "cache_query_parameters", ()))
        pending.extend(model.__subclasses__())
    return frozenset(found)


def page_cache_applies(request: HttpRequest) -> bool:
    """Whether this request may be answered from, and stored in, the page cache.

    A query parameter no cached page reads ("?utm_source=…", a visitor's random string) makes
    the request pass the cache both ways: it is answered fresh and not stored, so no flood of
    made-up addresses can fill the cache."""
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and page_cache_seconds() > 0
        and not (user is not None and user.is_authenticated)
        and not _has_messages(request)
        and set(request.GET) <= page_query_parameters()
    )


def _key(request: HttpRequest) -> str:
    # The parameters in one order: "?phase=idea&thema=recht" and its reverse are one page.
    query = urlencode(
        sorted((name, value) for name in request.GET for value in request.GET.getlist(name))
    )
    raw = f"{request.get_host()}|{translation.get_language()}|{request.path}?{query}"
    return KEY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def page_cache_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def page_cache_clear(**_signal_kwargs) -> None:
    """Start a new version: every cached page and fragment is stale from now on.

    Signals come inside the transaction that changes the content: a request rendering between
    the first new version and the commit still reads the old rows, so another version follows
    the commit and makes what it stored stale too.
    """
    _new_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_new_version)


def cached_response(request: HttpRequest) -> HttpResponse | None:
    """The stored response for this request, if there is a current one."""
    if not page_cache_applies(request):
        return None
    key = _key(request)
    found = cache.get_many([VERSION_KEY, key])  # one round trip, also on a database cache
    entry = found.get(key)
    if entry is None or entry["version"] != found.get(VERSION_KEY):
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response[HIT_HEADER] = "hit"
    return response


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "Set-Cookie" not in response
        # Set by Django's get_token(); no public way to ask (pinned: tests/test_private_api_pins.py)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # django-csp's documented test: true once the nonce was generated, and it generates none.
        and not getattr(request, "csp_nonce", None)
        and not (session is not None and session.modified)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def cache_response(request: HttpRequest, response: HttpResponse, *, version: str) -> None:
    """Keep a rendered response, tagged with the version that was current before rendering."""
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        response.render()  # only now do we know whether it used a token, a nonce or a cookie
    if not _storable(request, response):
        return
    headers = [(name, value) for name, value in response.items() if name != HIT_HEADER]
    entry = {
        "version": version,
        "status": response.status_code,
        "headers": headers,
        "content": response.content,
    }
    cache.set(_key(request), entry, timeout=page_cache_seconds())


def _ancestor_paths(page) -> list[str]:
    return [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]


def _restrictions_on(paths: list[str]) -> Q:
    # As Page.get_view_restrictions: an alias is governed by its source page's restrictions.
    from wagtail.models import Page

    pages = Page.objects.filter(path__in=paths)
    return Q(page_id__in=pages.filter(alias_of__isnull=True).values("pk")) | Q(
        page_id__in=pages.filter(alias_of__isnull=False).values("alias_of_id")
    )


def view_restrictions_for(page) -> QuerySet:
    """Page.get_view_restrictions() in one query instead of two: the page and its ancestors,
    an alias governed by its source page's restrictions."""
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.filter(_restrictions_on(_ancestor_paths(page)))


def route_to_child(parent, children: QuerySet, request: HttpRequest, path_components: list[str]):
    """Route on through the child of `parent` named by path_components[0], if `children` (pages
    of one CachedPageMixin type) holds it; None if not, so Wagtail's routing decides.

    One query finds the specific page and whether a view restriction applies to it (Wagtail's
    route needs two, and the restriction check two more). A child found unrestricted is served
    without any restriction lookup; a restricted one is looked up as any routed page.
    """
    from wagtail.models import PageViewRestriction

    # Erring towards "restricted" is safe (it only costs the exact lookup): the child's own row
    # counts even when it is an alias, which Wagtail would skip in favour of its source.
    own = Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id"))
    above = _restrictions_on(_ancestor_paths(parent))
    child = (
        children.child_of(parent)
        .filter(slug=path_components[0])
        .annotate(view_restricted=Exists(PageViewRestriction.objects.filter(above | own)))
        .first()
    )
    if child is None:
        return None
    # treebeard's parent cache, so get_parent() (breadcrumbs, back links) needs no query; there is
    # no public way to fill it (pinned: tests/test_private_api_pins.py).
    child._cached_parent_obj = parent
    if not child.view_restricted:
        child._routed_view_restrictions = PageViewRestriction.objects.none()
    return child.route(request, path_components[1:])


class CachedPageMixin:
    """Put first in the bases of a page type whose anonymous views may be shared.

    Wagtail's view-restriction check and the cache both ask for the page's restrictions; for
    the instance routing found, they are looked up once, in one query, per request (or not at
    all, when route_to_child already knows there are none). Instances not reached by routing
    (admin, previews, listings) ask Wagtail, as they may outlive a change of restrictions.
    """

    _routed = False
    _routed_view_restrictions = None
    # The GET parameters this page type reads; a request with any other is not cached.
    cache_query_parameters: tuple[str, ...] = ()

    def route(self, request: HttpRequest, path_components: list[str]):
        self._routed = True  # this instance lives for this request only
        return super().route(request, path_components)

    def get_view_restrictions(self):
        if not self._routed:
            return super().get_view_restrictions()
        if self._routed_view_restrictions is None:
            restrictions = view_restrictions_for(self)
            len(restrictions)  # evaluated: iterating and .exists() reuse the result
            self._routed_view_restrictions = restrictions
        return self._routed_view_restrictions

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not page_cache_applies(request):
            return super().serve(request, *args, **kwargs)
        hit = cached_response(request)
        if hit is not None:
            return hit
        version = page_cache_version()  # before rendering, so a publish meanwhile wins
        response = super().serve(request, *args, **kwargs)
        if not self.get_view_restrictions().exists():
            cache_response(request, response, version=version)
        return response


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view with the cache in front of routing (one cache round trip per hit),
    and routing itself through the route cache (pages/routing.py)."""
    from pages import routing  # imports this module

    return cached_response(request) or routing.serve(request, path)


# --- invalidation -----------------------------------------------------------------------------


def _page_changed(sender, instance=None, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        page_cache_clear()


def _live_page_saved(sender, instance=None, created=False, update_fields=None, **kwargs) -> None:
    # Live pages created or saved whole without a publish (add_child and edits in scripts, demo
    # content) change the site too. Draft revisions save only some fields: those change nothing.
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live and (created or update_fields is None):
        page_cache_clear()


def _content_saved(sender, instance=None, created=False, **kwargs) -> None:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.models import BaseViewRestriction, Site

    from mentors.models import Mentor
    from vocabulary.models import Topic

    if created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return  # made empty on first read (for_site/for_request); editors' changes are updates
    # A new view restriction matters most: a cached copy must never outlive a page going private.
    # Guides and the home page show documents' titles and links, and how many mentors stand ready.
    if isinstance(
        instance,
        BaseSiteSetting
        | BaseGenericSetting
        | BaseViewRestriction
        | Site
        | Topic
        | AbstractDocument
        | Mentor,
    ):
        page_cache_clear()


def _mentor_topics_changed(sender, action: str = "", **kwargs) -> None:
    if action.startswith("post_"):
        page_cache_clear()


def connect_signals() -> None:
    """Called once from PagesConfig.ready()."""
    uid = "pages.cache"
    wagtail_signals.page_published.connect(page_cache_clear, dispatch_uid=f"{uid}.published")
    wagtail_signals.page_unpublished.connect(page_cache_clear, dispatch_uid=f"{uid}.unpublished")
    wagtail_signals.post_page_move.connect(page_cache_clear, dispatch_uid=f"{uid}.moved")
    # Snippets with drafts (DraftStateMixin) have their own publish signals.
    wagtail_signals.published.connect(page_cache_clear, dispatch_uid=f"{uid}.snippet_published")
    wagtail_signals.unpublished.connect(page_cache_clear, dispatch_uid=f"{uid}.snippet_unpub")
    post_delete.connect(_page_changed, dispatch_uid=f"{uid}.page_deleted")
    post_save.connect(_live_page_saved, dispatch_uid=f"{uid}.page_saved")
    post_save.connect(_content_saved, dispatch_uid=f"{uid}.content_saved")
    post_delete.connect(_content_saved, dispatch_uid=f"{uid}.content_deleted")
    from mentors.models import Mentor

    m2m_changed.connect(
        _mentor_topics_changed, sender=Mentor.topics.through, dispatch_uid=f"{uid}.mentor_topics"
    )
