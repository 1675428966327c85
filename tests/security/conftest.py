"""The world the security tests attack: two founders, two mentors, a coordinator, an editor, and
founder A's request offered to mentor A, another introduced; a run, mails, a blocked address."""

from datetime import time, timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from conftest import make_user
from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationFeedback,
    ConsultationInvitation,
    ConsultationSlot,
    InnovationSpace,
)
from consultations.tokens import (
    booking_cancel_token_make,
    booking_confirm_token_make,
    expert_feedback_token_make,
    invitation_token_make,
    schedule_token_make,
)
from consultations.tokens import feedback_token_make as consultation_feedback_token_make
from founders.models import HelpRequest
from founders.tokens import confirmation_token_make, rematch_token_make
from matching.models import CheckIn, Match, MatchingRun
from matching.tokens import checkin_token_make, feedback_token_make, offer_token_make
from mentors.models import Mentor, ProfessionTitle
from mentors.tokens import back_token_make
from outbox.models import Mail, SuppressedAddress
from pages.tests.conftest import contact_page, home  # noqa: F401 (fixtures)
from support.models import Milestone, RoadmapTemplate, SupportSession, SupportTrack, TrackExpert
from support.tokens import consent_token_make as support_consent_token_make
from support.tokens import expert_token_make
from tests.people import SECRET_BIO, SECRET_EMAIL, SECRET_NAME, help_request_of, mentor_of
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Topic

ROLES = ("anonymous", "founder_a", "founder_b", "mentor_a", "mentor_b", "coordinator", "editor")


@pytest.fixture
def world(ratzeburg, coordinator_user, editor_user) -> dict:
    founder_a = make_user(email="a-gruenderin@example.org", role=Role.FOUNDER)
    founder_b = make_user(email="b-gruender@example.org", role=Role.FOUNDER)
    offered_request = help_request_of(
        user=founder_a, place=ratzeburg, email=SECRET_EMAIL, last_name=SECRET_NAME
    )
    introduced_request = help_request_of(
        user=founder_a, place=ratzeburg, email="a-zwei@example.org", last_name="Zweitname"
    )
    request_b = help_request_of(
        user=founder_b, place=ratzeburg, email="b@example.org", last_name="Bee"
    )
    unconfirmed = HelpRequest.objects.create(
        first_name="Carla",
        last_name="Neu",
        email="c-neu@example.org",
        description="Ich plane ein Café im Dorfgemeinschaftshaus und suche Rat zur Finanzierung.",
        stage="idea",
        place=ratzeburg,
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
        status=HelpRequest.Status.UNCONFIRMED,
    )
    mentor_a = mentor_of(email="expertin-a@example.org", place=ratzeburg, bio=SECRET_BIO)
    mentor_b = mentor_of(
        email="expertin-b@example.org", place=ratzeburg, bio="Grafikdesign für Hofläden. " * 4
    )
    mentor_b.status = Mentor.Status.PENDING  # waiting for a coordinator's review
    mentor_b.save(update_fields=["status"])
    run = MatchingRun.objects.create(trigger=MatchingRun.Trigger.COORDINATOR)
    offer = Match.objects.create(
        help_request=offered_request, mentor=mentor_a, score=0.8, status=Match.Status.OFFERED
    )
    introduced = Match.objects.create(
        help_request=introduced_request,
        mentor=mentor_a,
        score=0.7,
        status=Match.Status.INTRODUCED,
    )
    checkin = CheckIn.objects.create(
        match=introduced, side="mentor", day=30, asked_at=introduced.created_at
    )
    proposal = Match.objects.create(
        help_request=request_b, mentor=mentor_a, score=0.6, status=Match.Status.PROPOSED, run=run
    )
    mail = Mail.objects.create(
        template="founders/confirm",
        to=SECRET_EMAIL,
        language="de",
        subject="Bitte bestätigen",
        text=f"Guten Tag Anna {SECRET_NAME}",
        status=Mail.Status.FAILED,
        attempts=6,
    )
    suppressed = SuppressedAddress.objects.create(
        email=SECRET_EMAIL, reason=SuppressedAddress.Reason.BOUNCED
    )
    space = InnovationSpace.objects.create(
        name="Dorfbüro", kind=InnovationSpace.Kind.VILLAGE_OFFICE, place=ratzeburg, description="-"
    )
    day = ConsultationDay.objects.create(
        title="Sprechtag",
        date=timezone.localdate() + timedelta(days=14),
        starts_at=time(14),
        ends_at=time(18),
        space=space,
    )
    invitation = ConsultationInvitation.objects.create(day=day, mentor=mentor_a)
    confirmed = ConsultationDay.objects.create(
        title="Bestätigter Sprechtag",
        date=day.date,
        starts_at=time(9),
        ends_at=time(12),
        space=space,
        status=ConsultationDay.Status.CONFIRMED,
    )
    yes = ConsultationInvitation.objects.create(
        day=confirmed,
        mentor=mentor_a,
        status=ConsultationInvitation.Status.ACCEPTED,
        available_from=time(9),
        available_until=time(10),
    )
    slot = ConsultationSlot.objects.create(
        day=confirmed,
        invitation=yes,
        starts_at=confirmed.at(time(9)),
        ends_at=confirmed.at(time(9, 30)),
    )
    booking = ConsultationBooking.objects.create(
        day=confirmed,
        slot=slot,
        topic=Topic.objects.get(slug="steuern"),
        question="Wie melde ich ein Gewerbe an?",
        first_name="Anna",
        last_name=SECRET_NAME,
        email=SECRET_EMAIL,
        consent_version="-",
        consented_at=timezone.now(),
        created_at=timezone.now(),
    )
    track = SupportTrack.objects.create(
        founder=founder_a.founder,
        help_request=introduced_request,
        lead=coordinator_user,
        idea="Eine Hofkäserei mit Laden.",
        stage="founding",
        path=RoadmapTemplate.objects.get(key="gewerbe"),
        land="SH",
        status=SupportTrack.Status.ACTIVE,
    )
    role = TrackExpert.objects.create(
        track=track, mentor=mentor_a, status=TrackExpert.Status.ACCEPTED
    )
    step = Milestone.objects.create(track=track, title="Gewerbe anmelden", order=1, expert=role)
    SupportSession.objects.create(
        track=track,
        expert=role,
        held_on=timezone.localdate(),
        minutes=60,
        discussed=f"Anna {SECRET_NAME}: Gewerbeanmeldung besprochen.",
    )
    track_b = SupportTrack.objects.create(
        founder=founder_b.founder,
        lead=coordinator_user,
        idea="Ein Fahrradverleih am Schaalsee.",
        stage="idea",
        path=RoadmapTemplate.objects.get(key="gewerbe"),
        land="MV",
        status=SupportTrack.Status.ACTIVE,
    )
    track_offer = TrackExpert.objects.create(track=track_b, mentor=mentor_a)
    Milestone.objects.create(track=track_b, title="Kasse", order=1, expert=track_offer)
    # Coordinators see requests in the admin (the group is synced from accounts.roles).
    Group.objects.get(name="Coordinator").permissions.add(
        Permission.objects.get(codename="view_helprequest")
    )
    return {
        "founder_a": founder_a,
        "founder_b": founder_b,
        "mentor_a": mentor_a.user,
        "mentor_b": mentor_b.user,
        "coordinator": coordinator_user,
        "editor": editor_user,
        "request": offered_request,
        "unconfirmed": unconfirmed,
        "introduced_request": introduced_request,
        "mentor": mentor_a,
        "pending_mentor": mentor_b,
        "proposal": proposal,
        "offer": offer,
        "introduced": introduced,
        "checkin": checkin,
        "run": run,
        "mail": mail,
        "suppressed": suppressed,
        "place": ratzeburg,
        "invitation": invitation,
        "day": day,
        "booking": booking,
        "confirmed_day": confirmed,
        "track": track,
        "step": step,
        "role": role,
        "track_offer": track_offer,
        "profession_title": ProfessionTitle.objects.get_or_create(
            title="Imkerin", defaults={"profession": Mentor.Profession.OTHER}
        )[0],
    }


