"""Database fixtures for the matching adapter: an introduced match (requests, mentors and places
are the root conftest's)."""

import pytest


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
