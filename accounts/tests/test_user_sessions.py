"""Every login is recorded (allauth's user sessions); the record goes once its session has ended."""

from datetime import timedelta

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone
from django_q.models import Schedule

from accounts.services import (
    SESSIONS_SCHEDULE_NAME,
    user_sessions_forget_ended,
    user_sessions_schedule_sync,
)
from conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Testbrowser/1.0"


def _logged_in(user) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER)
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    return client


def test_logging_in_records_the_session_with_its_address_and_browser(founder_user):
    client = _logged_in(founder_user)

    record = UserSession.objects.get(user=founder_user)
    assert record.session_key == client.session.session_key
    assert (record.ip, record.user_agent) == ("127.0.0.1", BROWSER)


def test_each_login_has_its_own_record(founder_user):
    _logged_in(founder_user)
    _logged_in(founder_user)
    assert UserSession.objects.filter(user=founder_user).count() == 2


def test_forgetting_ended_sessions_deletes_expired_and_logged_out_ones_and_keeps_live_ones(
    founder_user, coordinator_user
):
    live = _logged_in(founder_user)
    expired = _logged_in(founder_user)
    logged_out = _logged_in(coordinator_user)
    expired_key = expired.session.session_key
    Session.objects.filter(session_key=expired_key).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )
    logged_out.post("/accounts/logout/")
    assert UserSession.objects.count() == 3  # logging out leaves the record to the daily task

    assert user_sessions_forget_ended() == 2

    assert list(UserSession.objects.values_list("session_key", flat=True)) == [
        live.session.session_key
    ]
    assert not Session.objects.filter(session_key=expired_key).exists()  # Django's, expired
    assert "_auth_user_id" in live.session


def test_a_session_no_longer_valid_for_its_user_is_forgotten(founder_user):
    _logged_in(founder_user)
    founder_user.set_password("Ein-ganz-neues-Passwort-9")  # every other session ends with it
    founder_user.save()

    assert user_sessions_forget_ended() == 1
    assert not UserSession.objects.exists()


def test_the_test_clients_force_login_records_nothing(client):
    # No visitor's request, so no address: only logins through a request are recorded.
    client.force_login(make_user(email="ohne-anfrage@example.org"))
    assert not UserSession.objects.exists()


def test_forgetting_is_scheduled_daily_once():
    # The post_migrate handler has run at test database creation; running it again adds nothing.
    assert Schedule.objects.filter(name=SESSIONS_SCHEDULE_NAME).exists()
    user_sessions_schedule_sync()
    schedule = Schedule.objects.get(name=SESSIONS_SCHEDULE_NAME)
    assert schedule.func == "accounts.services.user_sessions_forget_ended"
    assert schedule.schedule_type == Schedule.DAILY
