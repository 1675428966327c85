"""A mentor's capacity never drops below the founders she works with now: lowering it is
refused with the number, and once a mentoring ends it may go down."""

import pytest

from matching.lifecycle import match_accept, match_approve, match_complete
from matching.models import Match
from mentors.services import MentorStateError, mentor_capacity_set

pytestmark = pytest.mark.django_db


def test_capacity_below_the_founders_she_works_with_is_refused(
    client, make_request, make_expert, coordinator_user
):
    mentor = make_expert(capacity=3)
    matches = []
    for _ in range(2):
        match = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.7)
        match_approve(match=match, by=coordinator_user)
        matches.append(match_accept(match=match, by=mentor.user))
    client.force_login(mentor.user)
    response = client.post("/expertin-werden/profil/kapazitaet/", {"capacity": 1})
    assert response.status_code == 400
    assert "Sie begleiten gerade 2 Gründungen" in response.content.decode()
    mentor.refresh_from_db()
    assert mentor.capacity == 3
    mentor_capacity_set(mentor=mentor, capacity=2)  # exactly as many: fine
    match_complete(match=matches[0], by=mentor.user)
    assert mentor_capacity_set(mentor=mentor, capacity=1).capacity == 1
    with pytest.raises(MentorStateError):
        mentor_capacity_set(mentor=mentor, capacity=0)
