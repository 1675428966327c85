"""People change their minds: a withdrawn request, withdrawn consent, a deleted account, a
paused or retired mentor end the matches that depend on them, with the notices that belong to
it — and a founder's contact data never reach a mentor afterwards."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from founders.models import HelpRequest
from founders.services import help_request_withdraw
from matching.lifecycle import (
    MatchStateError,
    match_accept,
    match_approve,
    matches_approve_above,
)
from matching.models import Match, MatchTransition
from matching.selectors import suggestions_compute
from mentors.models import Mentor
from mentors.services import mentor_pause, mentor_retire
from privacy.services import account_delete, consent_withdraw
from vocabulary.choices import EndReason

pytestmark = pytest.mark.django_db
S = Match.Status
FOUNDER_EMAIL = "jana.hofladen@example.org"


@pytest.fixture
def run_commits(django_capture_on_commit_callbacks):
    """Run what waits for the commit (mail sending, tasks) as the worker would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def offer(make_request, make_expert, coordinator_user, run_commits):
    match = Match.objects.create(
        help_request=make_request(email=FOUNDER_EMAIL), mentor=make_expert(), score=0.7
    )
    with run_commits():
        match_approve(match=match, by=coordinator_user)
    match.refresh_from_db()
    mail.outbox.clear()
    return match


@pytest.fixture
def introduced(offer, run_commits):
    with run_commits():
        match_accept(match=offer, by=offer.mentor.user)
    offer.refresh_from_db()
    mail.outbox.clear()
    return offer


def founder_secrets(match: Match) -> list[str]:
    help_request = match.help_request
    return [help_request.email, help_request.last_name]


def answer_link(match: Match) -> str:
    from matching.tokens import offer_token_make

    return (
        f"/vermittlung/antwort/{offer_token_make(match_id=match.pk, user_id=match.mentor.user_id)}/"
    )


def withdraw_request(match: Match) -> None:
    help_request_withdraw(help_request=match.help_request, by=match.help_request.founder.user)


def withdraw_founder_consent(match: Match) -> None:
    consent_withdraw(user=match.help_request.founder.user)


def delete_founder_account(match: Match) -> None:
    account_delete(user=match.help_request.founder.user)


FOUNDER_CHANGES = {
    "request withdrawn": (withdraw_request, EndReason.REQUEST_WITHDRAWN),
    "consent withdrawn": (withdraw_founder_consent, EndReason.FOUNDER_CONSENT),
    "account deleted": (delete_founder_account, EndReason.FOUNDER_DELETED),
}


@pytest.mark.parametrize("change", FOUNDER_CHANGES)
def test_a_founder_who_changes_her_mind_ends_the_offer_and_the_link_says_why(
    client, offer, change, run_commits
):
    secrets = founder_secrets(offer)
    act, reason = FOUNDER_CHANGES[change]
    with run_commits():
        act(offer)
    offer.refresh_from_db()
    assert offer.status == S.CANCELLED
    cancelled = offer.transitions.get(to_status=S.CANCELLED)
    assert cancelled.reason == reason and cancelled.by == offer.help_request.founder.user
    (notice,) = mail.outbox
    assert notice.to == [offer.mentor.user.email]
    assert "zurückgezogen" in notice.body
    assert not [secret for secret in secrets if secret in notice.body + notice.subject]
    mail.outbox.clear()
    page = client.get(answer_link(offer))
    assert page.status_code == 410
    assert "hat diese Anfrage zurückgezogen" in page.content.decode()
    with run_commits():
        refused = client.post(answer_link(offer), {"decision": "accept"})
    assert refused.status_code == 410
    offer.refresh_from_db()
    assert offer.status == S.CANCELLED and mail.outbox == []


@pytest.mark.parametrize("change", FOUNDER_CHANGES)
def test_a_mentor_already_introduced_is_told_the_mentoring_ended_at_the_founders_wish(
    introduced, change, run_commits
):
    secrets = founder_secrets(introduced)
    act, _reason = FOUNDER_CHANGES[change]
    with run_commits():
        act(introduced)
    introduced.refresh_from_db()
    assert introduced.status == S.CANCELLED
    (notice,) = mail.outbox
    assert notice.to == [introduced.mentor.user.email]
    assert "auf Wunsch der Gründerin oder des Gründers beendet" in notice.body
    assert not [secret for secret in secrets if secret in notice.body]


def test_an_offer_left_standing_by_a_withdrawal_cannot_be_accepted(offer):
    # As if withdrawal had happened beside the lifecycle (the old leak): the re-check under
    # the locks still refuses, and nothing is mailed.
    HelpRequest.objects.filter(pk=offer.help_request_id).update(status=HelpRequest.Status.WITHDRAWN)
    with pytest.raises(MatchStateError, match="zurückgezogen"):
        match_accept(match=offer, by=offer.mentor.user)
    offer.refresh_from_db()
    assert offer.status == S.OFFERED and mail.outbox == []


