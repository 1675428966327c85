"""Brute force and flooding: login, login code, password reset and sign-up are refused after
their limit (429 or a lock-out message), the public forms keep nothing after theirs. The test
settings switch allauth's limits off; each test here switches them on."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from accounts.models import User
from conftest import PASSWORD, antispam_answers
from founders.models import HelpRequest
from mentors.models import Mentor
from pages.tests.conftest import MESSAGE
from tests.security.submissions import help_request, mentor_registration

pytestmark = pytest.mark.django_db

WRONG = "falsch-falsch-falsch"


@pytest.fixture(autouse=True)
def limits_on(settings):
    del settings.ACCOUNT_RATE_LIMITS  # allauth's defaults, as in production


def locked_out(response) -> bool:
    return response.status_code == 429 or "zu viele" in response.content.decode().lower()


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, founder_user):
    for _ in range(5):
        assert not locked_out(
            client.post("/accounts/login/", {"login": founder_user.email, "password": WRONG})
        )
    right = client.post("/accounts/login/", {"login": founder_user.email, "password": PASSWORD})
    assert locked_out(right)
    assert "_auth_user_id" not in client.session


def test_one_address_guessing_at_many_accounts_is_locked_out(client, db):
    responses = [
        client.post("/accounts/login/", {"login": f"person{n}@example.org", "password": WRONG})
        for n in range(11)
    ]
    assert not any(locked_out(r) for r in responses[:10])
    assert locked_out(responses[10])


def test_login_codes_for_one_address_stop_after_three_a_minute(client, founder_user):
    responses = [
        client.post("/accounts/login/code/", {"email": founder_user.email}) for _ in range(4)
    ]
    assert not any(locked_out(r) for r in responses[:3])
    assert locked_out(responses[3])
    assert len(mail.outbox) == 3


def test_password_reset_mails_for_one_address_stop_after_five_a_minute(client, founder_user):
    responses = [
        client.post("/accounts/password/reset/", {"email": founder_user.email}) for _ in range(6)
    ]
    assert not any(locked_out(r) for r in responses[:5])
    assert locked_out(responses[5])
    assert len(mail.outbox) == 5


def test_signups_from_one_address_stop_after_five(client, human, settings):
    def signup(n: int) -> dict:
        return {"email": f"neu{n}@example.org", "password1": PASSWORD, "password2": PASSWORD}

    send_six(client, "/accounts/signup/", signup)
    assert User.objects.filter(email__startswith="neu").count() == 5


def send_six(client, url: str, make) -> None:
    """Six submissions from one address: the sixth is answered 429 and explained."""
    statuses = []
    for n in range(6):
        html = client.get(url).content.decode()
        statuses.append(client.post(url, {**make(n), **antispam_answers(html)}).status_code)
    assert statuses[5] == 429 and 429 not in statuses[:5]


def test_the_help_request_form_keeps_nothing_after_five_from_one_address(client, places, human):
    send_six(client, "/hilfe-anfragen/", help_request)
    assert HelpRequest.objects.count() == 5
    client.post("/hilfe-anfragen/", help_request(9), REMOTE_ADDR="198.51.100.7")  # someone else
    html = client.get("/hilfe-anfragen/", REMOTE_ADDR="198.51.100.7").content.decode()
    client.post(
        "/hilfe-anfragen/",
        {**help_request(9), **antispam_answers(html)},
        REMOTE_ADDR="198.51.100.7",
    )
    assert HelpRequest.objects.count() == 6


def test_the_mentor_registration_keeps_nothing_after_five_from_one_address(
    client, ratzeburg, human
):
    send_six(client, "/expertin-werden/", mentor_registration)
    assert Mentor.objects.count() == 5


def test_the_contact_form_keeps_nothing_after_five_from_one_address(client, contact_page, human):
    send_six(client, contact_page.url, lambda n: MESSAGE)
    assert FormSubmission.objects.count() == 5
