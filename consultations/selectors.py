"""Reads for consultation days: the Innovationsorte a visitor may see, the experts a coordinator
may invite to a Sprechtag, and what founders see of a confirmed one (experts, free slots)."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import F, Prefetch, Q, QuerySet
from django.utils import timezone

from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationInvitation,
    ConsultationSlot,
    InnovationSpace,
)
from consultations.models.bookings import HOLD
from consultations.slots import windows_overlap
from consultations.tokens import BadToken, follow_up_token_read
from matching.selectors import ExpertProposal, experts_propose
from vocabulary.choices import MeetingFormat
from vocabulary.models import ServiceArea, Topic
from vocabulary.selectors import service_area_q


def innovation_spaces_listed(
    *, kind: str = "", area: ServiceArea | None = None
) -> QuerySet[InnovationSpace]:
    """The listed Innovationsorte, of one kind and in one service area if asked, by town."""
    spaces = InnovationSpace.objects.filter(listed=True).select_related("place", "photo")
    if kind:
        spaces = spaces.filter(kind=kind)
    if area is not None:
        spaces = spaces.filter(service_area_q(area=area, path="place__"))
    return spaces.order_by("place__locality", "name")


def innovation_spaces_with_days(
    *, kind: str = "", area: ServiceArea | None = None, today: date | None = None
) -> list[InnovationSpace]:
    """The listed Innovationsorte (as innovation_spaces_listed), each with `upcoming_days`:
    its confirmed Sprechtage still to come, soonest first."""
    today = today or timezone.localdate()
    upcoming = ConsultationDay.objects.filter(
        status=ConsultationDay.Status.CONFIRMED, date__gte=today
    ).order_by("date", "starts_at")
    return list(
        innovation_spaces_listed(kind=kind, area=area).prefetch_related(
            Prefetch("days", queryset=upcoming, to_attr="upcoming_days")
        )
    )


PROPOSED_EXPERTS = 12


def _busy_elsewhere(*, day: ConsultationDay) -> set[int]:
    """Experts who said yes to another Sprechtag at an overlapping time of the same date."""
    others = (
        ConsultationInvitation.objects.filter(
            status=ConsultationInvitation.Status.ACCEPTED, day__date=day.date
        )
        .exclude(day=day)
        .exclude(day__status=ConsultationDay.Status.CANCELLED)
        .values_list("mentor_id", "day__starts_at", "day__ends_at")
    )
    window = (day.starts_at, day.ends_at)
    return {mentor_id for mentor_id, *times in others if windows_overlap(window, tuple(times))}


def consultation_experts_propose(
    *, day: ConsultationDay, k: int = PROPOSED_EXPERTS
) -> list[ExpertProposal]:
    """The experts to invite to a Sprechtag, best first, with the engine's reasons: not those
    already invited, nor those expected at another Sprechtag at the same time."""
    topics = list(day.topics.all())
    place = day.space.place if day.space_id and not day.online else None
    invited = set(day.invitations.values_list("mentor_id", flat=True))
    return experts_propose(
        topic_ids=[topic.pk for topic in topics],
        text=" ".join([day.title, *(topic.name for topic in topics), day.note]).strip(),
        lat=place.latitude if place else None,
        lon=place.longitude if place else None,
        on=day.date,
        excluded_mentor_ids=invited | _busy_elsewhere(day=day),
        k=k,
    )


def consultation_day_invitations(*, day: ConsultationDay) -> QuerySet[ConsultationInvitation]:
    return day.invitations.select_related("mentor__user", "mentor__place").order_by(
        "status", "-score"
    )


def consultation_day_public(*, pk: int, today: date | None = None) -> ConsultationDay | None:
    """A Sprechtag founders may see and book: its line-up confirmed, the day not yet over."""
    today = today or timezone.localdate()
    return (
        ConsultationDay.objects.select_related("space__place")
        .filter(pk=pk, status=ConsultationDay.Status.CONFIRMED, date__gte=today)
        .first()
    )


def _holding(now: datetime) -> Q:
    """Bookings that take their slot at `now`: booked, or unconfirmed and still held."""
    Status = ConsultationBooking.Status
    return Q(status=Status.BOOKED) | Q(status=Status.UNCONFIRMED, created_at__gt=now - HOLD)


def consultation_slots_free(
    *, day: ConsultationDay, now: datetime | None = None
) -> QuerySet[ConsultationSlot]:
    """The day's slots still to come that no booking takes, by time."""
    now = now or timezone.now()
    # Waiting-list entries have no slot; a NULL in NOT IN would hide every slot.
    taken = ConsultationBooking.objects.filter(_holding(now), day=day, slot__isnull=False)
    taken = taken.values("slot_id")
    return (
        day.slots.filter(
            starts_at__gt=now, invitation__status=ConsultationInvitation.Status.ACCEPTED
        )
        .exclude(pk__in=taken)
        .select_related("invitation__mentor__user")
        .order_by("starts_at", "invitation_id")
    )


