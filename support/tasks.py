"""Background tasks of Begleitungen (django-q2): ids only, never personal data."""

import logging

from support.reminders import milestones_remind as _milestones_remind

logger = logging.getLogger(__name__)


def milestones_remind() -> None:
    logger.info("Begleitung: %s founders reminded of due steps", _milestones_remind())
