"""Sessions: a new session key at every login (no fixation), no logout by a mere link, and a
mailed confirmation link never logs in a privileged account."""

import pytest

from conftest import PASSWORD
from founders.tokens import confirmation_token_make

pytestmark = pytest.mark.django_db


def planted_session(client) -> str:
    """An attacker's session key, planted in the victim's browser before the login."""
    session = client.session
    session["planted"] = True
    session.save()
    client.cookies["sessionid"] = session.session_key
    return session.session_key


def test_logging_in_with_a_password_gives_a_new_session_key(client, founder_user):
    planted = planted_session(client)
    client.post("/accounts/login/", {"login": founder_user.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    assert client.session.session_key != planted


def test_confirming_a_request_by_its_link_gives_a_new_session_key(client, world):
    planted = planted_session(client)
    token = confirmation_token_make(help_request_id=world["unconfirmed"].pk)
    client.post(f"/hilfe-anfragen/bestaetigen/{token}/")
    assert "_auth_user_id" in client.session
    assert client.session.session_key != planted


def test_a_link_to_the_logout_page_does_not_log_out(client, founder_user):
    client.force_login(founder_user)
    assert client.get("/accounts/logout/").status_code == 200
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", ["coordinator", "editor"])
def test_a_confirmation_link_never_logs_in_an_admin_user(client, world, role):
    """Coordinators and editors hold their role by group, not by is_staff."""
    from founders.models import HelpRequest

    help_request = world["unconfirmed"]
    HelpRequest.objects.filter(pk=help_request.pk).update(email=world[role].email)
    token = confirmation_token_make(help_request_id=help_request.pk)
    client.post(f"/hilfe-anfragen/bestaetigen/{token}/")
    assert "_auth_user_id" not in client.session
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.OPEN  # confirmed all the same
