"""Background tasks of Sprechtage (django-q2): ids only, never personal data."""

import logging

from consultations.bookings import consultation_waitlists_advance
from consultations.reminders import (
    consultation_days_follow_up,
    consultation_days_remind,
    consultation_invitations_remind,
)

logger = logging.getLogger(__name__)


def invitations_remind() -> None:
    logger.info("Sprechtage: %s invitations reminded", consultation_invitations_remind())


def days_remind() -> None:
    logger.info("Sprechtage: %s days reminded the day before", consultation_days_remind())


def days_follow_up() -> None:
    logger.info("Sprechtage: %s days followed up the day after", consultation_days_follow_up())


def waitlists_advance() -> None:
    logger.info("Sprechtage: %s moved up from a waiting list", consultation_waitlists_advance())