@dataclass(frozen=True)
class ExpertOnDay:
    """One expert of a Sprechtag as founders see her: named only with her consent."""

    invitation_id: int
    name: str  # "Anna, Steuerberaterin" with her consent, else "" (the page says "Expert:in")
    topics: list[Topic]
    free: list[ConsultationSlot]


def consultation_day_experts(
    *, day: ConsultationDay, now: datetime | None = None
) -> list[ExpertOnDay]:
    """The experts who said yes, with the day's topics they cover and their free slots."""
    free: dict[int, list[ConsultationSlot]] = {}
    for slot in consultation_slots_free(day=day, now=now):
        free.setdefault(slot.invitation_id, []).append(slot)
    wanted = set(day.topics.values_list("pk", flat=True))
    invitations = (
        day.invitations.filter(status=ConsultationInvitation.Status.ACCEPTED)
        .select_related("mentor__user")
        .prefetch_related("mentor__topics")
        .order_by("available_from", "pk")
    )
    experts = []
    for invitation in invitations:
        mentor = invitation.mentor
        name = ""
        if invitation.shown_publicly:
            profession = mentor.profession_title or mentor.get_profession_display()
            name = f"{mentor.user.first_name}, {profession}"
        topics = sorted((t for t in mentor.topics.all() if t.pk in wanted), key=lambda t: t.name)
        experts.append(ExpertOnDay(invitation.pk, name, topics, free.get(invitation.pk, [])))
    return experts


def consultation_day_bookings(*, day: ConsultationDay) -> list[ConsultationBooking]:
    """Every booking of the day for its coordinator, by time (the waiting list last), with
    what became of it."""
    return list(
        day.bookings.select_related("slot__invitation__mentor__user", "topic").order_by(
            F("slot__starts_at").asc(nulls_last=True), "confirmed_at", "created_at"
        )
    )


# Bookings on an expert's schedule: booked, and after the day marked as come or not.
SCHEDULED = ("booked", "attended", "no_show")


def consultation_schedule(
    *, invitation: ConsultationInvitation, today: date | None = None
) -> list[ConsultationBooking] | None:
    """Who comes to the expert, by time (name, topic, question: never their address), from
    the day before the Sprechtag on; None before then, and unless the day takes place."""
    today = today or timezone.localdate()
    day = invitation.day
    if day.status != ConsultationDay.Status.CONFIRMED or today < day.schedule_from:
        return None
    return list(
        ConsultationBooking.objects.filter(slot__invitation=invitation, status__in=SCHEDULED)
        .select_related("slot", "topic")
        .order_by("slot__starts_at")
    )


FOLLOW_UP_PARAM = "sprechtag"  # /hilfe-anfragen/?sprechtag=<signed booking id>
# Who is asked the day after whether she wants more help: all who had a conversation.
FOLLOWED_UP = ("booked", "attended")


def booking_followable(*, token: str) -> ConsultationBooking | None:
    """The booking a follow-up link names, if she confirmed it: a conversation she had (or
    missed), or one called off with a request offered instead; None for a bad link."""
    try:
        booking_id = follow_up_token_read(token=token)
    except BadToken:
        return None
    return (
        ConsultationBooking.objects.filter(pk=booking_id, confirmed_at__isnull=False)
        .select_related("topic", "day__space__place")
        .first()
    )


def booking_help_request_initial(*, params) -> dict:
    """A help request begun from a booking's follow-up link: its topic and question, and the
    founder's name and address (the link carries only the signed id, never these)."""
    booking = booking_followable(token=params.get(FOLLOW_UP_PARAM, ""))
    if booking is None:
        return {}
    day = booking.day
    # Where she met the expert is a good first guess for where she founds; she can change it.
    where = {} if day.online else {"place": day.space.place}
    return {
        **where,
        "formats": [MeetingFormat.VIDEO if day.online else MeetingFormat.IN_PERSON],
        "topics": [booking.topic],
        "description": booking.question,
        "first_name": booking.first_name,
        "last_name": booking.last_name,
        "email": booking.email,
        "referral": params[FOLLOW_UP_PARAM],  # the request tells the booking it followed
    }
