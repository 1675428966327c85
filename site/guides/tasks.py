"""Background tasks for guides: the daily reminder about overdue reviews."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from guides.selectors import editors_to_remind, guides_review_overdue

logger = logging.getLogger(__name__)


def _edit_url(page_id: int) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse('wagtailadmin_pages:edit', args=[page_id])}"


def guides_review_overdue_notify() -> int:
    """Mail each active editor one list of guides whose review date has passed.

    Sends nothing when no review is overdue; returns the number of mails sent.
    """
    guides = [
        {"title": guide.title, "review_due": guide.review_due, "edit_url": _edit_url(guide.pk)}
        for guide in guides_review_overdue()
    ]
    if not guides:
        return 0
    sent = 0
    for editor in editors_to_remind():
        with translation.override(editor.language or settings.LANGUAGE_CODE):
            subject = ngettext(
                "Ein Leitfaden wartet auf die fachliche Prüfung",
                "%(count)d Leitfäden warten auf die fachliche Prüfung",
                len(guides),
            ) % {"count": len(guides)}
            body = render_to_string("guides/mail/review_overdue.txt", {"guides": guides})
        send_mail(f"[Landvorteil] {subject}", body, None, [editor.email])
        sent += 1
    logger.info("review reminder: %d guides overdue, %d mails", len(guides), sent)
    return sent
