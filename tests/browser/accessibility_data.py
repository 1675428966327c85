"""The demo region with matches in every state a public page shows, for the accessibility
checks: an offer waiting for a mentor, an introduction waiting for feedback; a bookable
Sprechtag, an invitation to one still being planned, and a founder's two questions after one."""

from dataclasses import dataclass
from datetime import time, timedelta

from django.test import Client
from django.utils import timezone

from accounts.models import User
from consultations.models import ConsultationDay, InnovationSpace
from consultations.selectors import consultation_experts_propose
from consultations.services import consultation_day_save, consultation_experts_invite
from consultations.tokens import feedback_token_make as day_feedback_token_make
from consultations.tokens import invitation_token_make
from demo.data import COORDINATOR
from founders.models import HelpRequest
from founders.tokens import confirmation_token_make
from matching.lifecycle import match_accept, match_approve
from matching.models import Match, MatchingRun
from matching.services import matching_run_start
from matching.tokens import feedback_token_make, offer_token_make
from support.models import RoadmapTemplate, TrackExpert
from support.services import support_track_start
from support.tokens import consent_token_make, expert_token_make
from tests.browser.demo import demo_region_seed
from vocabulary.models import Topic


@dataclass
class Region:
    offered: Match  # waits for the mentor's answer
    introduced: Match  # both sides know each other; feedback is due
    confirm_path: str
    answer_path: str
    feedback_path: str
    day_path: str  # a confirmed Sprechtag with free times
    invitation_path: str  # an expert's invitation to a day still being planned
    day_feedback_path: str  # a founder's two questions after her conversation
    support_consent_path: str  # a founder asked whether she wants a Begleitung
    support_offer_path: str  # an expert asked to help with a step of one


def region_with_matches() -> Region:
    """Tasks run in-line here (no worker): this is about pages, not about the queue."""
    demo_region_seed()
    coordinator = User.objects.get(email=COORDINATOR.email)
    matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=coordinator)
    first, second = Match.objects.filter(status=Match.Status.PROPOSED).order_by("pk")[:2]
    introduced = match_accept(
        match=match_approve(match=second, by=coordinator), by=second.mentor.user
    )
    offered = match_approve(match=first, by=coordinator)
    help_request = HelpRequest.objects.order_by("pk").first()
    token = confirmation_token_make(help_request_id=help_request.pk)
    offer = offer_token_make(match_id=offered.pk, user_id=offered.mentor.user_id)
    feedback = feedback_token_make(match_id=introduced.pk, side="founder")
    bookable = ConsultationDay.objects.filter(
        status=ConsultationDay.Status.CONFIRMED, date__gte=timezone.localdate()
    ).first()
    return Region(
        offered=offered,
        introduced=introduced,
        confirm_path=f"/hilfe-anfragen/bestaetigen/{token}/",
        answer_path=f"/vermittlung/antwort/{offer}/",
        feedback_path=f"/vermittlung/rueckmeldung/{feedback}/",
        day_path=f"/sprechtage/{bookable.pk}/",
        invitation_path=_invitation_path(coordinator),
        day_feedback_path=_day_feedback_path(bookable),
        support_consent_path=_support_consent_path(coordinator),
        support_offer_path=_support_offer_path(),
    )


def _support_offer_path() -> str:
    """The demo's open offer of a Begleitung's step (Mara Koch's tax step)."""
    role = TrackExpert.objects.filter(status=TrackExpert.Status.OFFERED).order_by("pk").first()
    return f"/begleitung/anfrage/{expert_token_make(role_id=role.pk, user_id=role.mentor.user_id)}/"


def _support_consent_path(coordinator: User) -> str:
    """A Begleitung offered to a demo founder who has none yet, waiting for her yes."""
    help_request = (
        HelpRequest.objects.filter(founder__isnull=False)
        .exclude(founder__support_tracks__isnull=False)
        .order_by("pk")
        .first()
    )
    track = support_track_start(
        help_request=help_request,
        lead=coordinator,
        idea="Ein Hofcafé mit Laden im alten Dorfkrug.",
        stage="idea",
        path=RoadmapTemplate.objects.get(key="nebenerwerb"),
    )
    return f"/begleitung/zustimmen/{consent_token_make(track_id=track.pk)}/"


def _day_feedback_path(day: ConsultationDay) -> str:
    booking = day.bookings.filter(status="booked").order_by("pk").first()
    return f"/sprechtage/rueckmeldung/{day_feedback_token_make(booking_id=booking.pk)}/"


def _invitation_path(coordinator: User) -> str:
    day = ConsultationDay(
        title="Sprechtag in Planung",
        date=timezone.localdate() + timedelta(days=30),
        starts_at=time(14),
        ends_at=time(17),
        space=InnovationSpace.objects.order_by("pk").first(),
    )
    # Law or taxes: the demo's lawyer may have given her last place to a Begleitung.
    topics = Topic.objects.filter(slug__in=("recht", "steuern"))
    consultation_day_save(day=day, topics=topics, by=coordinator)
    first = consultation_experts_propose(day=day)[0]
    (invitation,) = consultation_experts_invite(day=day, mentor_ids=[first.mentor.pk])
    return f"/sprechtage/einladung/{invitation_token_make(invitation_id=invitation.pk)}/"


def sign_in(page, user: User) -> None:
    """The browser carries `user`'s session (logging in through the form is a journey's job)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": page.base_url}])
