"""Database fixtures for the matching adapter: places a few km apart, requests and mentors."""

import pytest
from django.utils import timezone

from accounts.models import User
from founders.models import Founder, HelpRequest
from mentors.models import Mentor
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Land, Place, Topic


@pytest.fixture
def moelln(db):
    # About 10 km south-west of Ratzeburg.
    return Place.objects.create(
        postcode="23879", locality="Mölln", land=Land.SH, latitude=53.6267, longitude=10.6856
    )


@pytest.fixture
def make_request(db, ratzeburg):
    count = iter(range(1, 10_000))

    def make(
        *,
        topics: tuple[str, ...] = ("steuern",),
        status: str = HelpRequest.Status.OPEN,
        place: Place | None = None,
        formats: tuple[str, ...] = ("in_person",),
        languages: tuple[str, ...] = ("de",),
        description: str = "Ich eröffne einen Hofladen und brauche Hilfe mit der Umsatzsteuer.",
        email: str | None = None,
    ) -> HelpRequest:
        n = next(count)
        email = email or f"gruender{n}@example.org"
        user, _created = User.objects.get_or_create(email=email)
        founder, _created = Founder.objects.get_or_create(user=user)
        help_request = HelpRequest.objects.create(
            founder=founder if status != HelpRequest.Status.UNCONFIRMED else None,
            first_name="Jan",
            last_name=f"Gründer{n}",
            email=email,
            description=description,
            stage="idea",
            place=place or ratzeburg,
            formats=list(formats),
            languages=list(languages),
            consent_version=FOUNDER_CONSENT.version,
            consented_at=timezone.now(),
            confirmed_at=timezone.now() if status != HelpRequest.Status.UNCONFIRMED else None,
            status=status,
        )
        help_request.topics.set(Topic.objects.filter(slug__in=topics))
        return help_request

    return make


@pytest.fixture
def make_expert(db, ratzeburg):
    count = iter(range(1, 10_000))

    def make(
        *,
        topics: tuple[str, ...] = ("steuern",),
        status: str = Mentor.Status.ACTIVE,
        place: Place | None = None,
        capacity: int = 2,
        radius: int = 30,
        remote: bool = False,
        languages: tuple[str, ...] = ("de",),
        bio: str = "Steuerberaterin in Ratzeburg, Umsatzsteuer und Buchhaltung für Gründungen.",
        user: User | None = None,
        **fields,
    ) -> Mentor:
        user = user or User.objects.create_user(email=f"expertin{next(count)}@example.org")
        mentor = Mentor.objects.create(
            user=user,
            profession=Mentor.Profession.TAX_ADVISER,
            bio=bio,
            place=place or ratzeburg,
            status=status,
            capacity=capacity,
            travel_radius_km=radius,
            remote=remote,
            languages=list(languages),
            **fields,
        )
        mentor.topics.set(Topic.objects.filter(slug__in=topics))
        return mentor

    return make


@pytest.fixture
def introduced(make_request, make_expert, coordinator_user, django_capture_on_commit_callbacks):
    """A match the mentor has accepted: both sides introduced, the mails cleared."""
    from django.core import mail

    from matching.lifecycle import match_accept, match_approve
    from matching.models import Match

    match = Match.objects.create(help_request=make_request(), mentor=make_expert(), score=0.7)
    with django_capture_on_commit_callbacks(execute=True):
        match_approve(match=match, by=coordinator_user)
        match_accept(match=match, by=match.mentor.user)
    mail.outbox.clear()
    return match
