"""A flood of made-up addresses cannot flush what guards the site: 10,000 random query strings
meet the page cache, and the failed-login limit, the form rate limit and an import job hold.

Before the split the page cache and the guards shared one evictable store keyed on the whole
query string (Django's default of 300 entries): a flood culled the counters, and whoever was
locked out could try again at once."""

import secrets

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from antispam.services import rate_limit_reached, submission_record
from guides.tests.factories import guide_index_make, guide_make
from imports.progress import job_create, job_get
from pages.cache import cache_response, page_cache_applies, page_cache_version

pytestmark = pytest.mark.django_db
FLOOD = 10_000
THROUGH_DJANGO = 300  # of them as whole requests; the rest straight into the cache layer


@pytest.fixture
def limits_on(settings):
    del settings.ACCOUNT_RATE_LIMITS  # the test settings switch allauth's limits off
    settings.ANTISPAM_RATE_LIMIT = 3


def _failed_logins(client, email: str, times: int) -> str:
    form = {"login": email, "password": "falsch-falsch-falsch"}
    return [client.post(reverse("account_login"), form) for _ in range(times)][-1].content.decode()


def _random_query(number: int) -> dict[str, str]:
    # Half on a parameter no page reads, half on the guide index's own search (those are kept).
    return {secrets.token_hex(4): "1"} if number % 2 else {"q": secrets.token_hex(6)}


def test_a_flood_of_random_query_strings_leaves_every_limit_in_place(
    client, founder_user, limits_on
):
    for _ in range(3):
        submission_record(form_key="help_request", client_address="203.0.113.7")
    assert "zu viele" not in _failed_logins(client, founder_user.email, 5).lower()
    job = job_create(kind="mentors", name="Liste", filename="liste.xlsx", user_id=founder_user.pk)
    index = guide_make(guide_index_make()).get_parent()

    factory, version = RequestFactory(), page_cache_version()
    for number in range(FLOOD):
        if number < THROUGH_DJANGO:
            assert client.get(index.url, _random_query(number)).status_code == 200
            continue
        request = factory.get(index.url, _random_query(number))
        if page_cache_applies(request):  # as CachedPageMixin.serve does after rendering
            cache_response(request, HttpResponse("<p>Ergebnisse</p>"), version=version)

    assert rate_limit_reached(form_key="help_request", client_address="203.0.113.7")
    assert "zu viele" in _failed_logins(client, founder_user.email, 1).lower()
    assert job_get(job) is not None
