"""Background work of the outbox (django-q2); arguments are mail ids, never addresses."""

import logging

from outbox import services

logger = logging.getLogger(__name__)


def mail_send(mail_id: int) -> str:
    return services.mail_send(mail_id=mail_id)


def mails_send_due() -> int:
    return services.mails_send_due()


def mails_delete_old() -> int:
    deleted = services.mails_delete_old()
    logger.info("outbox: %s old mails deleted", deleted)
    return deleted
