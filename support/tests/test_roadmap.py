"""The founder's plan: she ticks steps off, adds her own, sets the day her business starts (the
tax questionnaire is then due a month later, in her calendar too), and may leave at any time —
after which the plan is gone from her pages."""

from datetime import date

import pytest
from icalendar import Calendar

from support.models import SupportTrack
from support.services import support_track_consent

pytestmark = pytest.mark.django_db


@pytest.fixture
def active(start, moelln, client):
    track = support_track_consent(track=start(moelln))
    client.force_login(track.founder.user)
    return track


def test_she_ticks_a_step_off_and_back(client, active):
    step = active.milestones.order_by("order").first()
    client.post("/begleitung/", {"action": "tick", "milestone": step.pk, "done": "1"})
    step.refresh_from_db()
    assert step.done_at is not None and step.done_by == active.founder.user
    assert "1 von" in client.get("/begleitung/").content.decode()
    client.post("/begleitung/", {"action": "tick", "milestone": step.pk})
    step.refresh_from_db()
    assert step.done_at is None


def test_a_step_of_another_founders_plan_cannot_be_ticked(client, active, start, hagenow):
    other = support_track_consent(track=start(hagenow, email="andere@example.org"))
    foreign = other.milestones.first()
    response = client.post("/begleitung/", {"action": "tick", "milestone": foreign.pk, "done": "1"})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.done_at is None


def test_the_start_date_sets_the_legal_deadline_and_the_calendar_carries_it(client, active):
    client.post("/begleitung/", {"action": "start", "started_on": "2027-04-01"})
    questionnaire = active.milestones.get(due_days_after_start=30)
    questionnaire.refresh_from_db()
    assert questionnaire.due_on == date(2027, 5, 1)
    calendar = Calendar.from_ical(client.get("/begleitung/fahrplan.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == date(2027, 5, 1)
    assert questionnaire.title in str(event["summary"])


def test_her_own_step_joins_the_plan_and_a_nameless_one_is_refused_next_to_the_field(
    client, active
):
    before = active.milestones.count()
    refused = client.post("/begleitung/", {"action": "add", "title": ""})
    assert refused.status_code == 400 and active.milestones.count() == before
    client.post("/begleitung/", {"action": "add", "title": "Logo entwerfen lassen"})
    assert active.milestones.order_by("-order").first().title == "Logo entwerfen lassen"


def test_leaving_ends_it_at_once(client, active):
    client.post("/begleitung/", {"action": "leave"})
    active.refresh_from_db()
    assert active.status == SupportTrack.Status.LEFT
    assert client.get("/begleitung/").status_code == 404
    assert client.get("/begleitung/fahrplan.ics").status_code == 404


def test_her_dashboard_leads_to_the_plan_while_it_runs(client, active):
    assert "/begleitung/" in client.get("/hilfe-anfragen/meine-anfragen/").content.decode()
