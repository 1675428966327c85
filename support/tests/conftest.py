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


@pytest.fixture
def running(start, moelln):
    """A Begleitung in Mölln that the founder agreed to."""
    from support.services import support_track_consent

    return support_track_consent(track=start(moelln))


@pytest.fixture
def step_of():
    def step(track, topic: str):
        return track.milestones.filter(topic__slug=topic).order_by("order").first()

    return step


@pytest.fixture
def lawyer(make_expert):
    from mentors.models import Mentor

    mentor = make_expert(
        topics=("recht",),
        bio="Rechtsanwältin in Ratzeburg: Gesellschaftsverträge und AGB für Gründungen.",
        user=_named("anwaeltin@example.org", "Ruth", "Anwalt"),
    )
    mentor.profession = Mentor.Profession.LAWYER
    mentor.save(update_fields=["profession"])
    return mentor


@pytest.fixture
def tax_adviser(make_expert):
    return make_expert(
        topics=("steuern",), user=_named("steuer@example.org", "Silke", "Steuer"), capacity=1
    )


def _named(email: str, first: str, last: str):
    from accounts.models import User

    return User.objects.create_user(email=email, first_name=first, last_name=last)
