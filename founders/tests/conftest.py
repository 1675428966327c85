"""Fixtures for founders: a few places, the service region, and a request-filling helper."""

import pytest
from django.utils import timezone

from founders.models import HelpRequest
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Place, Topic

URLS = "founders.tests.urls"


@pytest.fixture(autouse=True)
def _founders_urls(settings):
    settings.ROOT_URLCONF = URLS


def help_request_make(
    *,
    email: str = "anna@example.org",
    status: str = HelpRequest.Status.UNCONFIRMED,
    founder=None,
    place: Place,
    topics: tuple[str, ...] = ("recht",),
    **extra,
) -> HelpRequest:
    help_request = HelpRequest.objects.create(
        first_name="Anna",
        last_name="Hansen",
        email=email,
        description="Ich möchte einen Hofladen eröffnen und brauche Hilfe beim Vertrag.",
        stage="idea",
        place=place,
        formats=["video"],
        languages=["de"],
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
        status=status,
        founder=founder,
        **extra,
    )
    help_request.topics.set(Topic.objects.filter(slug__in=topics))
    return help_request
