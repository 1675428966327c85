"""Mails about mentor profiles, written to the outbox with the change they report."""

from django.conf import settings
from django.db.models import Q

from accounts.models import User
from accounts.roles import Role
from mentors.models import Mentor
from outbox.services import mail_render_enqueue


def _to_user(*, template: str, user: User, mentor: Mentor) -> None:
    mail_render_enqueue(
        template=f"mentors/mail/{template}",
        to=user.email,
        language=user.language or settings.LANGUAGE_CODE,
        context={"mentor": mentor, "site_url": settings.SITE_URL},
    )


def pending_mails_enqueue(*, mentor: Mentor) -> None:
    """Every active coordinator hears that a profile waits for a check (no personal data)."""
    coordinators = User.objects.filter(
        Q(groups__name=Role.COORDINATOR.value), is_active=True
    ).distinct()
    for coordinator in coordinators:
        _to_user(template="pending", user=coordinator, mentor=mentor)


def verified_mail_enqueue(*, mentor: Mentor) -> None:
    _to_user(template="verified", user=mentor.user, mentor=mentor)


def rejected_mail_enqueue(*, mentor: Mentor) -> None:
    _to_user(template="rejected", user=mentor.user, mentor=mentor)
