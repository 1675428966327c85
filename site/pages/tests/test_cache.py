"""The page cache: anonymous visitors share rendered pages until something is published."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from wagtail.models import PageViewRestriction, Site

from guides.tests.factories import guide_index_make
from pages.cache import HIT_HEADER
from pages.models import FooterLinks

pytestmark = pytest.mark.django_db


def hit(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_second_anonymous_request_is_answered_from_the_cache_without_queries(
    client, home, django_assert_num_queries
):
    first = client.get("/")
    assert not hit(first)
    with django_assert_num_queries(0):
        second = client.get("/")
    assert hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "script-src 'self'" in second["Content-Security-Policy"]


def test_standard_pages_are_cached_too(client, standard_page, django_assert_num_queries):
    client.get(standard_page.url)
    with django_assert_num_queries(0):
        assert hit(client.get(standard_page.url))


def test_publishing_a_page_changes_what_the_next_visitor_sees(client, home):
    client.get("/")
    home.intro = "Jetzt neu: Sprechstunden in Hagenow."
    home.save_revision().publish()
    response = client.get("/")
    assert not hit(response)
    assert "Jetzt neu: Sprechstunden in Hagenow." in response.content.decode()


def test_publishing_a_change_to_one_page_is_seen_on_that_page(client, standard_page):
    client.get(standard_page.url)
    standard_page.intro = "Drei Handlungsfelder, ein Bündnis."
    standard_page.save_revision().publish()
    assert "Drei Handlungsfelder, ein Bündnis." in client.get(standard_page.url).content.decode()


def test_unpublished_page_is_gone_at_once(client, standard_page):
    assert client.get(standard_page.url).status_code == 200
    standard_page.unpublish()
    assert client.get(standard_page.url).status_code == 404


def test_deleted_page_is_gone_at_once(client, standard_page):
    url = standard_page.url
    client.get(url)
    standard_page.delete()
    assert client.get(url).status_code == 404


def test_changing_the_footer_links_is_seen_at_once(client, home, standard_page):
    client.get("/")
    links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    links.imprint = standard_page
    links.save()
    assert f'href="{standard_page.url}">Impressum</a>' in client.get("/").content.decode()


def test_signed_in_users_are_never_served_nor_stored_pages(client, home, editor_user):
    client.force_login(editor_user)
    response = client.get("/")
    assert not hit(response) and "Abmelden" in response.content.decode()
    client.logout()
    first_anonymous = client.get("/")
    assert not hit(first_anonymous) and "Abmelden" not in first_anonymous.content.decode()
    client.force_login(editor_user)
    assert not hit(client.get("/"))  # a cached anonymous page exists now, but not for them


def test_pages_with_a_form_and_csrf_token_are_never_cached(client, contact_page):
    client.get(contact_page.url)
    response = client.get(contact_page.url)
    assert not hit(response)
    assert "csrfmiddlewaretoken" in response.content.decode()


def test_visitor_with_a_pending_message_gets_a_fresh_page(client, home, rf):
    client.get("/")
    storage = CookieStorage(rf.get("/"))
    storage.add(constants.SUCCESS, "Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.")
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value
    page = client.get("/")
    assert not hit(page)
    assert "Vielen Dank, Ihre E-Mail-Adresse ist bestätigt." in page.content.decode()
    after = client.get("/")  # shown once, then gone
    assert hit(after) and "Vielen Dank" not in after.content.decode()


def test_language_has_its_own_entry_and_unread_parameters_pass_the_cache(client, home):
    client.get("/")
    english = client.get("/en/")
    assert not hit(english) and '<html lang="en">' in english.content.decode()
    assert hit(client.get("/en/"))
    # No page reads "utm": answered fresh every time, never stored (a flood cannot fill the cache).
    assert not hit(client.get("/?utm=1")) and not hit(client.get("/?utm=1"))


def test_the_parameters_a_page_reads_share_one_entry_in_any_order(client, home):
    index = guide_index_make()
    client.get(index.url + "?thema=recht&phase=idea")
    assert hit(client.get(index.url + "?phase=idea&thema=recht"))
    assert not hit(client.get(index.url + "?phase=idea&thema=steuern"))


def test_page_made_private_is_no_longer_served_from_the_cache(client, standard_page):
    client.get(standard_page.url)
    PageViewRestriction.objects.create(page=standard_page, restriction_type="login")
    response = client.get(standard_page.url)
    assert response.status_code == 302 and not hit(response)


def test_private_pages_are_not_stored_even_for_a_visitor_who_may_see_them(client, standard_page):
    restriction = PageViewRestriction.objects.create(
        page=standard_page, restriction_type="password", password="Elbdeich"
    )
    session = client.session
    # As after entering the password:
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert "Drei Handlungsfelder" in client.get(standard_page.url).content.decode()
    client.cookies.clear()
    response = client.get(standard_page.url)
    assert response.status_code == 200 and "Elbdeich" not in response.content.decode()
    assert "Drei Handlungsfelder" not in response.content.decode()


def test_head_requests_are_answered_from_the_cache(client, home):
    client.get("/")
    assert hit(client.head("/"))


def test_cache_can_be_switched_off(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert not hit(client.get("/"))


def test_mixin_alone_answers_from_the_cache_after_routing(rf, home):
    # With Wagtail's own page view (no cache in front) the page types still share their pages.
    request = rf.get("/")
    request.user = AnonymousUser()
    assert not hit(home.serve(request))
    request = rf.get("/")
    request.user = AnonymousUser()
    assert hit(home.serve(request))


def _rendered(rf, template: str, **request_attrs):
    from django.template import engines
    from django.template.response import TemplateResponse

    request = rf.get("/seite/")
    request.user = AnonymousUser()
    for name, value in request_attrs.items():
        setattr(request, name, value)
    response = TemplateResponse(request, engines["django"].from_string(template))
    return request, response


@pytest.mark.parametrize(
    ("template", "storable"),
    [
        ("Hallo", True),
        ("{% csrf_token %}", False),  # the token belongs to one visitor
        ("<script nonce='{{ request.csp_nonce }}'></script>", False),  # one nonce per response
    ],
)
def test_only_responses_that_belong_to_nobody_in_particular_are_stored(rf, db, template, storable):
    from csp.middleware import CSPMiddleware

    from pages.cache import cache_response, cached_response, page_cache_version

    request, response = _rendered(rf, template)
    CSPMiddleware(lambda r: response).process_request(request)
    cache_response(request, response, version=page_cache_version())
    again, _ = _rendered(rf, "")
    assert (cached_response(again) is not None) is storable


def test_responses_that_set_a_cookie_or_fail_are_not_stored(rf, db):
    from pages.cache import cache_response, cached_response, page_cache_version

    request, response = _rendered(rf, "Hallo")
    response.set_cookie("besucht", "ja")
    cache_response(request, response, version=page_cache_version())
    request, response = _rendered(rf, "Nicht gefunden")
    response.status_code = 404
    cache_response(request, response, version=page_cache_version())
    again, _ = _rendered(rf, "")
    assert cached_response(again) is None


def test_saving_a_draft_keeps_the_published_page_cached(client, standard_page):
    client.get(standard_page.url)
    standard_page.intro = "Entwurf, noch nicht veröffentlicht."
    standard_page.save_revision()
    response = client.get(standard_page.url)
    assert hit(response) and "Entwurf" not in response.content.decode()


def test_live_page_added_by_a_script_is_seen_at_once(client, home, standard_page):
    client.get(standard_page.url)
    standard_page.add_child(instance=type(standard_page)(title="Team", slug="team"))
    assert not hit(client.get(standard_page.url))
