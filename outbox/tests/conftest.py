"""A mail service that fails on demand, and a queued mail to send through it."""

import pytest
from anymail.exceptions import AnymailAPIError
from django.core.mail.backends.locmem import EmailBackend

from outbox.services import mail_enqueue


class FlakyBackend(EmailBackend):
    """Django's in-memory backend, failing the next `failures` sends like a provider outage."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise AnymailAPIError("provider unavailable", status_code=503)
        return super().send_messages(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = "outbox.tests.conftest.FlakyBackend"
    FlakyBackend.failures = 0
    yield FlakyBackend
    FlakyBackend.failures = 0


@pytest.fixture
def queue_mail(django_capture_on_commit_callbacks):
    """Queue a mail as a service does, and commit (the send task runs in sync mode)."""

    def queue(to: str = "anna@example.org", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return mail_enqueue(
                template=kwargs.pop("template", "tests/hello"),
                to=to,
                language=kwargs.pop("language", "de"),
                subject=kwargs.pop("subject", "Willkommen"),
                text=kwargs.pop("text", "Guten Tag,\nhier ist https://example.org/weiter"),
                **kwargs,
            )

    return queue
