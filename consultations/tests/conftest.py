"""A venue in Mölln and a Sprechtag planned there in two weeks, for the tests of Sprechtage."""

from datetime import time, timedelta

import pytest
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