ENDING_NOTICES = (
    "matching/mail/offer_withdrawn",
    "matching/mail/ended_mentor",
    "matching/mail/ended_founder",
    # an expert who leaves: her founders are moved or told, her coordinator too
    "consultations/mail/booking_booked",
    "consultations/mail/booking_ended",
    "consultations/mail/lineup_changed",
)


def state(actor: User | None = None) -> tuple:
    """Everything an attacker could change: requests, profiles, matches, runs, mails, users;
    with an actor, all but the actor's own (which an own-data page may change) and what the
    lifecycle ends because of them (the other side's request, and the notice telling it)."""
    requests = HelpRequest.objects.exclude(founder__user=actor).exclude(matches__mentor__user=actor)
    matches = Match.objects.exclude(help_request__founder__user=actor).exclude(mentor__user=actor)
    mails = Mail.objects.exclude(template__in=ENDING_NOTICES) if actor else Mail.objects
    invitations, bookings = ConsultationInvitation.objects, ConsultationBooking.objects
    tracks, milestones = SupportTrack.objects, Milestone.objects
    roles, sessions = TrackExpert.objects, SupportSession.objects
    if actor is not None:
        tracks = tracks.exclude(founder__user=actor)
        # Her steps go back to the coordinator when she pauses or leaves.
        milestones = milestones.exclude(track__founder__user=actor).exclude(
            track__experts__mentor__user=actor
        )
        roles = roles.exclude(track__founder__user=actor).exclude(mentor__user=actor)
        sessions = sessions.exclude(track__founder__user=actor).exclude(expert__mentor__user=actor)
        invitations = invitations.exclude(mentor__user=actor)
        # Her founders' bookings move with her (to another expert, the waiting list, or an
        # end), so a day she was asked to is hers to change.
        bookings = bookings.exclude(day__invitations__mentor__user=actor).exclude(
            email__iexact=actor.email
        )
    return (
        list(requests.order_by("pk").values_list("pk", "status", "description")),
        list(Mentor.objects.exclude(user=actor).order_by("pk").values_list("pk", "status", "bio")),
        list(
            Mentor.objects.filter(bio=SECRET_BIO)
            .exclude(user=actor)
            .values_list("capacity", "paused_until")
        ),
        list(matches.order_by("pk").values_list("pk", "status", "mentor_id")),
        MatchingRun.objects.count(),
        list(mails.order_by("pk").values_list("pk", "status", "attempts")),
        SuppressedAddress.objects.count(),
        list(ConsultationDay.objects.order_by("pk").values_list("pk", "status", "title", "date")),
        list(bookings.order_by("pk").values_list("pk", "status", "email")),
        list(ConsultationFeedback.objects.order_by("pk").values_list("pk", "helpful", "again")),
        list(tracks.order_by("pk").values_list("pk", "status", "started_on")),
        list(milestones.order_by("pk").values_list("pk", "title", "done_at", "expert_id")),
        list(roles.order_by("pk").values_list("pk", "status", "mentor_id")),
        list(sessions.order_by("pk").values_list("pk", "discussed", "minutes")),
        list(
            invitations.order_by("pk").values_list(
                "pk", "status", "available_from", "available_until"
            )
        ),
        sorted(
            User.objects.exclude(pk=getattr(actor, "pk", None)).values_list("email", "is_active")
        ),
    )


