"""A stateful model of one Sprechtag: founders book, confirm, cancel and queue, experts leave, the
coordinator may call the day off, and time passes (holds run out, the waiting lists
move on) — in any order, through the services people's clicks reach. After every step the
promises a founder or an expert would care about are checked:

- nobody holds a time with an expert who is no longer coming, nor at a day called off;
- nobody confirmed waits on the list while a time with an expert for her topic is free;
- everyone whose confirmed conversation we ended (not she) was told by mail;
- an expert's mails never carry a founder's address or phone number."""

import contextlib
from datetime import UTC, datetime, time, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from accounts.models import User
from consultations.bookings import (
    BookingError,
    consultation_booking_cancel,
    consultation_booking_confirm,
    consultation_booking_submit,
    consultation_waitlist_join,
    consultation_waitlists_advance,
)
from consultations.endings import consultation_day_cancel
from consultations.models import (
    ConsultationBooking,
    ConsultationDay,
    InnovationSpace,
)
from consultations.selectors import consultation_slots_free
from consultations.services import (
    consultation_day_confirm,
    consultation_day_save,
    consultation_experts_invite,
    consultation_invitation_accept,
)
from mentors.models import Mentor
from mentors.services import mentor_retire
from outbox.models import Mail
from vocabulary.models import Land, Place, Topic

pytestmark = pytest.mark.django_db

