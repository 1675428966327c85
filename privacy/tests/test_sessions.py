"""Deleting an account ends every session of that person, found by her records of her logins
(allauth's user sessions), never by decoding everyone's sessions."""

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import PASSWORD
from founders.tokens import confirmation_token_make
from privacy.services import account_delete, personal_data_export

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Android 14) Testbrowser/2.0"


def _logged_in_by_her_link(help_request) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER)
    token = confirmation_token_make(help_request_id=help_request.pk)
    client.post(f"/hilfe-anfragen/bestaetigen/{token}/")
    assert "_auth_user_id" in client.session
    return client


def _logged_in_by_password(user) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER)
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    return client


def _scans_of_the_session_table(queries) -> list[str]:
    """Queries on Django's sessions that do not pick sessions by their key."""
    table = Session._meta.db_table
    return [
        sql
        for sql in (query["sql"] for query in queries.captured_queries)
        if table in sql and "session_key" not in sql.partition("WHERE")[2]
    ]


def test_a_login_by_the_confirmation_link_is_recorded_like_any_other(founder_help_request):
    client = _logged_in_by_her_link(founder_help_request)
    record = UserSession.objects.get(user=founder_help_request.founder.user)
    assert record.session_key == client.session.session_key and record.user_agent == BROWSER


def test_deleting_an_account_ends_all_her_sessions_and_no_one_elses(
    founder_help_request, founder_user, monkeypatch
):
    her = founder_help_request.founder.user
    phone = _logged_in_by_her_link(founder_help_request)
    laptop = _logged_in_by_her_link(founder_help_request)
    other = _logged_in_by_password(founder_user)
    her_keys = [phone.session.session_key, laptop.session.session_key]
    assert UserSession.objects.filter(user=her).count() == 2

    def decoded(session):
        raise AssertionError("a session was decoded to find its owner")

    monkeypatch.setattr(Session, "get_decoded", decoded)
    with CaptureQueriesContext(connection) as queries:
        account_delete(user=her)

    assert _scans_of_the_session_table(queries) == []
    assert not UserSession.objects.filter(user=her).exists()
    assert not Session.objects.filter(session_key__in=her_keys).exists()
    assert phone.get("/meine-daten/").status_code == 302  # logged out: to the login page
    assert UserSession.objects.filter(user=founder_user).count() == 1
    assert other.get("/meine-daten/").status_code == 200  # she stays logged in


def test_the_export_holds_her_logins_but_never_a_session_key(founder_help_request):
    client = _logged_in_by_her_link(founder_help_request)

    export = personal_data_export(user=founder_help_request.founder.user)

    rows = export["data"]["usersessions.usersession"]["rows"]
    assert [(row["ip"], row["user_agent"]) for row in rows] == [("127.0.0.1", BROWSER)]
    assert client.session.session_key not in str(export)
