"""Background tasks of Begleitungen (django-q2): ids only, never personal data."""

import logging

from support.experts import track_offers_expire as _track_offers_expire
from support.reminders import milestones_remind as _milestones_remind

logger = logging.getLogger(__name__)


def milestones_remind() -> None:
    logger.info("Begleitung: %s founders reminded of due steps", _milestones_remind())


def track_offers_expire() -> None:
    logger.info("Begleitung: %s unanswered expert offers expired", _track_offers_expire())
