"""The coordinator's plan in the admin: she ticks steps and adds her own, asks the engine for an
expert for a step (or gives it to one already in), notes a meeting, and ends the Begleitung with
its outcome — a founding without its day is explained next to the field and saves nothing."""

import pytest
from django.core import mail
from django.utils import timezone

from outbox.models import Mail
from support.experts import track_expert_accept, track_expert_ask
from support.models import SupportTrack, TrackExpert

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(client, coordinator_user, running):
    client.force_login(coordinator_user)
    return f"/admin/support/tracks/{running.pk}/plan/"


def test_the_plan_shows_the_steps_with_their_offices(client, plan):
    page = client.get(plan).content.decode()
    assert "Fragebogen zur steuerlichen Erfassung abgeben" in page and "IHK zu Lübeck" in page


def test_she_ticks_a_step_and_adds_one(client, plan, running):
    step = running.milestones.order_by("order").first()
    client.post(plan, {"action": "tick", "milestone": step.pk, "done": "1"})
    step.refresh_from_db()
    assert step.done_at is not None
    client.post(plan, {"action": "add", "title": "Bankkonto eröffnen"})
    assert running.milestones.filter(title="Bankkonto eröffnen", key="").exists()


def test_she_asks_the_proposed_expert_for_a_step(
    client, plan, running, step_of, tax_adviser, django_capture_on_commit_callbacks
):
    step = step_of(running, "steuern")
    url = f"/admin/support/tracks/{running.pk}/steps/{step.pk}/experts/"
    page = client.get(url).content.decode()
    assert "Silke Steuer" in page and "anfragen" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"mentor": tax_adviser.pk})
    assert response.status_code == 302
    assert TrackExpert.objects.get().milestones.get() == step
    assert [m.to for m in mail.outbox] == [["steuer@example.org"]]


def test_an_expert_the_engine_does_not_propose_cannot_be_asked(
    client, plan, running, step_of, lawyer
):
    step = step_of(running, "steuern")  # she is a lawyer
    url = f"/admin/support/tracks/{running.pk}/steps/{step.pk}/experts/"
    client.post(url, {"mentor": lawyer.pk})
    assert not TrackExpert.objects.exists()


def test_a_step_goes_to_an_expert_already_in_without_a_new_offer(
    client, plan, running, step_of, tax_adviser, coordinator_user
):
    first, second = running.milestones.filter(topic__slug="steuern").order_by("order")[:2]
    track_expert_accept(
        role=track_expert_ask(milestone=first, mentor=tax_adviser, by=coordinator_user)
    )
    mail.outbox.clear()
    url = f"/admin/support/tracks/{running.pk}/steps/{second.pk}/experts/"
    assert "Schon in dieser Begleitung" in client.get(url).content.decode()
    client.post(url, {"mentor": tax_adviser.pk})
    assert TrackExpert.objects.get().milestones.count() == 2
    assert Mail.objects.filter(template="support/mail/expert_offer").count() == 1  # the first


def test_a_founding_needs_its_day_and_nothing_is_saved_without(client, plan, running):
    response = client.post(plan, {"action": "end", "outcome": "founded"})
    assert response.status_code == 400
    assert "Bitte geben Sie den Tag der Gründung an." in response.content.decode()
    running.refresh_from_db()
    assert running.status == SupportTrack.Status.ACTIVE
    today = timezone.localdate().isoformat()
    client.post(plan, {"action": "end", "outcome": "founded", "founded_on": today})
    running.refresh_from_db()
    assert (running.status, running.outcome) == ("ended", "founded")


def test_an_editor_may_not_open_the_plan(client, editor_user, running):
    client.force_login(editor_user)
    assert client.get(f"/admin/support/tracks/{running.pk}/plan/").status_code in (302, 403)
