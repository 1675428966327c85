"""Two Sprechtage of the demo region, planned, answered and booked through the services as a
coordinator, the experts and founders would: one in Mölln, one in Ludwigslust, each with booked
and free times; and, with the simulated history, one held two weeks ago in Hagenow, lived
through under time travel (who came, who did not, the two questions answered), so the report
has a Sprechtag to count. Made once; a second seed leaves them as they are."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import time_machine
from django.utils import timezone

from consultations.after_day import consultation_feedback_give
from consultations.bookings import (
    consultation_attendance_record,
    consultation_booking_confirm,
    consultation_booking_submit,
)
from consultations.models import ConsultationDay, InnovationSpace
from consultations.reminders import consultation_days_follow_up, consultation_days_remind
from consultations.selectors import consultation_experts_propose, consultation_slots_free
from consultations.services import (
    consultation_day_confirm,
    consultation_day_save,
    consultation_experts_invite,
    consultation_invitation_accept,
)
from demo.quiet import quiet_outbox
from vocabulary.models import Topic


@dataclass(frozen=True)
class DemoDay:
    title: str
    space: str
    in_days: int
    topics: tuple[str, ...]
    hours: tuple[tuple[time, time], ...]  # the experts' answers, best proposed first
    bookings: tuple[tuple[str, str, str, str], ...]  # first name, last name, topic, question


DAYS = (
    DemoDay(
        "Gründungssprechtag im Coworking am Marktplatz",
        "Coworking am Marktplatz",
        10,
        ("recht", "steuern", "finanzierung"),
        ((time(14), time(16)), (time(15), time(18))),
        (
            ("Mira", "Beispiel", "steuern", "Brauche ich für meinen Hofladen ein Gewerbe?"),
            ("Tom", "Muster", "recht", "Welche Rechtsform passt zu zwei Gründern?"),
            ("Lea", "Probe", "steuern", "Lohnt sich die Kleinunternehmerregelung?"),
        ),
    ),
    DemoDay(
        "Sprechtag Digitales und Marketing in Ludwigslust",
        "Coworking Schlossstadt",
        17,
        ("marketing", "digital", "finanzierung"),
        ((time(15), time(17)), (time(15, 30), time(18))),
        (("Jan", "Beispiel", "marketing", "Wie finde ich meine ersten Kundinnen online?"),),
    ),
)
BOOKED_AT = timedelta(days=2)  # the demo's bookings were made two days ago


def _weekday(after: int) -> date:
    day = timezone.localdate() + timedelta(days=after)
    while day.weekday() >= 5:  # Sprechtage are held on working days
        day += timedelta(days=1)
    return day


def _day(demo: DemoDay, coordinator) -> ConsultationDay:
    day = ConsultationDay(
        title=demo.title,
        date=_weekday(demo.in_days),
        starts_at=time(14),
        ends_at=time(18),
        space=InnovationSpace.objects.get(name=demo.space),
        break_starts_at=time(16),
        break_ends_at=time(16, 15),
        note="Bitte bringen Sie Ihre Unterlagen mit, wenn Sie welche haben. Beispiel-Termin.",
    )
    consultation_day_save(
        day=day, topics=Topic.objects.filter(slug__in=demo.topics), by=coordinator
    )
    proposed = consultation_experts_propose(day=day)[: len(demo.hours) + 1]
    invitations = consultation_experts_invite(day=day, mentor_ids=[p.mentor.pk for p in proposed])
    by_mentor = {invitation.mentor_id: invitation for invitation in invitations}
    for proposal, (start, end) in zip(proposed, demo.hours, strict=False):  # the last stays silent
        consultation_invitation_accept(
            invitation=by_mentor[proposal.mentor.pk],
            available_from=start,
            available_until=end,
            shown_publicly=True,
        )
    return consultation_day_confirm(day=day)


def _slot_and_topic(day: ConsultationDay, wanted: str) -> tuple:
    """A free slot of an expert who covers the wanted topic; else the first free one, on a
    topic of the day its expert covers (the experts who came depend on the places' data)."""
    free = list(consultation_slots_free(day=day))
    day_topics = set(day.topics.values_list("slug", flat=True))
    for slot in free:
        if slot.invitation.mentor.topics.filter(slug=wanted).exists():
            return slot, Topic.objects.get(slug=wanted)
    slot = free[0]
    return slot, slot.invitation.mentor.topics.filter(slug__in=day_topics).order_by("slug")[0]


def _bookings(demo: DemoDay, day: ConsultationDay) -> None:
    now = timezone.now() - BOOKED_AT
    for first_name, last_name, topic_slug, question in demo.bookings:
        slot, topic = _slot_and_topic(day, topic_slug)
        booking = consultation_booking_submit(
            slot_id=slot.pk,
            topic=topic,
            question=question,
            first_name=first_name,
            last_name=last_name,
            email=f"{first_name.lower()}.{last_name.lower()}@example.org",
            now=now,
        )
        consultation_booking_confirm(booking=booking, now=now)


def demo_consultation_days_seed(*, coordinator) -> int:
    """The demo's Sprechtage, made once; returns how many exist."""
    for demo in DAYS:
        if not ConsultationDay.objects.filter(title=demo.title).exists():
            _bookings(demo, _day(demo, coordinator))
    return ConsultationDay.objects.filter(title__in=[demo.title for demo in DAYS]).count()


HELD = DemoDay(
    "Gründungssprechtag im Kulturhaus Hagenow",
    "Kulturhaus Hagenow",
    10,  # planned ten days ahead, as the others
    ("recht", "steuern", "finanzierung"),
    ((time(14), time(16)), (time(14), time(17))),
    (
        ("Anke", "Beispiel", "steuern", "Wie viel Geld lege ich für die Steuer zurück?"),
        ("Kai", "Muster", "recht", "Brauche ich für meinen Onlineshop ein Impressum?"),
        ("Nora", "Probe", "finanzierung", "Welche Förderung gibt es für eine Hofkäserei?"),
        ("Ole", "Beispiel", "steuern", "Wann muss ich Umsatzsteuer abführen?"),
    ),
)
HELD_AGO = timedelta(days=14)
# (helpful, again) of the founders who came, then of the experts
FOUNDER_ANSWERS = (("very", "yes"), ("very", "yes"), ("somewhat", "maybe"))
EXPERT_ANSWERS = (("very", "yes"), ("somewhat", "yes"))


def _at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def demo_held_consultation_day_seed(*, coordinator) -> bool:
    """The Sprechtag of two weeks ago, lived through under time travel by the real services;
    made once (False when it was there already)."""
    if ConsultationDay.objects.filter(title=HELD.title).exists():
        return False
    planned_on = timezone.localdate() - HELD_AGO - timedelta(days=HELD.in_days)
    with quiet_outbox(), time_machine.travel(_at(planned_on, 9), tick=False) as clock:
        day = _day(HELD, coordinator)
        clock.move_to(_at(planned_on + BOOKED_AT + timedelta(days=1), 9))
        _bookings(HELD, day)
        clock.move_to(_at(day.date - timedelta(days=1), 7))
        consultation_days_remind()
        clock.move_to(_at(day.date, 18))
        bookings = list(day.bookings.filter(status="booked").order_by("slot__starts_at"))
        came = {booking.pk: i < len(FOUNDER_ANSWERS) for i, booking in enumerate(bookings)}
        for invitation in day.invitations.filter(status="accepted"):
            consultation_attendance_record(invitation_id=invitation.pk, came=came)
        clock.move_to(_at(day.date + timedelta(days=1), 7))
        consultation_days_follow_up()
        for booking, (helpful, again) in zip(bookings, FOUNDER_ANSWERS, strict=False):
            consultation_feedback_give(booking=booking, helpful=helpful, again=again)
        accepted = day.invitations.filter(status="accepted").order_by("pk")
        for invitation, (helpful, again) in zip(accepted, EXPERT_ANSWERS, strict=False):
            consultation_feedback_give(invitation=invitation, helpful=helpful, again=again)
    return True
