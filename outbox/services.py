"""Writes for the outbox: queue a mail with the change that causes it, send it after commit,
retry with backoff, give up visibly, and record what the mail service reports back."""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta

from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape

from common.schedules import schedule_ensure
from outbox.models import Mail, SuppressedAddress
from outbox.providers import idempotency_headers, refused_as_repeat

logger = logging.getLogger(__name__)

SEND_DUE_SCHEDULE_NAME = "outbox: send due mails"
CLEANUP_SCHEDULE_NAME = "outbox: delete old mails"
# Errors that another attempt cannot fix: the address itself is refused.
_PERMANENT = (AnymailRecipientsRefused, AnymailInvalidAddress)


class InjectedSendFailure(AnymailAPIError):
    """Raised instead of sending while MAIL_FAIL_RATE says so (fault tests)."""


def address_is_suppressed(email: str) -> bool:
    return SuppressedAddress.objects.filter(email__iexact=email).exists()


def _send_after_commit(mail_id: int) -> None:
    def enqueue() -> None:
        from django_q.tasks import async_task  # imported late so tests can patch it

        async_task("outbox.tasks.mail_send", mail_id)

    transaction.on_commit(enqueue)


def mail_enqueue(
    *,
    template: str,
    to: str,
    language: str,
    subject: str,
    text: str,
    html: str = "",
    attachments: list[dict] | tuple = (),
) -> Mail:
    """Store one mail in the caller's transaction; it is sent only once that commits. Without
    an HTML part of its own, the text is set in the house layout."""
    subject = " ".join(subject.split())[:255]
    suppressed = address_is_suppressed(to)
    mail = Mail.objects.create(
        template=template,
        to=to,
        language=language,
        subject=subject,
        text=text,
        html=html or _html_from_text(subject=subject, text=text, language=language),
        attachments=list(attachments),
        status=Mail.Status.SKIPPED if suppressed else Mail.Status.PENDING,
        next_attempt_at=None if suppressed else timezone.now(),
    )
    if not suppressed:
        _send_after_commit(mail.pk)
    return mail


def mail_render(*, template: str, language: str, context: dict) -> tuple[str, str, str]:
    """Subject, text and HTML of `template` in `language`, from `<template>_subject.txt`,
    `<template>_body.txt` and, where one is written, `<template>_body.html` (else "")."""
    with translation.override(language):
        subject = settings.MAIL_SUBJECT_PREFIX + render_to_string(
            f"{template}_subject.txt", context
        )
        text = render_to_string(f"{template}_body.txt", context)
        try:
            html = render_to_string(f"{template}_body.html", context)
        except TemplateDoesNotExist:
            html = ""
    return subject, text, html


def _html_from_text(*, subject: str, text: str, language: str) -> str:
    # Text rendered from a template comes back marked safe, with what people typed unescaped
    # (right for text/plain); escaped here, a founder's "<img …>" is shown, never mailed as markup.
    context = {"subject": escape(subject), "text": escape(text)}
    with translation.override(language):
        return render_to_string("outbox/layout.html", context)


def mail_render_enqueue(
    *, template: str, to: str, language: str, context: dict, attachments: list[dict] = ()
) -> Mail:
    subject, text, html = mail_render(template=template, language=language, context=context)
    return mail_enqueue(
        template=template,
        to=to,
        language=language,
        subject=subject,
        text=text,
        html=html,
        attachments=attachments,
    )