def test_a_pausing_mentor_gives_back_offers_and_proposals_and_keeps_her_mentorings(
    make_request, make_expert, coordinator_user, run_commits
):
    mentor = make_expert(capacity=5)
    proposal = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.8)
    offered = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.8)
    running = Match.objects.create(help_request=make_request(), mentor=mentor, score=0.8)
    with run_commits():
        match_approve(match=offered, by=coordinator_user)
        match_approve(match=running, by=coordinator_user)
        match_accept(match=running, by=mentor.user)
    mail.outbox.clear()
    with run_commits():
        mentor_pause(mentor=mentor, until=timezone.localdate() + timedelta(days=30), by=mentor.user)
    statuses = dict(Match.objects.values_list("pk", "status"))
    assert statuses == {proposal.pk: S.CANCELLED, offered.pk: S.CANCELLED, running.pk: S.INTRODUCED}
    offered.help_request.refresh_from_db()
    assert offered.help_request.status == HelpRequest.Status.OPEN  # straight back to matching
    other = make_expert(capacity=5)
    found = {s.mentor_id for s in suggestions_compute(help_request=offered.help_request)}
    assert other.pk in found and mentor.pk not in found
    assert mail.outbox == []  # she paused herself; founders never knew of the offer


def test_a_paused_mentor_is_not_offered_anything_and_approve_above_skips_her(
    make_request, make_expert, coordinator_user
):
    paused = make_expert(paused_until=timezone.localdate() + timedelta(days=3))
    ready = make_expert()
    stale = Match.objects.create(help_request=make_request(), mentor=paused, score=0.9)
    fresh = Match.objects.create(help_request=make_request(), mentor=ready, score=0.9)
    with pytest.raises(MatchStateError, match="pausiert"):
        match_approve(match=stale, by=coordinator_user)
    assert matches_approve_above(threshold=0.5, by=coordinator_user) == 1
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert (stale.status, fresh.status) == (S.PROPOSED, S.OFFERED)


MENTOR_CHANGES = {
    "consent withdrawn": lambda m, coordinator: consent_withdraw(user=m.user),
    "account deleted": lambda m, coordinator: account_delete(user=m.user),
    "retired": lambda m, coordinator: mentor_retire(mentor=m, by=coordinator),
}


@pytest.mark.parametrize("change", MENTOR_CHANGES)
def test_a_mentor_who_leaves_ends_everything_and_the_founder_can_ask_again_in_one_click(
    client, introduced, change, coordinator_user, make_expert, run_commits
):
    mentor = introduced.mentor
    with run_commits():
        MENTOR_CHANGES[change](mentor, coordinator_user)
    introduced.refresh_from_db()
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.RETIRED and introduced.status == S.CANCELLED
    help_request = introduced.help_request
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.CLOSED
    (notice,) = mail.outbox
    assert notice.to == [FOUNDER_EMAIL] and "nicht weiter begleiten" in notice.body
    link = re.search(r"https?://\S+(/hilfe-anfragen/weiter-suchen/\S+/)", notice.body).group(1)
    assert "Ja, bitte eine andere" in client.get(link).content.decode()
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.CLOSED  # a GET changes nothing
    with run_commits():
        assert "Wir suchen jetzt" in client.post(link).content.decode()
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.OPEN
    other = make_expert()
    assert {s.mentor_id for s in suggestions_compute(help_request=help_request)} == {other.pk}


def test_a_founder_who_withdrew_consent_cannot_reopen_by_the_old_link(
    client, introduced, run_commits
):
    with run_commits():
        mentor_retire(mentor=introduced.mentor, by=None)
    link = re.search(r"(/hilfe-anfragen/weiter-suchen/\S+/)", mail.outbox[0].body).group(1)
    consent_withdraw(user=introduced.help_request.founder.user)
    assert client.post(link).status_code == 409
    introduced.help_request.refresh_from_db()
    assert introduced.help_request.status == HelpRequest.Status.CLOSED


@pytest.mark.parametrize("side", ["founder", "mentor"])
def test_either_side_ends_a_mentoring_from_the_dashboard_and_the_other_is_told(
    client, introduced, side, run_commits
):
    founder_user, mentor_user = introduced.help_request.founder.user, introduced.mentor.user
    client.force_login(founder_user if side == "founder" else mentor_user)
    assert "Vorzeitig beenden" in client.get("/vermittlung/").content.decode()
    with run_commits():
        response = client.post(f"/vermittlung/{introduced.pk}/beenden/", {"note": "Umzug"})
    assert response.status_code == 302
    introduced.refresh_from_db()
    assert introduced.status == S.CANCELLED
    step = introduced.transitions.get(to_status=S.CANCELLED)
    assert step.note == "Umzug"
    (notice,) = mail.outbox
    other = mentor_user if side == "founder" else founder_user
    assert notice.to == [other.email] and "Umzug" not in notice.body


def test_a_coordinator_cancels_with_a_reason_from_the_review_page(
    client, introduced, coordinator_user, run_commits
):
    client.force_login(coordinator_user)
    url = f"/admin/matching/matches/review/{introduced.pk}/"
    client.post(url, {"decision": "cancel", "note": ""})
    introduced.refresh_from_db()
    assert introduced.status == S.INTRODUCED  # a reason is required
    with run_commits():
        client.post(url, {"decision": "cancel", "note": "Interessenkonflikt bekannt geworden"})
    introduced.refresh_from_db()
    assert introduced.status == S.CANCELLED
    step = MatchTransition.objects.get(match=introduced, to_status=S.CANCELLED)
    assert (step.reason, step.by) == (EndReason.COORDINATOR, coordinator_user)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [FOUNDER_EMAIL, introduced.mentor.user.email]
    )
