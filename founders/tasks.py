"""Background tasks for founders: the daily cleanup of unconfirmed requests."""

import logging

from founders.services import help_requests_delete_unconfirmed as _delete_unconfirmed

logger = logging.getLogger(__name__)


def help_requests_delete_unconfirmed() -> int:
    deleted = _delete_unconfirmed()
    logger.info("deleted %s unconfirmed help requests", deleted)
    return deleted
