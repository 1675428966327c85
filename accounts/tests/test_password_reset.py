"""Password reset by mail, without revealing whether an address has an account."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from conftest import PASSWORD

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Raps-und-Rapsblüte-2026"


def test_reset_link_sets_a_new_password(client, founder_user):
    response = client.post(reverse("account_reset_password"), {"email": founder_user.email})
    assert response.status_code == 302
    link = re.search(r"https?://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    form_url = client.get(link[1]).url  # allauth moves the key out of the address
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    founder_user.refresh_from_db()
    assert founder_user.check_password(NEW_PASSWORD)
    assert not founder_user.check_password(PASSWORD)


def test_reset_for_an_unknown_address_looks_the_same(client, founder_user):
    known = client.post(reverse("account_reset_password"), {"email": founder_user.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "fremd@example.org"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert "/accounts/password/reset/key/" not in mail.outbox[-1].body