def log_in(client, world: dict, role: str) -> None:
    client.logout()
    if role != "anonymous":
        client.force_login(world[role])


def refused(response) -> bool:
    """404/403/405/400, or sent to the login (anonymous) or the admin home (Wagtail's "no
    permission"): the answer neither shows nor changes the object."""
    if response.status_code in (400, 403, 404, 405):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (
        location.startswith("/accounts/login/") or location == "/admin/"
    )


def signed_links(world: dict) -> dict[str, str]:
    """A valid link of every kind the site mails, by its route."""
    offer, introduced = world["offer"], world["introduced"]
    confirm = confirmation_token_make(help_request_id=world["unconfirmed"].pk)
    answer = offer_token_make(match_id=offer.pk, user_id=offer.mentor.user_id)
    feedback = feedback_token_make(match_id=introduced.pk, side="founder")
    checkin = checkin_token_make(checkin_id=world["checkin"].pk)
    rematch = rematch_token_make(help_request_id=introduced.help_request_id)
    back = back_token_make(mentor_id=introduced.mentor_id)
    invitation = invitation_token_make(invitation_id=world["invitation"].pk)
    confirm_booking = booking_confirm_token_make(booking_id=world["booking"].pk)
    schedule = schedule_token_make(invitation_id=world["booking"].slot.invitation_id)
    cancel_booking = booking_cancel_token_make(booking_id=world["booking"].pk)
    support_consent = support_consent_token_make(track_id=world["track"].pk)
    track_offer = expert_token_make(
        role_id=world["track_offer"].pk, user_id=world["track_offer"].mentor.user_id
    )
    day_feedback = consultation_feedback_token_make(booking_id=world["booking"].pk)
    expert_feedback = expert_feedback_token_make(invitation_id=world["booking"].slot.invitation_id)
    return {
        "begleitung/zustimmen/<str:token>/": f"/begleitung/zustimmen/{support_consent}/",
        "begleitung/anfrage/<str:token>/": f"/begleitung/anfrage/{track_offer}/",
        "sprechtage/rueckmeldung/<str:token>/": f"/sprechtage/rueckmeldung/{day_feedback}/",
        "sprechtage/rueckmeldung-expertin/<str:token>/": (
            f"/sprechtage/rueckmeldung-expertin/{expert_feedback}/"
        ),
        "sprechtage/buchung/bestaetigen/<str:token>/": (
            f"/sprechtage/buchung/bestaetigen/{confirm_booking}/"
        ),
        "sprechtage/buchung/absagen/<str:token>/": f"/sprechtage/buchung/absagen/{cancel_booking}/",
        "sprechtage/ablauf/<str:token>/": f"/sprechtage/ablauf/{schedule}/",
        "sprechtage/einladung/<str:token>/": f"/sprechtage/einladung/{invitation}/",
        "expertin-werden/wieder-da/<str:token>/": f"/expertin-werden/wieder-da/{back}/",
        "hilfe-anfragen/weiter-suchen/<str:token>/": f"/hilfe-anfragen/weiter-suchen/{rematch}/",
        "hilfe-anfragen/bestaetigen/<str:token>/": f"/hilfe-anfragen/bestaetigen/{confirm}/",
        "vermittlung/antwort/<str:token>/": f"/vermittlung/antwort/{answer}/",
        "vermittlung/rueckmeldung/<str:token>/": f"/vermittlung/rueckmeldung/{feedback}/",
        "vermittlung/laeuft-es/<str:token>/": f"/vermittlung/laeuft-es/{checkin}/",
    }
