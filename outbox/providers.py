"""What the mail providers offer against duplicates when a send's outcome is unknown: the
provider accepted the mail, but the worker died (or the answer was lost) before the outbox
recorded it, so the mail is sent again.

Brevo de-duplicates on an `idempotencyKey` among the message's headers: a request whose key was
used within the last 30 minutes (15 in the 2021 changelog) is refused with `duplicate_parameter`
and not sent (developers.brevo.com, "Idempotency for batch emails"; changelog 2021-11-10,
"Email API now supports idempotency"). Postmark, Mailjet and Scaleway document nothing of the
kind (Mailjet's DeduplicateCampaign drops repeat recipients of one campaign, not repeat
requests): there such a crash sends each mail in flight at most once more."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from django.conf import settings

BREVO_BACKENDS = frozenset(
    {"anymail.backends.brevo.EmailBackend", "anymail.backends.sendinblue.EmailBackend"}
)
# Fixed for this project: keys are UUIDs, as Brevo asks, and the same for every attempt.
_KEY_NAMESPACE = uuid.UUID("50c804ff-19d3-462b-a498-984763030bc7")


def _brevo() -> bool:
    return settings.EMAIL_BACKEND in BREVO_BACKENDS


def idempotency_key(*, mail_id: int, created_at: datetime) -> str:
    """One key per outbox row, the same at every attempt. The creation time is part of it, so a
    copy of the database (staging, a restore) sending through the same account never reuses the
    key of another mail that has the same id."""
    return str(uuid.uuid5(_KEY_NAMESPACE, f"{mail_id}:{created_at.astimezone(UTC).isoformat()}"))


def idempotency_headers(*, mail_id: int, created_at: datetime) -> dict[str, str]:
    """Headers that make the provider drop a repeat of this mail; none where it has no such rule."""
    if not _brevo():
        return {}
    return {"idempotencyKey": idempotency_key(mail_id=mail_id, created_at=created_at)}


def refused_as_repeat(error: Exception) -> bool:
    """The provider refused a send because it has processed this mail's key before."""
    if not _brevo() or getattr(error, "status_code", None) != 400:
        return False
    try:
        return error.response.json().get("code") == "duplicate_parameter"
    except (AttributeError, ValueError):
        return False
