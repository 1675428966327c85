"""Sprechtage with a known history, for the report's tests (period January–March 2026, "today"
15 March 2026). Rows are written directly: the services refuse to plan a day in the past, and
the figures only read what they leave behind.

D1 Dorfbüro Mölln (Herzogtum Lauenburg), 20.01., confirmed. Expert A said yes: 4 slots;
   expert B withdrew, her 1 slot is not offered. Bookings: b1 came (topic steuern; asked for help
   after, confirmed), b2 came (recht; asked after, never confirmed), b3 did not come (steuern),
   b4 cancelled (steuern) and b5 booked, nobody marked whether she came (recht) on one slot,
   b6 waiting (steuern), b7 expired (recht).
D2 Makerspace Parchim (Ludwigslust-Parchim), 10.02., confirmed. Expert C: 2 slots. b8 came
   (marketing; asked after, matched by now), b9 did not come (steuern), b10 waiting (marketing),
   b11 left the waiting list (marketing).
D3 online, 05.03., confirmed. Expert A: 2 slots. b12 came (finanzierung), b13 never confirmed.
Never counted: D4 Mölln 15.02. still planned, D5 Parchim 01.03. cancelled, D6 Mölln 20.03.
(after "today"), D7 Mölln 10.12.2025 (before the period), D8 online 02.04. (after the period).

Answers: founders b1 very/yes, b2 somewhat/maybe, b8 not/no, b12 very/yes; experts A at D1
very/yes, C at D2 somewhat/maybe, A at D3 very/maybe; at D7 a founder's very/yes (not counted).
"""

from datetime import date, datetime, time, timedelta

from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    ConsultationFeedback,
    ConsultationInvitation,
    ConsultationSlot,
    InnovationSpace,
)
from founders.models import HelpRequest
from reporting.tests.conftest import BERLIN
from vocabulary.models import Topic

TODAY = date(2026, 3, 15)
B = ConsultationBooking.Status
Day = ConsultationDay.Status
Invitation = ConsultationInvitation.Status


def new_space(name: str, place) -> InnovationSpace:
    return InnovationSpace.objects.create(
        name=name, kind=InnovationSpace.Kind.VILLAGE_OFFICE, place=place, description="WLAN."
    )


def new_day(on: str, space: InnovationSpace | None = None, status=Day.CONFIRMED) -> ConsultationDay:
    return ConsultationDay.objects.create(
        title="Gründungssprechtag",
        date=date.fromisoformat(on),
        starts_at=time(14),
        ends_at=time(18),
        space=space,
        online=space is None,
        status=status,
    )


def new_expert(day, mentor, *, slots: int, status=Invitation.ACCEPTED):
    invitation = ConsultationInvitation.objects.create(day=day, mentor=mentor, status=status)
    start = datetime.combine(day.date, time(14), tzinfo=BERLIN)
    made = [
        ConsultationSlot.objects.create(
            day=day,
            invitation=invitation,
            starts_at=start + timedelta(minutes=30 * i),
            ends_at=start + timedelta(minutes=30 * (i + 1)),
        )
        for i in range(slots)
    ]
    return invitation, made


def new_booking(day, status, *, slot=None, topic="steuern", follow_up=None) -> ConsultationBooking:
    now = datetime.combine(day.date - timedelta(days=7), time(9), tzinfo=BERLIN)
    return ConsultationBooking.objects.create(
        day=day,
        slot=slot,
        topic=Topic.objects.get(slug=topic),
        question="Wie melde ich mein Gewerbe an?",
        first_name="Jana",
        last_name="Gründerin",
        email="jana@example.org",
        consent_version="1",
        consented_at=now,
        created_at=now,
        status=status,
        follow_up_request=follow_up,
    )


def new_answer(day, helpful: str, again: str, *, booking=None, invitation=None) -> None:
    role = ConsultationFeedback.Role.FOUNDER if booking else ConsultationFeedback.Role.EXPERT
    ConsultationFeedback.objects.create(
        day=day, role=role, booking=booking, invitation=invitation, helpful=helpful, again=again
    )


def sprechtage_history(*, region: dict, make_expert, make_request) -> dict:
    """The history above, in the places and districts of conftest.region."""
    moelln = new_space("Dorfbüro Mölln", region["moelln"])
    parchim = new_space("Makerspace Parchim", region["parchim"])
    a, b, c = make_expert(), make_expert(), make_expert()
    asked_after = make_request()
    never_confirmed = make_request(status=HelpRequest.Status.UNCONFIRMED)
    matched = make_request(status=HelpRequest.Status.MATCHED)

    d1 = new_day("2026-01-20", moelln)
    a1, (s1, s2, s3, s4) = new_expert(d1, a, slots=4)
    new_expert(d1, b, slots=1, status=Invitation.WITHDRAWN)
    b1 = new_booking(d1, B.ATTENDED, slot=s1, follow_up=asked_after)
    b2 = new_booking(d1, B.ATTENDED, slot=s2, topic="recht", follow_up=never_confirmed)
    new_booking(d1, B.NO_SHOW, slot=s3)
    new_booking(d1, B.CANCELLED, slot=s4)
    new_booking(d1, B.BOOKED, slot=s4, topic="recht")
    new_booking(d1, B.WAITING)
    new_booking(d1, B.EXPIRED, slot=s3, topic="recht")

    d2 = new_day("2026-02-10", parchim)
    c2, (s5, s6) = new_expert(d2, c, slots=2)
    b8 = new_booking(d2, B.ATTENDED, slot=s5, topic="marketing", follow_up=matched)
    new_booking(d2, B.NO_SHOW, slot=s6)
    new_booking(d2, B.WAITING, topic="marketing")
    new_booking(d2, B.CANCELLED, topic="marketing")

    d3 = new_day("2026-03-05")
    a3, (s7, s8) = new_expert(d3, a, slots=2)
    b12 = new_booking(d3, B.ATTENDED, slot=s7, topic="finanzierung")
    new_booking(d3, B.UNCONFIRMED, slot=s8)

    for answer in [
        dict(day=d1, booking=b1, helpful="very", again="yes"),
        dict(day=d1, booking=b2, helpful="somewhat", again="maybe"),
        dict(day=d2, booking=b8, helpful="not", again="no"),
        dict(day=d3, booking=b12, helpful="very", again="yes"),
        dict(day=d1, invitation=a1, helpful="very", again="yes"),
        dict(day=d2, invitation=c2, helpful="somewhat", again="maybe"),
        dict(day=d3, invitation=a3, helpful="very", again="maybe"),
    ]:
        new_answer(**answer)

    new_expert(new_day("2026-02-15", moelln, status=Day.PLANNED), b, slots=0)
    cancelled = new_day("2026-03-01", parchim, status=Day.CANCELLED)
    new_booking(cancelled, B.CANCELLED, slot=new_expert(cancelled, c, slots=2)[1][0])
    for on, space in [("2026-03-20", moelln), ("2025-12-10", moelln), ("2026-04-02", None)]:
        day = new_day(on, space)
        _invitation, (slot,) = new_expert(day, c, slots=1)
        booking = new_booking(day, B.ATTENDED, slot=slot)
        new_answer(day, "very", "yes", booking=booking)
    return region
