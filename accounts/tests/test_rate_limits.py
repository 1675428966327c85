"""Brute force is slowed down: too many code requests or failed logins are refused."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def limits_on(settings):
    # The test settings switch limits off; here allauth's defaults apply.
    del settings.ACCOUNT_RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


def test_fourth_code_request_for_one_address_within_a_minute_is_refused(client, founder_user):
    url = reverse("account_request_login_code")
    responses = [client.post(url, {"email": founder_user.email}) for _ in range(4)]
    assert [r.status_code for r in responses[:3]] == [302, 302, 302]
    assert responses[3].status_code in (200, 429)
    assert "zu viele" in responses[3].content.decode().lower()
    assert len(mail.outbox) == 3


def test_sixth_failed_password_for_one_address_is_refused(client, founder_user):
    url = reverse("account_login")
    form = {"login": founder_user.email, "password": "falsch-falsch-falsch"}
    responses = [client.post(url, form) for _ in range(6)]
    assert "zu viele" not in responses[4].content.decode().lower()
    assert "zu viele" in responses[5].content.decode().lower()
