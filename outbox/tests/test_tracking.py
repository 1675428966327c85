"""The provider's delivery reports: only with the webhook secret; bounces block the address."""

import base64
import json

import pytest
from django.core import mail
from django.urls import reverse

from outbox.models import Mail, SuppressedAddress

pytestmark = pytest.mark.django_db


def _report(client, *, event: str, email: str, message_id: str, secret: str):
    token = base64.b64encode(secret.encode()).decode()
    return client.post(
        reverse("anymail:brevo_tracking_webhook"),
        data=json.dumps(
            {"event": event, "email": email, "message-id": message_id, "ts_epoch": 1764140000000}
        ),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Basic {token}",
    )


@pytest.fixture
def sent(queue_mail, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    queued = queue_mail(to="anna@example.org")
    queued.refresh_from_db()
    assert queued.status == Mail.Status.SENT and queued.esp_message_id != ""
    return queued


def test_a_report_with_wrong_credentials_is_refused_and_changes_nothing(client, sent):
    response = _report(
        client,
        event="hard_bounce",
        email=sent.to,
        message_id=sent.esp_message_id,
        secret="provider:guessed",
    )
    assert response.status_code == 400
    sent.refresh_from_db()
    assert sent.tracking == "" and not SuppressedAddress.objects.exists()


def test_delivery_is_recorded(client, sent, settings):
    secret = settings.ANYMAIL["WEBHOOK_SECRET"]
    response = _report(
        client, event="delivered", email=sent.to, message_id=sent.esp_message_id, secret=secret
    )
    assert response.status_code == 200
    sent.refresh_from_db()
    assert sent.tracking == Mail.Tracking.DELIVERED and sent.tracked_at.year == 2025


def test_a_bounce_flags_the_address_and_later_mail_to_it_is_skipped(
    client, sent, settings, queue_mail
):
    secret = settings.ANYMAIL["WEBHOOK_SECRET"]
    _report(
        client, event="hard_bounce", email=sent.to, message_id=sent.esp_message_id, secret=secret
    )
    sent.refresh_from_db()
    assert sent.tracking == Mail.Tracking.BOUNCED
    assert SuppressedAddress.objects.get().reason == SuppressedAddress.Reason.BOUNCED

    later = queue_mail(to="Anna@Example.org")
    assert later.status == Mail.Status.SKIPPED
    assert len(mail.outbox) == 1  # only the first, bounced one was ever sent


def test_a_spam_complaint_flags_the_address(client, sent, settings):
    secret = settings.ANYMAIL["WEBHOOK_SECRET"]
    _report(client, event="spam", email=sent.to, message_id=sent.esp_message_id, secret=secret)
    assert SuppressedAddress.objects.get().reason == SuppressedAddress.Reason.COMPLAINED
