"""View restrictions of the page being served: asked for once, never missed (pages.cache)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import PageViewRestriction

from pages.cache import route_to_child, view_restrictions_for
from pages.tests.factories import event_index_make, event_make, guide_index_make, guide_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(home):
    return guide_index_make(home)


@pytest.fixture
def anonymous_get(rf):
    def get(path: str = "/"):
        request = rf.get(path)
        request.user = AnonymousUser()
        return request

    return get


def restrict(page, kind: str = PageViewRestriction.LOGIN) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="Elbe")


def routed(parent, request, slug: str):
    from guides.models import GuidePage

    result = route_to_child(parent, GuidePage.objects.all(), request, [slug])
    return result.page if result is not None else None


def test_one_query_finds_what_wagtail_finds(guides, django_assert_num_queries):
    free = guide_make(guides, title="Frei")
    own = guide_make(guides, title="Eigene")
    restrict(own)
    alias = own.create_alias(update_slug="kopie")
    for page in (guides, free, own, alias):
        with django_assert_num_queries(1):
            found = set(view_restrictions_for(page))
        assert found == set(page.get_view_restrictions()), page.slug
    restrict(guides, PageViewRestriction.PASSWORD)  # now covers every guide below it
    with django_assert_num_queries(1):
        assert len(view_restrictions_for(free)) == 1


def test_an_unrestricted_child_is_routed_in_one_query_and_never_looked_up(
    guides, anonymous_get, django_assert_num_queries
):
    guide = guide_make(guides, title="Frei")
    with django_assert_num_queries(1):
        page = routed(guides, anonymous_get(), guide.slug)
        assert page.pk == guide.pk
        assert not page.get_view_restrictions().exists()
        assert list(page.get_view_restrictions()) == []


@pytest.mark.parametrize("where", ["own", "parent", "alias source"])
def test_a_restricted_child_is_looked_up_once_and_keeps_its_restriction(
    guides, anonymous_get, django_assert_num_queries, where
):
    guide = guide_make(guides, title="Geschützt")
    restriction = restrict(guides if where == "parent" else guide)
    slug = guide.create_alias(update_slug="kopie").slug if where == "alias source" else guide.slug
    page = routed(guides, anonymous_get(), slug)
    with django_assert_num_queries(1):  # Wagtail's check and the cache share one lookup
        assert list(page.get_view_restrictions()) == [restriction]
        assert page.get_view_restrictions().exists()


def test_an_unknown_child_is_left_to_wagtail(guides, anonymous_get):
    assert routed(guides, anonymous_get(), "gibt-es-nicht") is None


def test_an_alias_of_a_restricted_guide_keeps_anonymous_visitors_out(client, guides):
    guide = guide_make(guides, title="Geschützt", intro="Nur für Angemeldete.")
    restrict(guide)
    alias = guide.create_alias(update_slug="kopie")
    response = client.get(alias.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_password_restricted_event_asks_for_the_password(client, home):
    event = event_make(event_index_make(home), title="Geschlossene Runde")
    restrict(event, PageViewRestriction.PASSWORD)
    for _ in range(2):  # and is not cached in between
        response = client.get(event.url)
        assert response.status_code == 200 and 'name="password"' in response.content.decode()
        assert "Geschlossene Runde" not in response.content.decode()
