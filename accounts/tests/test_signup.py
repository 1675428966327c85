"""Sign-up: the email address is the login, verified before the first login; nothing half-saved."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from conftest import PASSWORD, antispam_answers
from outbox.models import Mail
from outbox.services import mails_send_due

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("human")]


def _signup(client, email="neu@example.org", password=PASSWORD, password2=None):
    form = client.get(reverse("account_signup")).content.decode()
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": password,
            "password2": password2 or password,
            **antispam_answers(form),
        },
    )


def _link_from_last_mail() -> str:
    return re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[-1].body)[0]


def test_signup_sends_a_verification_link_and_does_not_log_in():
    client = _client()
    response = _signup(client)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="neu@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert "_auth_user_id" not in client.session
    assert mail.outbox[-1].to == ["neu@example.org"]


def test_unverified_account_cannot_log_in_with_its_password():
    client = _client()
    _signup(client)
    mail.outbox.clear()
    response = client.post(
        reverse("account_login"), {"login": "neu@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert len(mail.outbox) == 1  # a fresh verification mail, not a login


def test_following_the_verification_link_verifies_and_logs_in():
    client = _client()
    _signup(client)
    link = _link_from_last_mail()
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.post("/" + path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="neu@example.org").verified
    assert client.session["_auth_user_id"] == str(User.objects.get(email="neu@example.org").pk)


def test_signup_with_mismatching_passwords_creates_no_user_and_keeps_the_email():
    response = _signup(_client(), password2="etwas-ganz-anderes-123")
    assert response.status_code == 200
    assert not User.objects.exists()
    assert 'value="neu@example.org"' in response.content.decode()


def test_signup_while_the_mail_service_is_down_succeeds_and_the_mail_follows_later():
    client = _client(raise_request_exception=False)
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=OSError("mail server down"),
    ):
        response = _signup(client)
    assert response.status_code == 302
    waiting = Mail.objects.get(to="neu@example.org")
    assert waiting.status == Mail.Status.PENDING and waiting.attempts == 1
    assert not mail.outbox

    mails_send_due(now=timezone.now() + timedelta(hours=1))
    assert User.objects.filter(email="neu@example.org").exists()
    assert [m.to for m in mail.outbox] == [["neu@example.org"]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_signup_with_a_known_address_does_not_reveal_the_account(founder_user):
    response = _signup(_client(), email=founder_user.email)
    # Same answer as for a new address; the owner gets a mail saying someone tried.
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert User.objects.filter(email=founder_user.email).count() == 1
    assert mail.outbox[-1].to == [founder_user.email]


def test_user_email_is_stored_lowercase_and_unique():
    User.objects.create_user(email="Mixed.Case@Example.org", password=PASSWORD)
    assert User.objects.get().email == "mixed.case@example.org"


def _client(**kwargs):
    from django.test import Client

    return Client(**kwargs)


def test_signup_by_a_bot_looks_done_but_creates_nothing(settings):
    settings.ANTISPAM_MIN_SECONDS = 3
    client = _client()
    response = _signup(client)  # answered within a second of loading the form
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert not User.objects.exists()
    assert mail.outbox == []


def test_signup_with_a_filled_honeypot_creates_nothing():
    client = _client()
    form = client.get(reverse("account_signup")).content.decode()
    client.post(
        reverse("account_signup"),
        {
            "email": "bot@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            **antispam_answers(form),
            "homepage_url": "https://spam.example",
        },
    )
    assert not User.objects.exists()
    assert mail.outbox == []
