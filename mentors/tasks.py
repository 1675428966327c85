"""Mails about mentor profiles, sent by django-q2 workers; arguments are ids, never names."""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation

from accounts.models import User
from accounts.roles import Role
from mentors.models import Mentor


def _send(*, template: str, to: User, context: dict) -> None:
    with translation.override(to.language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"mentors/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"mentors/email/{template}_message.txt", context)
    send_mail(
        f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        [to.email],
    )


def mentor_pending_notify(mentor_id: int) -> None:
    """Tell every active coordinator that a profile waits for a check (no personal data inside)."""
    mentor = Mentor.objects.filter(pk=mentor_id, status=Mentor.Status.PENDING).first()
    if mentor is None:
        return
    coordinators = User.objects.filter(
        Q(groups__name=Role.COORDINATOR.value), is_active=True
    ).distinct()
    context = {"mentor": mentor, "site_url": settings.SITE_URL}
    for coordinator in coordinators:
        _send(template="pending", to=coordinator, context=context)


def mentor_verified_notify(mentor_id: int) -> None:
    mentor = Mentor.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is not None and mentor.status == Mentor.Status.ACTIVE:
        _send(
            template="verified",
            to=mentor.user,
            context={"mentor": mentor, "site_url": settings.SITE_URL},
        )


def mentor_rejected_notify(mentor_id: int) -> None:
    mentor = Mentor.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is not None and mentor.status == Mentor.Status.REJECTED:
        _send(
            template="rejected",
            to=mentor.user,
            context={"mentor": mentor, "site_url": settings.SITE_URL},
        )
