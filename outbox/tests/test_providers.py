"""A mail the provider accepted but the outbox never recorded (its worker died, the answer was
lost) is sent again; Brevo is given one key per mail, so it drops the repeat, and its refusal
counts as sent. Brevo's API is played by a fake session that keeps the keys it has seen."""

import json
import uuid
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import requests
from django.core import mail
from django.utils import timezone

from outbox.models import Mail
from outbox.providers import idempotency_key
from outbox.services import mail_send, mails_send_due

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class FakeBrevo:
    """POST smtp/email as Brevo answers it: 201 with a messageId, or 400 duplicate_parameter
    for a key it has processed; `answers` overrides the next status codes (e.g. 503)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.delivered: list[dict] = []
        self.keys: set[str] = set()
        self.answers: list[int] = []

    def __call__(self, method, url, data=None, **kwargs) -> requests.Response:
        body = json.loads(data)
        self.requests.append(body)
        key = body.get("headers", {}).get("idempotencyKey")
        status = self.answers.pop(0) if self.answers else 201
        if status == 201 and key in self.keys:
            status, answer = 400, {"code": "duplicate_parameter", "message": "already used"}
        elif status == 201:
            self.keys.add(key)
            self.delivered.append(body)
            answer = {"messageId": f"<{len(self.delivered)}@fake-brevo>"}
        else:
            answer = {"code": "invalid_parameter" if status == 400 else "unavailable"}
        response = requests.Response()
        response.status_code, response._content = status, json.dumps(answer).encode()
        response.headers["Content-Type"] = "application/json"
        return response


@pytest.fixture
def brevo(settings):
    settings.EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
    settings.ANYMAIL = {**settings.ANYMAIL, "BREVO_API_KEY": "test-key"}
    fake = FakeBrevo()
    with mock.patch("requests.Session.request", side_effect=fake):
        yield fake


def _left_half_sent_by_a_dead_worker(queue_mail) -> Mail:
    with mock.patch("django_q.tasks.async_task"):  # the dead worker had taken the task
        queued = queue_mail()
    claimed = timezone.now() - timedelta(hours=1)
    Mail.objects.filter(pk=queued.pk).update(
        status=Mail.Status.SENDING, claimed_at=claimed, attempts=1
    )
    return queued


def test_every_attempt_of_a_mail_carries_the_same_key_and_another_mail_another(brevo, queue_mail):
    brevo.answers = [503]
    first = queue_mail()
    assert mails_send_due(now=timezone.now() + timedelta(hours=1)) == 1
    second = queue_mail(to="ben@example.org")
    keys = [body["headers"]["idempotencyKey"] for body in brevo.requests]
    assert keys[0] == keys[1] != keys[2] and uuid.UUID(keys[0])
    assert Mail.objects.get(pk=first.pk).esp_message_id == "<1@fake-brevo>"
    assert Mail.objects.get(pk=second.pk).status == Mail.Status.SENT


def test_a_mail_brevo_accepted_before_its_worker_died_is_not_delivered_twice(brevo, queue_mail):
    queued = _left_half_sent_by_a_dead_worker(queue_mail)
    brevo.keys.add(idempotency_key(mail_id=queued.pk, created_at=queued.created_at))
    assert mails_send_due() == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts, queued.esp_message_id) == (Mail.Status.SENT, 2, "")
    assert brevo.delivered == []  # the first attempt's delivery is the only one


def test_a_mail_brevo_never_got_from_the_dead_worker_is_delivered_by_the_sweep(brevo, queue_mail):
    queued = _left_half_sent_by_a_dead_worker(queue_mail)
    assert mails_send_due() == 1
    assert len(brevo.delivered) == 1
    assert Mail.objects.get(pk=queued.pk).esp_message_id == "<1@fake-brevo>"


def test_a_duplicate_refusal_after_a_refused_attempt_is_not_taken_for_sent(brevo, queue_mail):
    # Brevo refused the first attempt outright (HTTP 400): it cannot have processed the key, so
    # a later duplicate_parameter is about something else and the mail is not marked sent.
    brevo.answers = [400]
    queued = queue_mail()
    brevo.keys.add(idempotency_key(mail_id=queued.pk, created_at=queued.created_at))
    mails_send_due(now=timezone.now() + timedelta(hours=1))
    queued.refresh_from_db()
    assert queued.status == Mail.Status.PENDING and queued.attempts == 2


def test_the_first_attempt_refused_as_a_repeat_is_a_failure(brevo, queue_mail):
    with mock.patch("django_q.tasks.async_task"):
        queued = queue_mail()
    brevo.keys.add(idempotency_key(mail_id=queued.pk, created_at=queued.created_at))
    assert mail_send(mail_id=queued.pk) == Mail.Status.PENDING


def test_other_providers_get_no_idempotency_header(queue_mail):
    queue_mail()
    [message] = mail.outbox
    assert "idempotencyKey" not in message.extra_headers


def test_the_key_is_stable_for_a_mail_and_differs_for_the_same_id_created_elsewhere():
    created = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    key = idempotency_key(mail_id=7, created_at=created)
    assert key == idempotency_key(mail_id=7, created_at=created.astimezone())
    assert key != idempotency_key(mail_id=7, created_at=created + timedelta(microseconds=1))
    assert uuid.UUID(key).version == 5


def test_a_mail_claimed_within_the_stale_time_is_left_to_its_worker(queue_mail, settings):
    settings.OUTBOX_SENDING_STALE_SECONDS = 120
    with mock.patch("django_q.tasks.async_task"):
        queued = queue_mail()
    claimed = timezone.now() - timedelta(seconds=60)
    Mail.objects.filter(pk=queued.pk).update(status=Mail.Status.SENDING, claimed_at=claimed)
    assert mails_send_due() == 0
    assert mails_send_due(now=timezone.now() + timedelta(seconds=61)) == 1
    assert len(mail.outbox) == 1
