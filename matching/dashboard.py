"""What a mentor's own page shows of her matches: offers waiting for an answer and by when,
the founders she works with (with their contact data, now that she said yes), and what is due
from her — a first meeting, feedback, an answer to "Läuft es?". Mentors ask for it through a
hook and import nothing of matching."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from matching.lifecycle import S, with_entered_at
from matching.models import Match
from matching.models.feedback import Side
from matching.selectors import match_topics, matches_of_mentor
from matching.tokens import checkin_token_make, feedback_token_make
from mentors.models import Mentor


@dataclass(frozen=True)
class Due:
    label: str
    url: str


@dataclass(frozen=True)
class Waiting:
    offer: Match
    topics: str
    answer_by: datetime


@dataclass(frozen=True)
class Mentoring:
    match: Match
    due: list[Due]


def mentor_dashboard_section(request: HttpRequest, mentor: Mentor) -> str:
    if mentor.status != Mentor.Status.ACTIVE:
        return ""  # not (or no longer) asked: nothing of matching to show
    offers, engaged = matches_of_mentor(user=mentor.user)
    waiting = [
        Waiting(
            offer=offer,
            topics=match_topics(match=offer),
            # An offer made before the audit trail existed has no entry in it.
            answer_by=(offer.entered_at or offer.updated_at)
            + timedelta(days=settings.MATCHING_OFFER_EXPIRY_DAYS),
        )
        for offer in with_entered_at(offers, S.OFFERED).prefetch_related("help_request__topics")
    ]
    mentorings = [
        Mentoring(match=match, due=_due(match))
        for match in engaged.select_related("help_request").prefetch_related(
            "help_request__topics", "feedback", "checkins"
        )
    ]
    return render_to_string(
        "matching/dashboard_mentor.html",
        {"waiting": waiting, "mentorings": mentorings},
        request=request,
    )


def _due(match: Match) -> list[Due]:
    """What this mentoring waits for from the mentor, each with the link that does it."""
    due = []
    if match.status == S.INTRODUCED:
        due.append(Due(_("Erstes Treffen vereinbaren, dann „Wir haben uns getroffen“ klicken"), ""))
    given = {feedback.side for feedback in match.feedback.all()}
    if match.feedback_requested_at and Side.MENTOR not in given:
        token = feedback_token_make(match_id=match.pk, side=Side.MENTOR)
        due.append(Due(_("Kurze Rückmeldung geben"), reverse("matching:feedback", args=[token])))
    for checkin in match.checkins.all():
        if checkin.side == Side.MENTOR and checkin.answered_at is None:
            token = checkin_token_make(checkin_id=checkin.pk)
            due.append(Due(_("„Läuft es?“ beantworten"), reverse("matching:checkin", args=[token])))
    return due
