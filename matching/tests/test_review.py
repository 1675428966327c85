"""The coordinator's review of proposals: approve, reject, reassign, approve above a threshold."""

import pytest

from matching.lifecycle import matches_approve_above
from matching.models import Match, MatchTransition

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.fixture
def proposal(make_request, make_expert):
    return Match.objects.create(
        help_request=make_request(),
        mentor=make_expert(),
        score=0.8,
        reasons=[{"code": "topics", "shared": 1, "total": 1}],
    )


def review_url(match: Match) -> str:
    return f"/admin/matching/matches/review/{match.pk}/"


def test_a_coordinator_sees_reasons_and_alternatives_and_approves(
    client, coordinator_user, proposal, make_expert
):
    other = make_expert(bio="Buchhaltung und Umsatzsteuer für kleine Läden")
    client.force_login(coordinator_user)
    page = client.get(review_url(proposal)).content.decode()
    assert "deckt 1 von 1 Thema ab" in page
    assert f'value="{other.pk}"' in page  # the next best mentor, offered as an alternative
    response = client.post(review_url(proposal), {"decision": "approve", "note": "passt"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == S.OFFERED  # approving offers it to the mentor at once
    step = MatchTransition.objects.get(match=proposal, to_status=S.APPROVED)
    assert (step.by, step.note) == (coordinator_user, "passt")


def test_rejecting_sends_the_request_back_with_that_mentor_excluded(
    client, coordinator_user, proposal
):
    from matching.selectors import suggestions_compute

    client.force_login(coordinator_user)
    client.post(review_url(proposal), {"decision": "reject", "note": "Interessenkonflikt"})
    proposal.refresh_from_db()
    assert proposal.status == S.REJECTED
    assert suggestions_compute(help_request=proposal.help_request) == []


def test_reassigning_to_an_alternative_rejects_and_proposes_in_one_step(
    client, coordinator_user, proposal, make_expert
):
    other = make_expert()
    client.force_login(coordinator_user)
    response = client.post(
        review_url(proposal), {"decision": "reassign", "mentor": other.pk, "note": "näher"}
    )
    proposal.refresh_from_db()
    new = Match.objects.get(help_request=proposal.help_request, status=S.PROPOSED)
    assert proposal.status == S.REJECTED and new.mentor == other
    assert response.url == review_url(new)
    assert new.reasons and new.reasons[0]["code"] == "topics"


def test_a_mentor_who_is_not_a_feasible_alternative_cannot_be_chosen(
    client, coordinator_user, proposal, make_expert
):
    unsuitable = make_expert(topics=("recht",))
    client.force_login(coordinator_user)
    client.post(review_url(proposal), {"decision": "reassign", "mentor": unsuitable.pk})
    proposal.refresh_from_db()
    assert proposal.status == S.PROPOSED
    assert not Match.objects.filter(mentor=unsuitable).exists()


def test_approving_twice_says_it_is_too_late(client, coordinator_user, proposal):
    client.force_login(coordinator_user)
    client.post(review_url(proposal), {"decision": "approve"})
    page = client.post(review_url(proposal), {"decision": "approve"}, follow=True)
    assert "das geht jetzt nicht mehr" in page.content.decode()
    assert MatchTransition.objects.filter(to_status=S.APPROVED).count() == 1


def test_approve_above_a_threshold_takes_only_the_good_ones(
    client, coordinator_user, make_request, make_expert
):
    mentor = make_expert(capacity=5)
    good = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.9)
    weak = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.4)
    client.force_login(coordinator_user)
    assert (
        client.post("/admin/matching/matches/approve-above/", {"percent": 101}).status_code == 400
    )
    response = client.post("/admin/matching/matches/approve-above/", {"percent": 70}, follow=True)
    assert "1 Vorschlag freigegeben." in response.content.decode()
    good.refresh_from_db()
    weak.refresh_from_db()
    assert (good.status, weak.status) == (S.OFFERED, S.PROPOSED)


def test_approve_above_is_all_or_nothing(coordinator_user, make_request, make_expert):
    from unittest import mock

    mentor = make_expert(capacity=5)
    for _ in range(3):
        Match.objects.create(help_request=make_request(), mentor=mentor, score=0.9)
    real = MatchTransition.objects.create
    calls = iter(range(10))

    def fail_on_third(**kwargs):
        if next(calls) == 2:
            raise RuntimeError("database gone")
        return real(**kwargs)

    with (
        mock.patch.object(MatchTransition.objects, "create", side_effect=fail_on_third),
        pytest.raises(RuntimeError),
    ):
        matches_approve_above(threshold=0.5, by=coordinator_user)
    assert set(Match.objects.values_list("status", flat=True)) == {S.PROPOSED}


@pytest.mark.parametrize("role_user", ["founder_user", "editor_user"])
def test_only_coordinators_review(client, request, role_user, proposal):
    client.force_login(request.getfixturevalue(role_user))
    assert client.post(review_url(proposal), {"decision": "approve"}).status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == S.PROPOSED
