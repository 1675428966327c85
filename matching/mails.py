"""The mails of a match — offer, reminder, introduction, feedback request, the notice that it
ended early — each written to the outbox inside the transaction of the change that causes it."""

from datetime import timedelta

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from common.calendar import CalendarEvent, event_calendar
from founders.tokens import rematch_token_make
from matching.models import CheckIn, Match
from matching.models.feedback import Side
from matching.models.matches import ENGAGED
from matching.selectors import match_topics, offer_summary
from matching.tokens import checkin_token_make, feedback_token_make, offer_token_make
from mentors.models import Mentor
from mentors.tokens import back_token_make
from outbox.links import mail_link
from outbox.services import mail_render_enqueue
from vocabulary.choices import FOUNDER_SIDE_ENDS, MENTOR_SIDE_ENDS, EndReason

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


def checkin_mails_enqueue(*, match: Match, checkins: list[CheckIn]) -> None:
    """ "Läuft es?" to both sides, each with a signed link to its own question."""
    by_side = {checkin.side: checkin for checkin in checkins}
    for side, language, to, name in _both_sides(match):
        checkin = by_side[side]
        token = checkin_token_make(checkin_id=checkin.pk)
        mail_render_enqueue(
            template="matching/mail/checkin",
            to=to,
            language=language,
            context={
                "name": name,
                "days": checkin.day,
                "topics": match_topics(match=match),
                "url": mail_link(language=language, name="matching:checkin", token=token),
            },
        )


def cancellation_notices_enqueue(*, match: Match, came_from: str, reason: str) -> None:
    """Tell the other side that a match ended early. The mentor learns nothing about the
    founder (not even a name: she may have asked for her data to be erased); the founder whose
    mentoring ended gets one link to ask for another expert."""
    by_founder = reason in FOUNDER_SIDE_ENDS
    by_mentor = reason in MENTOR_SIDE_ENDS
    if came_from == Match.Status.OFFERED and not by_mentor:
        _mentor_notice_enqueue(
            match=match, template="matching/mail/offer_withdrawn", by_founder=by_founder
        )
    elif came_from in ENGAGED:
        if not by_mentor:
            _mentor_notice_enqueue(
                match=match, template="matching/mail/ended_mentor", by_founder=by_founder
            )
        if not by_founder:
            _founder_notice_enqueue(
                match=match, by_mentor=by_mentor, searching=reason == EndReason.REMATCH
            )


def _mentor_notice_enqueue(*, match: Match, template: str, by_founder: bool) -> None:
    language = _mentor_language(match)
    mail_render_enqueue(
        template=template,
        to=match.mentor.user.email,
        language=language,
        context={
            "name": match.mentor.user.first_name,
            "topics": match_topics(match=match),
            "by_founder": by_founder,
            "since": match.created_at,
        },
    )


def _founder_notice_enqueue(*, match: Match, by_mentor: bool, searching: bool) -> None:
    help_request = match.help_request
    language = help_request.contact_language
    token = rematch_token_make(help_request_id=help_request.pk)
    mail_render_enqueue(
        template="matching/mail/ended_founder",
        to=help_request.email,
        language=language,
        context={
            "name": help_request.first_name,
            "topics": match_topics(match=match),
            "by_mentor": by_mentor,
            "searching": searching,
            "url": mail_link(language=language, name="founders:rematch", token=token),
        },
    )


def paused_for_silence_mail_enqueue(*, mentor: Mentor) -> None:
    """Kindly: we noticed two offers went unanswered, paused her, and one click ends it."""
    language = mentor.user.language or settings.LANGUAGE_CODE
    token = back_token_make(mentor_id=mentor.pk)
    mail_render_enqueue(
        template="matching/mail/paused_for_silence",
        to=mentor.user.email,
        language=language,
        context={
            "name": mentor.user.first_name,
            "until": mentor.paused_until,
            "url": mail_link(language=language, name="mentors:back", token=token),
        },
    )
