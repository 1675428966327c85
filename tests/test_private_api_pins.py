"""Private names of Django, Wagtail and treebeard our code relies on, one test each.

Where a public API does the job, the code uses it (Django's messages.get_messages, django-csp's
documented `bool(request.csp_nonce)`, Wagtail's Page.route_for_request and Site.find_for_request
for reading what routing found); these are the places where none exists. Each test exercises the
library the way our code depends on it, so an upgrade that renames or drops the private name
fails here, with what to change, instead of silently making a cache useless or wrong.
"""

from importlib.metadata import version

import django
import pytest
import wagtail
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models.signals import post_delete, pre_delete
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.test.utils import CaptureQueriesContext
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from config.cache import RedisCache, RedisCacheClient
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db

DJANGO = f"Django {django.get_version()}"
WAGTAIL = f"Wagtail {wagtail.__version__}"
TREEBEARD = f"django-treebeard {version('django-treebeard')}"


def _request(rf, path: str = "/"):
    request = rf.get(path)
    request.user = AnonymousUser()
    return request


@pytest.fixture
def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def test_wagtail_serve_keeps_its_route_on_the_request(rf, home, monkeypatch):
    """pages/routing.py reads the route serving found (Page.route_for_request) and keeps it."""
    monkeypatch.setattr(type(home), "serve", lambda page, request, *a, **kw: HttpResponse("ok"))
    request = _request(rf)
    wagtail_views.serve(request, "/")
    kept = getattr(request, "_wagtail_route_for_request", None)
    assert kept is not None and (kept[0].pk, kept[1], kept[2]) == (home.pk, [], {}), (
        f"{WAGTAIL}: its serve view no longer keeps (page, args, kwargs) in "
        "request._wagtail_route_for_request. pages/routing.py serve() hands it a cached route "
        "there; find where Wagtail now memoises Page.route_for_request and set that instead."
    )


def test_wagtail_serve_uses_a_route_set_on_the_request_beforehand(rf, home, monkeypatch):
    """pages/routing.py serves a kept route by setting it before calling Wagtail's serve view."""
    monkeypatch.setattr(type(home), "serve", lambda page, request, *a, **kw: HttpResponse("kept"))
    request = _request(rf, "/gibt-es-nicht/")
    request._wagtail_route_for_request = (home, [], {})
    try:
        response = wagtail_views.serve(request, "/gibt-es-nicht/")
    except Http404:  # Wagtail routed the path itself
        response = HttpResponse(b"routed again")
    assert response.content == b"kept", (
        f"{WAGTAIL}: serve() no longer takes the route from request._wagtail_route_for_request; "
        "pages/routing.py serve() must pass its cached route the new way, or the route cache "
        "routes every request again."
    )


def test_wagtail_finds_a_site_set_on_the_request_without_a_query(rf, home):
    """pages/routing.py sets the cached site where Site.find_for_request looks first."""
    found = Site.find_for_request(_request(rf))
    request = _request(rf)
    request._wagtail_site = found
    with CaptureQueriesContext(connection) as queries:
        again = Site.find_for_request(request)
    assert again is found and not queries, (
        f"{WAGTAIL}: Site.find_for_request no longer returns request._wagtail_site; "
        "pages/routing.py serve() sets the cached site there, so each kept route would cost "
        "a site query again. Set the site the way Wagtail now memoises it."
    )


def test_treebeard_get_parent_returns_the_parent_cached_on_the_node(home):
    """pages/cache.py route_to_child gives the child its parent (as Wagtail's own route does)."""
    child = home.add_child(instance=Page(title="Kind", slug="kind"))
    child = Page.objects.get(pk=child.pk)
    child._cached_parent_obj = home
    with CaptureQueriesContext(connection) as queries:
        parent = child.get_parent()
    assert parent is home and not queries, (
        f"{TREEBEARD}: MP_Node.get_parent() no longer returns _cached_parent_obj; "
        "pages/cache.py route_to_child sets it so breadcrumbs need no query. Set the parent the "
        "way treebeard now caches it (see Wagtail's Page.route), or drop the line."
    )


def test_django_marks_a_request_whose_csrf_token_was_used(rf):
    """pages/cache.py never stores a page that holds a visitor's CSRF token."""
    request = rf.get("/")
    assert not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    get_token(request)
    assert request.META.get("CSRF_COOKIE_NEEDS_UPDATE") is True, (
        f"{DJANGO}: get_token() no longer sets request.META['CSRF_COOKIE_NEEDS_UPDATE']; "
        "pages/cache.py _storable reads it, so pages with a form could be cached with one "
        "visitor's token. Find how Django now marks a used token and test that instead."
    )


RAW_DELETE_CHANGED = (
    f"{DJANGO}: QuerySet._raw_delete(using) no longer deletes in one statement without "
    "signals. matching/storing.py proposals_store uses it for stale proposals; replace it with a "
    "DELETE through connection.cursor() on Match._meta.db_table (same filter), not with "
    ".delete(), which loads every proposal first."
)


def test_django_raw_delete_deletes_in_one_statement_without_signals():
    """matching/storing.py proposals_store deletes stale proposals without the collector."""
    topic = Topic.objects.create(slug="pin-raw-delete", name="Pin")
    heard = []

    def receiver(sender, **kwargs):
        heard.append(sender)

    pre_delete.connect(receiver, sender=Topic, dispatch_uid="pin.raw_delete.pre")
    post_delete.connect(receiver, sender=Topic, dispatch_uid="pin.raw_delete.post")
    stale = Topic.objects.filter(pk=topic.pk)
    try:
        with CaptureQueriesContext(connection) as queries:
            deleted = stale._raw_delete(stale.db)
    except (AttributeError, TypeError) as error:
        pytest.fail(f"{RAW_DELETE_CHANGED} ({error!r})")
    finally:
        pre_delete.disconnect(dispatch_uid="pin.raw_delete.pre", sender=Topic)
        post_delete.disconnect(dispatch_uid="pin.raw_delete.post", sender=Topic)
    gone = not Topic.objects.filter(pk=topic.pk).exists()
    assert (deleted, len(queries), heard, gone) == (1, 1, [], True), RAW_DELETE_CHANGED


def test_django_redis_cache_builds_its_client_from_the_private_hooks_we_override():
    """config/cache.py keeps one redis client per pool through Django's private hooks."""
    cache = RedisCache("redis://127.0.0.1:6379/15", {})  # no connection is made
    client = cache._cache
    assert isinstance(client, RedisCacheClient), (
        f"{DJANGO}: RedisCache no longer builds its client from self._class; config/cache.py "
        "RedisCache sets it to keep one client per pool. Find the new hook, or drop the class."
    )
    pool = client._get_connection_pool(True)
    assert client.get_client(write=True).connection_pool is pool, (
        f"{DJANGO}: RedisCacheClient._get_connection_pool(write) or _client changed; "
        "config/cache.py RedisCacheClient.get_client uses both. Follow the new names."
    )
