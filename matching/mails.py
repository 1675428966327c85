"""The mails of a match — offer, reminder, introduction, feedback request — each written to the
outbox inside the transaction of the change that causes it."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from matching.models import Match
from matching.models.feedback import Side
from matching.selectors import offer_summary
from matching.tokens import feedback_token_make, offer_token_make
from outbox.services import mail_render_enqueue


def _absolute(*, language: str, name: str, token: str) -> str:
    with translation.override(language):  # the link opens the page in the reader's language
        path = reverse(name, kwargs={"token": token})
    return settings.SITE_URL.rstrip("/") + path


def _mentor_language(match: Match) -> str:
    return match.mentor.user.language or settings.LANGUAGE_CODE


def offer_mail_enqueue(*, match: Match, reminder: bool = False) -> None:
    """The mentor's offer: an anonymised summary and the way to answer (or a reminder of it)."""
    mentor, language = match.mentor, _mentor_language(match)
    token = offer_token_make(match_id=match.pk, user_id=mentor.user_id)
    mail_render_enqueue(
        template="matching/mail/offer",
        to=mentor.user.email,
        language=language,
        context={
            "mentor": mentor,
            "help_request": match.help_request,
            "summary": offer_summary(match=match),
            "url": _absolute(language=language, name="matching:answer", token=token),
            "reminder": reminder,
            "expiry_days": settings.MATCHING_OFFER_EXPIRY_DAYS,
        },
    )


def introduction_mails_enqueue(*, match: Match) -> None:
    """Both sides learn who the other is, now that the mentor has said yes."""
    help_request, mentor = match.help_request, match.mentor
    context = {
        "mentor": mentor,
        "help_request": help_request,
        "topics": ", ".join(str(t) for t in help_request.topics.all()),
    }
    mail_render_enqueue(
        template="matching/mail/introduction_founder",
        to=help_request.email,
        language=help_request.contact_language,
        context=context,
    )
    mail_render_enqueue(
        template="matching/mail/introduction_mentor",
        to=mentor.user.email,
        language=_mentor_language(match),
        context=context,
    )


def feedback_mails_enqueue(*, match: Match) -> None:
    """Both sides get their own signed link to a short form."""
    help_request, mentor = match.help_request, match.mentor
    for side, language, to, name in (
        (Side.FOUNDER, help_request.contact_language, help_request.email, help_request.first_name),
        (Side.MENTOR, _mentor_language(match), mentor.user.email, mentor.user.first_name),
    ):
        token = feedback_token_make(match_id=match.pk, side=side)
        mail_render_enqueue(
            template="matching/mail/feedback",
            to=to,
            language=language,
            context={
                "name": name,
                "url": _absolute(language=language, name="matching:feedback", token=token),
            },
        )
