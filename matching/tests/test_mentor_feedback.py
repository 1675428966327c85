"""Coordinators see on a mentor's admin page what founders said about their mentorings."""

import pytest
from django.urls import reverse

from matching.models import Feedback, Match

pytestmark = pytest.mark.django_db


def test_the_mentor_page_shows_founders_feedback_but_not_the_mentors_own(
    client, coordinator_user, make_request, make_expert
):
    expert = make_expert()
    for helpful, comment in ((5, "Sehr konkrete Hilfe beim Businessplan"), (2, "")):
        match = Match.objects.create(
            help_request=make_request(), mentor=expert, score=0.5, status=Match.Status.ACTIVE
        )
        Feedback.objects.create(
            match=match, side="founder", met=True, helpful=helpful, outcome="finished",
            comment=comment,
        )  # fmt: skip
        Feedback.objects.create(
            match=match, side="mentor", met=True, helpful=1, outcome="continue",
            comment="Gründer kam unvorbereitet",
        )  # fmt: skip
    client.force_login(coordinator_user)
    page = client.get(reverse("mentor_admin:review", args=[expert.pk])).content.decode()
    assert "Rückmeldungen von Gründer:innen" in page
    assert "Sehr konkrete Hilfe beim Businessplan" in page
    assert "3,5" in page  # (5 + 2) / 2, the mentors' own 1s left out
    assert "unvorbereitet" not in page


def test_a_mentor_without_feedback_says_so(client, coordinator_user, make_expert):
    client.force_login(coordinator_user)
    page = client.get(reverse("mentor_admin:review", args=[make_expert().pk])).content.decode()
    assert "Noch keine Rückmeldungen." in page
