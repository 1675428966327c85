"""Background tasks for guides: the daily reminder about overdue reviews."""

import logging

from django.conf import settings
from django.urls import reverse

from guides.selectors import editors_to_remind, guides_review_overdue
from outbox.services import mail_render_enqueue

logger = logging.getLogger(__name__)


def _edit_url(page_id: int) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse('wagtailadmin_pages:edit', args=[page_id])}"


def guides_review_overdue_notify() -> int:
    """Mail each active editor one list of guides whose review date has passed.

    Writes nothing when no review is overdue; returns the number of mails written.
    """
    guides = [
        {"title": guide.title, "review_due": guide.review_due, "edit_url": _edit_url(guide.pk)}
        for guide in guides_review_overdue()
    ]
    if not guides:
        return 0
    sent = 0
    for editor in editors_to_remind():
        mail_render_enqueue(
            template="guides/mail/review_overdue",
            to=editor.email,
            language=editor.language or settings.LANGUAGE_CODE,
            context={"guides": guides},
        )
        sent += 1
    logger.info("review reminder: %d guides overdue, %d mails", len(guides), sent)
    return sent
