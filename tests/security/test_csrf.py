"""CSRF: every address that takes a POST refuses one without the token (403) and keeps nothing;
the same POST with the token goes through, so the refusal is the token's doing."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.forms.models import FormSubmission

from accounts.models import User
from conftest import PASSWORD, antispam_answers
from founders.models import HelpRequest
from matching.models import Feedback, Match
from mentors.models import Mentor
from pages.tests.conftest import MESSAGE
from tests.security.conftest import log_in, signed_links, state
from tests.security.submissions import help_request, mentor_registration
from tests.security.urlmap import LIBRARY_PREFIXES, ROUTES, admin_routes, admin_url

pytestmark = pytest.mark.django_db

CONCRETE = {
    "^((?:[\\w\\-]+/)*)$": "/",
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": "/accounts/confirm-email/abc/",
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": (
        "/accounts/password/reset/key/1-abc/"
    ),
}


@pytest.fixture
def strict() -> Client:
    return Client(enforce_csrf_checks=True)


def url_and_actor(route: str, world: dict) -> tuple[str, str]:
    """A concrete address of a route and who may rightly post to it."""
    if route.startswith("admin/"):
        return admin_url(route, world), "coordinator"
    entry = ROUTES[route]
    if entry.kind == "owned":
        return entry.url(world), entry.owners[0]
    if entry.kind == "self":
        return entry.url(world), "mentor_a" if route.startswith("expertin") else "founder_a"
    url = signed_links(world).get(route) or CONCRETE.get(route) or f"/{route}"
    # A public page of one object: the world's confirmed Sprechtag.
    return url.replace("<int:pk>", str(world["confirmed_day"].pk)), "anonymous"


@pytest.mark.parametrize("route", sorted(ROUTES) + admin_routes())
def test_a_post_without_csrf_token_is_refused_and_changes_nothing(strict, world, route):
    url, actor = url_and_actor(route, world)
    log_in(strict, world, actor)
    before = state()
    attack = {**ROUTES[route].attack, "decision": "accept"} if route in ROUTES else {}
    response = strict.post(url, attack)
    assert response.status_code == 403, (route, response.status_code)
    assert state() == before


def _callbacks(patterns, prefix: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _callbacks(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_view_but_webhooks_and_wagtails_admin_api_is_exempt_from_csrf():
    # The admin API and wagtail-localize's translation editor (Django REST framework views with
    # SessionAuthentication) check the token themselves for logged-in users: below.
    exempt = [
        route
        for route, callback in _callbacks(get_resolver().url_patterns)
        if getattr(callback, "csrf_exempt", False)
        and not route.startswith((*LIBRARY_PREFIXES, "admin/api/main/", "admin/localize/"))
    ]
    assert exempt == []


def test_wagtails_admin_api_refuses_a_page_action_without_the_token(strict, world):
    from wagtail.models import Page

    page = Page.objects.get(depth=2)
    log_in(strict, world, "coordinator")
    for action in ("unpublish", "copy", "delete"):
        url = f"/admin/api/main/pages/{page.pk}/action/{action}/"
        response = strict.post(url, {"destination_page_id": 1}, content_type="application/json")
        assert response.status_code == 403, (action, response.status_code)
    assert Page.objects.get(pk=page.pk).live and Page.objects.count() == 2
    strict.get("/admin/")  # sets the CSRF cookie
    token = strict.cookies["csrftoken"].value
    url = f"/admin/api/main/pages/{page.pk}/action/unpublish/"
    assert strict.post(url, {}, "application/json", HTTP_X_CSRFTOKEN=token).status_code == 200
    assert not Page.objects.get(pk=page.pk).live


def test_the_translation_editor_refuses_a_change_without_the_token(strict, world):
    from urllib.parse import urlencode

    from wagtail.models import Locale, Page
    from wagtail_localize.models import StringSegment, Translation, TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(Page.objects.get(depth=2).specific)
    english = Locale.objects.get(language_code="en")
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(publish=True)
    segment = StringSegment.objects.filter(source=source).first()
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    form = "application/x-www-form-urlencoded"
    log_in(strict, world, "coordinator")
    assert strict.put(url, urlencode({"value": "Home"}), form).status_code == 403
    strict.get("/admin/")  # sets the CSRF cookie
    token = strict.cookies["csrftoken"].value
    response = strict.put(url, urlencode({"value": "Home"}), form, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


def with_token(client: Client, url: str, data: dict) -> dict:
    """The form as a person sends it: the data, the page's CSRF token and, where the form has
    one, the solved sum."""
    html = client.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    spam = antispam_answers(html) if "antispam_token" in html else {}
    return {**data, **spam, "csrfmiddlewaretoken": token}


def without_and_with_token(client: Client, url: str, data: dict):
    refused = client.post(url, {k: v for k, v in data.items() if k != "csrfmiddlewaretoken"})
    assert refused.status_code == 403, url
    return refused, client.post(url, data)


def test_the_help_request_form_needs_the_token(strict, places, human):
    request = help_request(0)
    assert HelpRequest.objects.count() == 0
    url = "/hilfe-anfragen/"
    _refused, accepted = without_and_with_token(strict, url, with_token(strict, url, request))
    assert accepted.status_code == 302
    assert HelpRequest.objects.count() == 1


def test_the_mentor_registration_needs_the_token(strict, ratzeburg, human):
    registration = mentor_registration(0)
    url = "/expertin-werden/"
    _refused, accepted = without_and_with_token(strict, url, with_token(strict, url, registration))
    assert accepted.status_code == 302
    assert Mentor.objects.filter(user__email="mara0@example.org").count() == 1


def test_the_contact_form_needs_the_token(strict, contact_page, human):
    url = contact_page.url
    _refused, accepted = without_and_with_token(strict, url, with_token(strict, url, MESSAGE))
    assert accepted.status_code == 200
    assert FormSubmission.objects.count() == 1


def test_signing_up_and_logging_in_need_the_token(strict, world, human):
    signup = {"email": "neu@example.org", "password1": PASSWORD, "password2": PASSWORD}
    url = "/accounts/signup/"
    without_and_with_token(strict, url, with_token(strict, url, signup))
    assert User.objects.filter(email="neu@example.org").count() == 1

    login = {"login": world["founder_a"].email, "password": PASSWORD}
    url = "/accounts/login/"
    _refused, accepted = without_and_with_token(strict, url, with_token(strict, url, login))
    assert accepted.status_code == 302 and "_auth_user_id" in strict.session


def test_the_mail_links_need_the_token(strict, world):
    links = signed_links(world)
    decline = {"decision": "decline", "reason": "too_far", "note": "Zu weit"}
    url = links["vermittlung/antwort/<str:token>/"]
    without_and_with_token(strict, url, with_token(strict, url, decline))
    assert Match.objects.get(pk=world["offer"].pk).status == Match.Status.DECLINED

    answer = {"met": "yes", "helpful": "4", "outcome": "continue", "comment": "Danke"}
    url = links["vermittlung/rueckmeldung/<str:token>/"]
    without_and_with_token(strict, url, with_token(strict, url, answer))
    assert Feedback.objects.count() == 1


def test_withdrawing_consent_needs_the_token(strict, world):
    log_in(strict, world, "founder_a")
    url = "/meine-daten/einwilligung-widerrufen/"
    without_and_with_token(strict, url, with_token(strict, url, {"confirm": "on"}))
    own = HelpRequest.objects.filter(founder__user=world["founder_a"])
    assert not own.filter(status=HelpRequest.Status.OPEN).exists()
