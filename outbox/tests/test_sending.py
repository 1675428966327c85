"""Sending from the outbox: after commit only, exactly once, retried with backoff, then failed."""

from datetime import timedelta
from unittest import mock

import pytest
from anymail.exceptions import AnymailRecipientsRefused
from django.core import mail
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from outbox.models import Mail, SuppressedAddress
from outbox.services import mail_enqueue, mail_resend, mail_send, mails_send_due
from privacy.services import consent_withdraw

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_rolled_back_change_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        mail_enqueue(template="t", to="anna@example.org", language="de", subject="S", text="T")
        raise RuntimeError("the change failed")
    assert not Mail.objects.exists()
    assert not mail.outbox


def test_a_committed_change_sends_its_mail_once_with_text_and_html(queue_mail):
    queued = queue_mail(subject="Willkommen & hallo")
    queued.refresh_from_db()
    assert queued.status == Mail.Status.SENT and queued.sent_at and queued.attempts == 1
    [message] = mail.outbox
    assert message.to == ["anna@example.org"] and message.subject == "Willkommen & hallo"
    html = message.alternatives[0][0]
    assert '<html lang="de">' in html and "Willkommen &amp; hallo" in html
    assert '<a href="https://example.org/weiter"' in html


def test_a_sent_mail_is_never_sent_again(queue_mail):
    queued = queue_mail()
    assert mail_send(mail_id=queued.pk) == Mail.Status.SENT
    assert mails_send_due(now=timezone.now() + timedelta(days=1)) == 0
    assert len(mail.outbox) == 1


def test_the_send_task_gets_only_the_mail_id():
    with mock.patch("django_q.tasks.async_task") as async_task:
        queued = mail_enqueue(
            template="t", to="anna@example.org", language="de", subject="S", text="T"
        )
    async_task.assert_called_once_with("outbox.tasks.mail_send", queued.pk)


def test_a_failing_provider_is_retried_with_backoff_and_the_mail_sent_exactly_once(
    queue_mail, flaky, settings
):
    settings.OUTBOX_RETRY_SECONDS = 60
    flaky.failures = 2
    queued = queue_mail()
    queued.refresh_from_db()
    assert queued.status == Mail.Status.PENDING and queued.attempts == 1
    assert queued.last_error == "AnymailAPIError (HTTP 503)"
    first_retry = queued.next_attempt_at
    assert mails_send_due(now=first_retry - timedelta(seconds=1)) == 0  # not before its time

    assert mails_send_due(now=first_retry) == 0  # fails a second time
    queued.refresh_from_db()
    assert queued.attempts == 2
    assert queued.next_attempt_at - first_retry == timedelta(seconds=120)  # twice as long

    assert mails_send_due(now=queued.next_attempt_at) == 1  # the provider is back
    assert mails_send_due(now=queued.next_attempt_at + timedelta(hours=1)) == 0
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert queued.status == Mail.Status.SENT and queued.last_error == ""


def test_after_the_last_attempt_the_mail_is_failed_and_a_coordinator_can_resend_it(
    queue_mail, flaky, settings
):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    flaky.failures = 10
    queued = queue_mail()
    later = timezone.now() + timedelta(days=1)
    mails_send_due(now=later)
    mails_send_due(now=later + timedelta(days=1))
    queued.refresh_from_db()
    assert queued.status == Mail.Status.FAILED and queued.attempts == 3
    assert mails_send_due(now=later + timedelta(days=2)) == 0  # failed stays failed

    flaky.failures = 0
    mail_resend(mail=queued)
    queued.refresh_from_db()
    assert queued.status == Mail.Status.SENT and len(mail.outbox) == 1


def test_a_refused_recipient_fails_at_once_and_is_not_written_to_again(queue_mail, settings):
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=AnymailRecipientsRefused("refused"),
    ):
        first = queue_mail(to="Weg@Example.org")
    first.refresh_from_db()
    assert first.status == Mail.Status.FAILED and first.attempts == 1
    assert SuppressedAddress.objects.get().email == "weg@example.org"
    second = queue_mail(to="weg@example.org")
    assert second.status == Mail.Status.SKIPPED and not mail.outbox


def test_the_failure_switch_makes_sends_fail(queue_mail, settings):
    settings.MAIL_FAIL_RATE = 1.0
    queued = queue_mail()
    queued.refresh_from_db()
    assert queued.status == Mail.Status.PENDING and queued.last_error.startswith("Injected")
    settings.MAIL_FAIL_RATE = 0.0
    mails_send_due(now=timezone.now() + timedelta(hours=1))
    assert len(mail.outbox) == 1


def test_a_mail_left_half_sent_by_a_dead_worker_is_sent_by_the_sweep(queue_mail):
    with mock.patch("django_q.tasks.async_task"):  # the worker never ran it
        queued = queue_mail()
    claimed = timezone.now() - timedelta(minutes=30)
    Mail.objects.filter(pk=queued.pk).update(status=Mail.Status.SENDING, claimed_at=claimed)
    assert mails_send_due() == 1
    assert len(mail.outbox) == 1


def test_attachments_travel_with_the_mail(queue_mail):
    ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    queue_mail(attachments=[{"filename": "t.ics", "content": ics, "mimetype": "text/calendar"}])
    assert mail.outbox[0].attachments == [("t.ics", ics, "text/calendar")]


def test_a_mail_erased_with_its_recipients_account_before_sending_is_not_sent():
    # The worker comes too late: the mail is queued, not yet sent.
    with mock.patch("django_q.tasks.async_task"), transaction.atomic():
        queued = mail_enqueue(
            template="t", to="anna@example.org", language="de", subject="S", text="T"
        )
    Mail.objects.filter(pk=queued.pk).delete()  # as account deletion does
    assert mail_send(mail_id=queued.pk) == "erased"
    assert not mail.outbox


def test_mail_waiting_for_someone_who_withdrew_consent_is_held_back():
    with mock.patch("django_q.tasks.async_task"), transaction.atomic():
        queued = mail_enqueue(
            template="t", to="Anna@example.org", language="de", subject="S", text="T"
        )
    consent_withdraw(user=User.objects.create_user(email="anna@example.org"))
    assert mail_send(mail_id=queued.pk) == Mail.Status.SKIPPED
    assert not mail.outbox
