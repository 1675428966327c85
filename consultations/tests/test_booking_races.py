"""Races on PostgreSQL: twenty founders reach for the last free slot at the same moment."""

import threading
from collections import Counter

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from consultations.bookings import consultation_booking_submit
from consultations.models import ConsultationBooking
from consultations.selectors import consultation_slots_free
from vocabulary.models import Topic

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks all)"
    ),
]


def test_twenty_bookings_for_the_last_free_slot_let_exactly_one_win(confirmed_day):
    first, last = consultation_slots_free(day=confirmed_day)
    ConsultationBooking.objects.create(  # the other slot is booked already
        day=confirmed_day,
        slot=first,
        topic=Topic.objects.get(slug="steuern"),
        question="-",
        first_name="Erste",
        last_name="Buchung",
        email="erste@example.org",
        consent_version="-",
        consented_at=first.starts_at,
        created_at=first.starts_at,
        status=ConsultationBooking.Status.BOOKED,
    )
    start, outcomes = threading.Barrier(20), []

    def book(n: int) -> None:
        try:
            start.wait()
            consultation_booking_submit(
                slot_id=last.pk,
                topic=Topic.objects.get(slug="steuern"),
                question="Wie melde ich ein Gewerbe an?",
                first_name="Gründerin",
                last_name=str(n),
                email=f"g{n}@example.org",
            )
            outcomes.append("booked")
        except ValidationError:
            outcomes.append("refused")
        except Exception as error:  # a deadlock or any other failure is an outcome too
            outcomes.append(type(error).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked"] + ["refused"] * 19, Counter(outcomes)
    assert ConsultationBooking.objects.filter(slot=last).count() == 1
    assert list(consultation_slots_free(day=confirmed_day)) == []
