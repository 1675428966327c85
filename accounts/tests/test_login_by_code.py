"""Login by an emailed one-time code: valid for 10 minutes, once, with few attempts."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _request_code(client, email: str) -> str | None:
    mail.outbox.clear()
    response = client.post(reverse("account_request_login_code"), {"email": email})
    assert response.status_code == 302
    assert response.url == reverse("account_confirm_login_code")
    found = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    return found[1] if found else None


def _confirm(client, code: str):
    return client.post(reverse("account_confirm_login_code"), {"code": code})


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_code_from_the_mail_logs_in(client, founder_user):
    code = _request_code(client, founder_user.email)
    response = _confirm(client, code)
    assert response.status_code == 302
    assert _logged_in(client)


def test_wrong_code_is_refused_and_attempts_are_limited(client, founder_user):
    code = _request_code(client, founder_user.email)
    wrong = "AAAA-AAAA" if code != "AAAA-AAAA" else "BBBB-BBBB"
    for _attempt in range(3):
        response = _confirm(client, wrong)
        assert not _logged_in(client)
    # After three wrong tries the pending login is gone: even the right code no longer works.
    response = _confirm(client, code)
    assert not _logged_in(client)
    assert response.status_code == 302
    assert response.url != "/"


def test_expired_code_is_refused(client, founder_user):
    code = _request_code(client, founder_user.email)
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        _confirm(client, code)
        assert not _logged_in(client)


def test_code_still_valid_after_nine_minutes(client, founder_user):
    code = _request_code(client, founder_user.email)
    with time_machine.travel(timezone.now() + timedelta(minutes=9)):
        _confirm(client, code)
        assert _logged_in(client)


def test_used_code_cannot_be_used_again(client, founder_user):
    code = _request_code(client, founder_user.email)
    _confirm(client, code)
    assert _logged_in(client)
    client.post(reverse("account_logout"))
    assert not _logged_in(client)
    _confirm(client, code)
    assert not _logged_in(client)


def test_unknown_address_gets_the_same_answer_and_no_code(client):
    # No account enumeration: the same redirect; the address gets a mail without a code.
    assert _request_code(client, "niemand@example.org") is None
    assert mail.outbox[-1].to == ["niemand@example.org"]
    assert not _logged_in(client)
