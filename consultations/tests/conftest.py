"""A venue in Mölln and a Sprechtag planned there in two weeks, for the tests of Sprechtage."""

from datetime import time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consultations.models import ConsultationDay, InnovationSpace
from vocabulary.models import Topic


@pytest.fixture
def space(moelln):
    return InnovationSpace.objects.create(
        name="Dorfbüro Mölln",
        kind=InnovationSpace.Kind.VILLAGE_OFFICE,
        place=moelln,
        street="Hauptstraße 1",
        description="Besprechungsraum und WLAN.",
    )


@pytest.fixture
def make_day(space, coordinator_user):
    def make(*, topics=("steuern",), online=False, in_days=14, **fields) -> ConsultationDay:
        values = {
            "title": "Gründungssprechtag Mölln",
            "date": timezone.localdate() + timedelta(days=in_days),
            "starts_at": time(14),
            "ends_at": time(18),
            "space": None if online else space,
            "online": online,
            "created_by": coordinator_user,
            **fields,
        }
        day = ConsultationDay.objects.create(**values)
        day.topics.set(Topic.objects.filter(slug__in=topics))
        return day

    return make


@pytest.fixture
def confirmed_day(make_day, make_expert, django_capture_on_commit_callbacks):
    """A Sprechtag in two weeks with one tax adviser, Anna, from 14:00 to 15:00: two slots."""
    from consultations.services import (
        consultation_day_confirm,
        consultation_experts_invite,
        consultation_invitation_accept,
    )

    day = make_day()
    expert = make_expert(user=None, topics=("steuern", "finanzierung"))
    expert.user.first_name = "Anna"
    expert.user.save()
    with django_capture_on_commit_callbacks(execute=True):  # the experts' mails, sent and cleared
        (invitation,) = consultation_experts_invite(day=day, mentor_ids=[expert.pk])
        consultation_invitation_accept(
            invitation=invitation,
            available_from=time(14),
            available_until=time(15),
            shown_publicly=True,
        )
        day = consultation_day_confirm(day=day)
    mail.outbox.clear()
    return day


@pytest.fixture
def booked(confirmed_day):
    """Jana's confirmed conversation at the confirmed day, with her question."""
    from consultations.bookings import consultation_booking_confirm, consultation_booking_submit
    from consultations.selectors import consultation_slots_free

    booking = consultation_booking_submit(
        slot_id=consultation_slots_free(day=confirmed_day)[0].pk,
        topic=Topic.objects.get(slug="steuern"),
        question="Wie finanziere ich den Umbau der Scheune zum Hofcafé?",
        first_name="Jana",
        last_name="Hofmann",
        email="jana.hofmann@example.org",
    )
    return consultation_booking_confirm(booking=booking)
