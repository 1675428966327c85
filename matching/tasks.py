"""Background work of matching (django-q2); arguments are ids only, never personal data."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from founders.models import HelpRequest
from matching.feedback import feedback_requests_send as _feedback_requests_send
from matching.lifecycle import offers_remind_and_expire as _remind_and_expire
from matching.models import Match, MatchingRun
from matching.models.feedback import Side
from matching.selectors import offer_summary
from matching.services import (
    MatchingRunBusy,
    matching_run_start,
    suggestions_store,
)
from matching.services import (
    matching_run_execute as _execute,
)
from matching.tokens import feedback_token_make, offer_token_make

logger = logging.getLogger(__name__)


def matching_run_execute(run_id: int) -> None:
    _execute(run_id=run_id)


def matching_run_nightly() -> None:
    try:
        run = matching_run_start(trigger=MatchingRun.Trigger.SCHEDULE, enqueue=False)
    except MatchingRunBusy:
        logger.info("nightly matching run skipped: another run is in progress")
        return
    _execute(run_id=run.pk)


def suggestions_refresh(help_request_id: int) -> None:
    help_request = HelpRequest.objects.filter(pk=help_request_id).first()
    if help_request is None or help_request.status != HelpRequest.Status.OPEN:
        return  # withdrawn or deleted meanwhile
    suggestions_store(help_request=help_request)


def _send(*, template: str, language: str, context: dict, to: str) -> None:
    with translation.override(language):
        subject = render_to_string(f"matching/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"matching/mail/{template}_body.txt", context)
    send_mail(subject, body, None, [to])


def match_send_reminder(match_id: int) -> None:
    match_send_offer(match_id, reminder=True)


def offers_remind_and_expire() -> None:
    reminded, expired = _remind_and_expire()
    logger.info("offers: %s reminded, %s expired", reminded, expired)


def match_send_offer(match_id: int, reminder: bool = False) -> None:
    """The mentor's offer: an anonymised summary and the way to answer (or a reminder of it)."""
    match = (
        Match.objects.filter(pk=match_id, status=Match.Status.OFFERED)
        .select_related("mentor__user", "help_request__place")
        .first()
    )
    if match is None:  # answered or withdrawn meanwhile
        return
    mentor, help_request = match.mentor, match.help_request
    language = mentor.user.language or settings.LANGUAGE_CODE
    token = offer_token_make(match_id=match.pk, user_id=mentor.user_id)
    with translation.override(language):  # the link opens the page in the mentor's language
        path = reverse("matching:answer", kwargs={"token": token})
    context = {
        "mentor": mentor,
        "help_request": help_request,
        "summary": offer_summary(match=match),
        "url": settings.SITE_URL.rstrip("/") + path,
        "reminder": reminder,
        "expiry_days": settings.MATCHING_OFFER_EXPIRY_DAYS,
    }
    _send(
        template="offer",
        language=language,
        context=context,
        to=mentor.user.email,
    )


def match_send_introduction(match_id: int) -> None:
    """Both sides learn who the other is, now that the mentor has said yes."""
    match = (
        Match.objects.filter(pk=match_id, status=Match.Status.INTRODUCED)
        .select_related("mentor__user", "help_request")
        .first()
    )
    if match is None:
        return
    help_request, mentor = match.help_request, match.mentor
    context = {
        "mentor": mentor,
        "help_request": help_request,
        "topics": ", ".join(str(t) for t in help_request.topics.all()),
    }
    _send(
        template="introduction_founder",
        language=help_request.contact_language,
        context=context,
        to=help_request.email,
    )
    _send(
        template="introduction_mentor",
        language=mentor.user.language or settings.LANGUAGE_CODE,
        context=context,
        to=mentor.user.email,
    )


def feedback_requests_send() -> None:
    logger.info("feedback asked for %s matches", _feedback_requests_send())


def match_send_feedback_request(match_id: int) -> None:
    """Both sides get their own signed link to a short form."""
    match = Match.objects.filter(pk=match_id).select_related("mentor__user", "help_request").first()
    if match is None:
        return
    help_request, mentor = match.help_request, match.mentor
    for side, language, to, name in (
        (Side.FOUNDER, help_request.contact_language, help_request.email, help_request.first_name),
        (
            Side.MENTOR,
            mentor.user.language or settings.LANGUAGE_CODE,
            mentor.user.email,
            mentor.user.first_name,
        ),
    ):
        token = feedback_token_make(match_id=match.pk, side=side)
        with translation.override(language):
            path = reverse("matching:feedback", kwargs={"token": token})
        _send(
            template="feedback",
            language=language,
            context={"name": name, "url": settings.SITE_URL.rstrip("/") + path},
            to=to,
        )