def _retry_delay(attempts: int) -> timedelta:
    # 1, 2, 4, 8 … times the base delay, so a provider outage is not hammered.
    return timedelta(seconds=settings.OUTBOX_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


def _message(mail: Mail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=mail.subject, body=mail.text, from_email=settings.DEFAULT_FROM_EMAIL, to=[mail.to]
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    for attachment in mail.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    message.metadata = {"mail_id": str(mail.pk)}  # anymail passes it to the provider
    message.extra_headers.update(idempotency_headers(mail_id=mail.pk, created_at=mail.created_at))
    return message


def _error_kind(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__}{f' (HTTP {status})' if status else ''}"[:200]


def mail_send(*, mail_id: int, now: datetime | None = None) -> str:
    """Send one pending mail once; returns its status afterwards.

    The row is claimed by a conditional update first, so two workers (or the retry sweep and
    the task queued at commit) never both send it, and a sent mail is never sent again."""
    now = now or timezone.now()
    claimed = Mail.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        pk=mail_id,
        status=Mail.Status.PENDING,
    ).update(status=Mail.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    mail = Mail.objects.filter(pk=mail_id).first()
    if mail is None:
        return "erased"  # its recipient deleted the account before it went out
    if not claimed:
        return mail.status
    if address_is_suppressed(mail.to):
        mail.status = Mail.Status.SKIPPED
        mail.save(update_fields=["status"])
        return mail.status
    message = _message(mail)
    try:
        if random.random() < settings.MAIL_FAIL_RATE:  # noqa: S311 (a test switch, not crypto)
            raise InjectedSendFailure("MAIL_FAIL_RATE")
        message.send()
    except Exception as error:
        if _outcome_unknown(mail) and refused_as_repeat(error):
            # An earlier attempt reached the provider and went out; its id never came back.
            return _sent(mail=mail, message_id=None)
        return _failed(mail=mail, error=error, now=now)
    status = getattr(message, "anymail_status", None)  # set by anymail's backends only
    return _sent(mail=mail, message_id=getattr(status, "message_id", None))


def _outcome_unknown(mail: Mail) -> bool:
    # An earlier attempt whose worker died or whose answer was lost (not one the provider
    # refused outright, "… (HTTP 4xx)"), so it may have been accepted.
    return mail.attempts > 1 and "(HTTP 4" not in mail.last_error


def _sent(*, mail: Mail, message_id: str | None) -> str:
    mail.status, mail.sent_at, mail.last_error = Mail.Status.SENT, timezone.now(), ""
    mail.esp_message_id = "" if message_id is None else str(message_id)[:255]
    mail.save(update_fields=["status", "sent_at", "last_error", "esp_message_id"])
    return mail.status


def _failed(*, mail: Mail, error: Exception, now: datetime) -> str:
    mail.last_error = _error_kind(error)
    if isinstance(error, _PERMANENT):
        mail.status = Mail.Status.FAILED
        if isinstance(error, AnymailRecipientsRefused):
            address_suppress(email=mail.to, reason=SuppressedAddress.Reason.REFUSED)
    elif mail.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        mail.status = Mail.Status.FAILED
    else:
        mail.status = Mail.Status.PENDING
        mail.next_attempt_at = now + _retry_delay(mail.attempts)
    mail.save(update_fields=["status", "last_error", "next_attempt_at"])
    logger.warning(
        "mail %s (%s): attempt %s failed with %s → %s",
        mail.pk,
        mail.template,
        mail.attempts,
        mail.last_error,
        mail.status,
    )
    return mail.status


def mails_send_due(*, now: datetime | None = None) -> int:
    """The sweep behind retries: every pending mail whose time has come, and mails a dead
    worker left half-sent (never not at all; twice only where the provider cannot drop a
    repeat, see outbox.providers)."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.OUTBOX_SENDING_STALE_SECONDS)
    Mail.objects.filter(status=Mail.Status.SENDING, claimed_at__lt=stale).update(
        status=Mail.Status.PENDING
    )
    due = Mail.objects.filter(status=Mail.Status.PENDING, next_attempt_at__lte=now)
    sent = 0
    for mail_id in due.order_by("next_attempt_at", "pk").values_list("pk", flat=True):
        sent += mail_send(mail_id=mail_id, now=now) == Mail.Status.SENT
    return sent


def mail_resend(*, mail: Mail) -> Mail:
    """A coordinator sends a failed mail again (after the address or the provider is fixed)."""
    updated = Mail.objects.filter(pk=mail.pk, status=Mail.Status.FAILED).update(
        status=Mail.Status.PENDING, attempts=0, next_attempt_at=timezone.now(), last_error=""
    )
    if updated:
        _send_after_commit(mail.pk)
    mail.refresh_from_db()
    return mail


def mails_hold_for(*, email: str) -> int:
    """Mail still waiting for an address whose owner withdrew consent is never sent: what
    she is told about the withdrawal is written after this, and goes out."""
    return Mail.objects.filter(to__iexact=email, status=Mail.Status.PENDING).update(
        status=Mail.Status.SKIPPED, next_attempt_at=None
    )


def consent_withdrawn_receiver(sender, *, user, **kwargs) -> None:
    mails_hold_for(email=user.email)


def address_suppress(*, email: str, reason: str) -> SuppressedAddress:
    suppressed, _ = SuppressedAddress.objects.get_or_create(
        email=email.lower(), defaults={"reason": reason}
    )
    return suppressed


# Provider events that mean: do not write to this address again.
_SUPPRESSING = {
    Mail.Tracking.BOUNCED: SuppressedAddress.Reason.BOUNCED,
    Mail.Tracking.COMPLAINED: SuppressedAddress.Reason.COMPLAINED,
    Mail.Tracking.REJECTED: SuppressedAddress.Reason.REFUSED,
}


@transaction.atomic
def mail_track(
    *, message_id: str | None, event_type: str, recipient: str | None, at: datetime | None
) -> Mail | None:
    """Record a delivery event the provider reported (anymail tracking webhook)."""
    if event_type not in Mail.Tracking.values or not event_type:
        return None  # opened, clicked, queued …: not kept
    mail = (
        Mail.objects.select_for_update().filter(esp_message_id=message_id).first()
        if message_id
        else None
    )
    address = recipient or (mail.to if mail else None)
    if event_type in _SUPPRESSING and address:
        address_suppress(email=address, reason=_SUPPRESSING[event_type])
    if mail is not None:
        mail.tracking, mail.tracked_at = event_type, at or timezone.now()
        mail.save(update_fields=["tracking", "tracked_at"])
    return mail


def mails_delete_old(*, now: datetime | None = None) -> int:
    """Mails older than OUTBOX_KEEP_DAYS are deleted: they hold names and contact details."""
    now = now or timezone.now()
    deleted, _ = Mail.objects.filter(
        created_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_DAYS),
        status__in=[Mail.Status.SENT, Mail.Status.FAILED, Mail.Status.SKIPPED],
    ).delete()
    return deleted


def outbox_schedules_sync() -> None:
    from django_q.models import Schedule

    schedule_ensure(
        name=SEND_DUE_SCHEDULE_NAME,
        func="outbox.tasks.mails_send_due",
        schedule_type=Schedule.MINUTES,
        minutes=1,
    )
    schedule_ensure(
        name=CLEANUP_SCHEDULE_NAME,
        func="outbox.tasks.mails_delete_old",
        schedule_type=Schedule.DAILY,
    )