PROFILE = settings(
    max_examples=25,
    stateful_step_count=25,
    derandomize=True,  # CI sees the same sequences every time
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
FOUNDERS = 5
TOPICS = ("steuern", "recht")
# Anna covers both topics, Ben only taxes; each stays for one conversation: a day soon full.
EXPERTS = (("anna", ("steuern", "recht"), time(14, 30)), ("ben", ("steuern",), time(14, 30)))
Status = ConsultationBooking.Status
QUIET = (BookingError, ValidationError)  # refused with a message, as the page would show


def _place(postcode: str, locality: str, lat: float, lon: float) -> Place:
    return Place.objects.get_or_create(
        postcode=postcode,
        locality=locality,
        defaults={"land": Land.SH, "latitude": lat, "longitude": lon},
    )[0]


def _expert(name: str, topics: tuple[str, ...], place: Place) -> Mentor:
    mentor = Mentor.objects.create(
        user=User.objects.create_user(email=f"{name}@expertin.example.org", first_name=name),
        profession=Mentor.Profession.TAX_ADVISER,
        bio="Steuerberaterin und Rechtsanwältin für Gründungen im Kreis.",
        place=place,
        status=Mentor.Status.ACTIVE,
        capacity=2,
        travel_radius_km=40,
    )
    mentor.topics.set(Topic.objects.filter(slug__in=topics))
    return mentor


class SprechtagModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()  # every example starts from the empty database and rolls back
        self.clock = time_machine.travel(START, tick=True)
        self.now = self.clock.start()
        coordinator = User.objects.create_user(email="koordination@example.org")
        moelln = _place("23879", "Mölln", 53.6275, 10.6856)
        space = InnovationSpace.objects.create(
            name="Dorfbüro Mölln", kind=InnovationSpace.Kind.VILLAGE_OFFICE, place=moelln
        )
        day = ConsultationDay(
            title="Sprechtag Mölln",
            date=START.date() + timedelta(days=14),
            starts_at=time(14),
            ends_at=time(16),
            space=space,
        )
        consultation_day_save(day=day, topics=Topic.objects.filter(slug__in=TOPICS), by=coordinator)
        ratzeburg = _place("23909", "Ratzeburg", 53.6997, 10.7726)
        self.experts = [_expert(name, topics, ratzeburg) for name, topics, _until in EXPERTS]
        invitations = consultation_experts_invite(
            day=day, mentor_ids=[mentor.pk for mentor in self.experts]
        )
        until = {
            mentor.pk: end for mentor, (_n, _t, end) in zip(self.experts, EXPERTS, strict=True)
        }
        for invitation in invitations:
            consultation_invitation_accept(
                invitation=invitation,
                available_from=time(14),
                available_until=until[invitation.mentor_id],
            )
        self.day = consultation_day_confirm(day=day)
        self.emails = [f"gruenderin{i}@example.org" for i in range(FOUNDERS)]
        self.phones = [f"0151 000 111 {i}" for i in range(FOUNDERS)]
        self.cancelled_herself: set[int] = set()  # bookings the founder cancelled by her link
        self.left: set[int] = set()  # the experts who ended their profile

    def teardown(self) -> None:
        self.clock.stop()
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)

    def _latest(self, founder: int) -> ConsultationBooking | None:
        return (
            ConsultationBooking.objects.filter(email=self.emails[founder]).order_by("-pk").first()
        )

    def _founder(self, founder: int, topic: str) -> dict:
        return {
            "topic": Topic.objects.get(slug=topic),
            "question": "Wie melde ich mein Gewerbe an und was kostet das?",
            "first_name": f"Gründerin{founder}",
            "last_name": "Beispiel",
            "email": self.emails[founder],
            "phone": self.phones[founder],
        }

    @initialize(
        first=st.lists(
            st.tuples(st.integers(0, FOUNDERS - 1), st.sampled_from(TOPICS), st.booleans()),
            min_size=2,
            max_size=4,
        )
    )
    def morning(self, first):
        """The day's first bookings, so every sequence starts with a day filling up."""
        for founder, topic, confirm in first:
            self.book(founder=founder, pick=0, topic=topic, confirm=confirm)

    @rule(
        founder=st.integers(0, FOUNDERS - 1),
        pick=st.integers(0, 2),
        topic=st.sampled_from(TOPICS),
        confirm=st.booleans(),
    )
    def book(self, founder, pick, topic, confirm):
        """A free time, or the waiting list when none is left; confirmed by link at once, or
        not (yet)."""
        # As on the day's page: the times of the experts for her topic.
        free = list(
            consultation_slots_free(day=self.day).filter(invitation__mentor__topics__slug=topic)
        )
        with contextlib.suppress(*QUIET):
            if free:
                booking = consultation_booking_submit(
                    slot_id=free[pick % len(free)].pk, **self._founder(founder, topic)
                )
            else:
                booking = consultation_waitlist_join(day=self.day, **self._founder(founder, topic))
            if confirm:
                consultation_booking_confirm(booking=booking)

    @rule(founder=st.integers(0, FOUNDERS - 1))
    def confirm_by_link(self, founder):
        if (booking := self._latest(founder)) is not None:
            with contextlib.suppress(*QUIET):
                consultation_booking_confirm(booking=booking)

    @rule(founder=st.integers(0, FOUNDERS - 1))
    def cancel_by_link(self, founder):
        booking = self._latest(founder)
        if booking is None or booking.status == Status.CANCELLED:
            return
        try:
            consultation_booking_cancel(booking=booking)
        except QUIET:
            return
        self.cancelled_herself.add(booking.pk)

    @rule(expert=st.integers(0, len(EXPERTS) - 1), now=st.integers(0, 2))
    def expert_leaves(self, expert, now):
        """She ends her profile (as a consent withdrawal or an erased account do): now and
        then, so that most sequences still have experts to book."""
        if now == 0:
            mentor_retire(mentor=self.experts[expert], by=None)
            self.left.add(self.experts[expert].pk)

    @rule(now=st.integers(0, 5))
    def coordinator_calls_the_day_off(self, now):
        if now == 0:  # rarely: it ends everything else there is to try
            consultation_day_cancel(day=self.day, by=None, reason="Der Raum ist nicht frei.")

    @rule(hours=st.sampled_from([1, 3, 7]))  # 7: every hold of before has run out
    def time_passes(self, hours):
        self.now.shift(timedelta(hours=hours))
        consultation_waitlists_advance()  # the schedule runs every few minutes

    @invariant()
    def nobody_holds_a_time_with_an_expert_who_is_not_coming(self):
        held = ConsultationBooking.objects.filter(
            day=self.day, status__in=(Status.BOOKED, Status.UNCONFIRMED), slot__isnull=False
        )
        assert not held.filter(slot__invitation__mentor__in=self.left)
        assert not consultation_slots_free(day=self.day).filter(invitation__mentor__in=self.left)
        self.day.refresh_from_db()
        if self.day.status == ConsultationDay.Status.CANCELLED:
            expecting = (Status.BOOKED, Status.UNCONFIRMED, Status.WAITING)
            assert not self.day.bookings.filter(status__in=expecting).exists()

    @invariant()
    def nobody_waits_while_a_time_for_her_topic_is_free(self):
        free = list(consultation_slots_free(day=self.day))
        for waiting in self.day.bookings.filter(status=Status.WAITING):
            fitting = [s for s in free if s.invitation.mentor.topics.filter(pk=waiting.topic_id)]
            assert not fitting, (waiting.email, waiting.topic_id, fitting)

    @invariant()
    def everyone_whose_conversation_we_ended_was_told(self):
        ended = self.day.bookings.filter(status=Status.CANCELLED, confirmed_at__isnull=False)
        for booking in ended.exclude(pk__in=self.cancelled_herself):
            told = Mail.objects.filter(
                to=booking.email, template="consultations/mail/booking_ended"
            )
            assert told.exists(), booking.email

    @invariant()
    def an_experts_mail_never_carries_a_founders_contact(self):
        for mail in Mail.objects.filter(to__endswith="@expertin.example.org"):
            for contact in (*self.emails, *self.phones):
                assert contact not in mail.text and contact not in mail.html, mail.template


def test_people_changing_their_minds_about_a_sprechtag_keep_every_promise(db) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(SprechtagModel, settings=PROFILE)
