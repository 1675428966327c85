"""A founder in Mölln (Schleswig-Holstein) and one in Hagenow (Mecklenburg-Vorpommern), and a
coordinator who puts either on close support with the seeded "Gewerbe" plan."""

import pytest
from django.core import mail

from support.models import RoadmapTemplate
from support.services import support_track_start
from vocabulary.models import Land, Place


@pytest.fixture
def hagenow(db):
    return Place.objects.create(
        postcode="19230", locality="Hagenow", land=Land.MV, latitude=53.4313, longitude=11.1916
    )


@pytest.fixture
def gewerbe(db) -> RoadmapTemplate:
    return RoadmapTemplate.objects.get(key="gewerbe")


@pytest.fixture
def start(make_request, coordinator_user, gewerbe, django_capture_on_commit_callbacks):
    """A Begleitung started for a new founder at `place`; its consent mail sent."""

    def started(place, *, email: str = "gruenderin@example.org"):
        help_request = make_request(place=place, email=email)
        with django_capture_on_commit_callbacks(execute=True):
            track = support_track_start(
                help_request=help_request,
                lead=coordinator_user,
                idea="Eine Hofkäserei mit Laden und Lieferdienst in die Dörfer ringsum.",
                stage="founding",
                path=gewerbe,
            )
        return track

    mail.outbox.clear()
    return started
