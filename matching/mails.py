"""The mails of a match — offer, reminder, introduction, feedback request — each written to the
outbox inside the transaction of the change that causes it."""

from datetime import timedelta

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from common.calendar import CalendarEvent, event_calendar
from matching.models import Match
from matching.models.feedback import Side
from matching.selectors import offer_summary
from matching.tokens import completion_token_make, feedback_token_make, offer_token_make
from outbox.links import mail_link
from outbox.services import mail_render_enqueue

FIRST_MEETING_LENGTH = timedelta(hours=1)


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
            "url": mail_link(language=language, name="matching:answer", token=token),
            "reminder": reminder,
            "expiry_days": settings.MATCHING_OFFER_EXPIRY_DAYS,
        },
    )


def _first_meeting_ics(*, match: Match, language: str, other: str) -> list[dict]:
    """The mentor's proposed first meeting as a calendar file, worded for the reader."""
    if match.first_meeting_at is None:
        return []
    with translation.override(language):
        summary = _("Erstes Treffen mit %(name)s") % {"name": other}
        description = _("Vorgeschlagen über Landvorteil Mentoring.")
    ics = event_calendar(
        CalendarEvent(
            uid=f"match-{match.pk}-first-meeting@landvorteil-mentoring",
            summary=summary,
            start=match.first_meeting_at,
            end=match.first_meeting_at + FIRST_MEETING_LENGTH,
            stamp=match.updated_at,
            description=description,
            location=match.first_meeting_where,
        )
    )
    return [
        {"filename": "erstes-treffen.ics", "content": ics.decode(), "mimetype": "text/calendar"}
    ]


def introduction_mails_enqueue(*, match: Match) -> None:
    """Both sides learn who the other is, now that the mentor has said yes."""
    help_request, mentor = match.help_request, match.mentor
    context = {
        "mentor": mentor,
        "help_request": help_request,
        "topics": ", ".join(str(t) for t in help_request.topics.all()),
        "match": match,
    }
    founder_language, mentor_language = help_request.contact_language, _mentor_language(match)
    mail_render_enqueue(
        template="matching/mail/introduction_founder",
        to=help_request.email,
        language=founder_language,
        context=context,
        attachments=_first_meeting_ics(
            match=match, language=founder_language, other=mentor.user.get_full_name()
        ),
    )
    mail_render_enqueue(
        template="matching/mail/introduction_mentor",
        to=mentor.user.email,
        language=mentor_language,
        context=context,
        attachments=_first_meeting_ics(
            match=match,
            language=mentor_language,
            other=f"{help_request.first_name} {help_request.last_name}",
        ),
    )


def _both_sides(match: Match):
    """(side, language, address, first name) of the founder and of the mentor."""
    help_request, user = match.help_request, match.mentor.user
    return (
        (Side.FOUNDER, help_request.contact_language, help_request.email, help_request.first_name),
        (Side.MENTOR, _mentor_language(match), user.email, user.first_name),
    )


def feedback_mails_enqueue(*, match: Match) -> None:
    """Both sides get their own signed link to a short form."""
    for side, language, to, name in _both_sides(match):
        token = feedback_token_make(match_id=match.pk, side=side)
        mail_render_enqueue(
            template="matching/mail/feedback",
            to=to,
            language=language,
            context={
                "name": name,
                "url": mail_link(language=language, name="matching:feedback", token=token),
            },
        )


def completion_mails_enqueue(*, match: Match) -> None:
    """Both sides are asked whether the mentoring is finished, one click to say so."""
    for side, language, to, name in _both_sides(match):
        token = completion_token_make(match_id=match.pk, side=side)
        mail_render_enqueue(
            template="matching/mail/completion",
            to=to,
            language=language,
            context={
                "name": name,
                "weeks": settings.MATCHING_COMPLETION_PROMPT_WEEKS,
                "url": mail_link(language=language, name="matching:completion", token=token),
            },
        )
