"""Background tasks for founders: the confirmation mail and the daily cleanup. Args are ids."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from founders.models import HelpRequest
from founders.services import help_requests_delete_unconfirmed as _delete_unconfirmed
from founders.tokens import confirmation_token_make

logger = logging.getLogger(__name__)


def help_request_send_confirmation(help_request_id: int) -> None:
    """Mail the confirmation link, in the language the request was written in."""
    help_request = HelpRequest.objects.filter(
        pk=help_request_id, status=HelpRequest.Status.UNCONFIRMED
    ).first()
    if help_request is None:  # deleted or already confirmed meanwhile
        return
    with translation.override(help_request.contact_language):
        path = reverse(
            "founders:confirm",
            kwargs={"token": confirmation_token_make(help_request_id=help_request.pk)},
        )
        context = {"help_request": help_request, "url": settings.SITE_URL.rstrip("/") + path}
        subject = render_to_string("founders/mail/confirm_subject.txt", context).strip()
        body = render_to_string("founders/mail/confirm_body.txt", context)
    send_mail(subject, body, None, [help_request.email])


def help_requests_delete_unconfirmed() -> int:
    deleted = _delete_unconfirmed()
    logger.info("deleted %s unconfirmed help requests", deleted)
    return deleted
