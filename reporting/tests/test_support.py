"""The Begleitungen' figures against a hand-made history: one founding in Mölln (Herzogtum
Lauenburg) 40 days after her first contact, with a lawyer's hour and her own half hour noted;
one Begleitung in Hagenow (Ludwigslust-Parchim) that stalls at its second step. Meetings and
hours count by district and topic; the notes are never part of the report."""

from datetime import timedelta

import pytest
from django.utils import timezone

from founders.models import HelpRequest
from reporting.page import report_page
from reporting.periods import Period
from reporting.selectors.support import SessionCounts, support_figures
from support.experts import track_expert_accept, track_expert_ask
from support.models import RoadmapTemplate
from support.services import (
    milestone_tick,
    support_track_consent,
    support_track_end,
    support_track_start,
)
from support.sessions import support_session_note
from vocabulary.models import Land, Place, ServiceArea, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(make_request, make_expert, coordinator_user, moelln):
    today = timezone.localdate()
    hagenow = Place.objects.create(
        postcode="19230", locality="Hagenow", land=Land.MV, latitude=53.43, longitude=11.19
    )
    ServiceArea.objects.create(name="Herzogtum Lauenburg", postcodes="23879")
    ServiceArea.objects.create(name="Ludwigslust-Parchim", postcodes="19230")
    gewerbe = RoadmapTemplate.objects.get(key="gewerbe")

    def begun(place, email):
        request = make_request(place=place, email=email)
        track = support_track_start(
            help_request=request,
            lead=coordinator_user,
            idea="Hofladen.",
            stage="idea",
            path=gewerbe,
        )
        return support_track_consent(track=track), request

    founded, first_request = begun(moelln, "moelln@example.org")
    HelpRequest.objects.filter(pk=first_request.pk).update(
        created_at=timezone.now() - timedelta(days=40)
    )
    lawyer = make_expert(topics=("recht",), place=moelln)
    step = founded.milestones.filter(topic__slug="recht").first()
    role = track_expert_accept(
        role=track_expert_ask(milestone=step, mentor=lawyer, by=coordinator_user)
    )
    note = {"held_on": today, "discussed": "Geheime Notiz zum Gesellschaftsvertrag."}
    support_session_note(track=founded, by=lawyer.user, role=role, minutes=60, **note)
    support_session_note(track=founded, by=founded.founder.user, role=None, minutes=30, **note)
    support_track_end(track=founded, outcome="founded", founded_on=today)
    stalled, _request = begun(hagenow, "hagenow@example.org")
    milestone_tick(
        milestone=stalled.milestones.order_by("order").first(), by=coordinator_user, done=True
    )
    month = today.replace(day=1)
    return Period(first=month, last=month)


def test_outcomes_time_to_founding_and_hours(history):
    figures = support_figures(period=history, area=None)
    assert figures.started == 2 and figures.running == 1
    assert figures.outcomes == {"founded": 1, "not_founded": 0, "paused": 0}
    assert figures.median_days_to_founding == 40
    assert figures.sessions == SessionCounts(sessions=2, minutes=90)


def test_sessions_by_district_and_topic(history):
    figures = support_figures(period=history, area=None)
    assert figures.by_area == [
        ("Herzogtum Lauenburg", SessionCounts(2, 90)),
        ("Ludwigslust-Parchim", SessionCounts(0, 0)),
        ("", SessionCounts(0, 0)),
    ]
    topics = dict(figures.by_topic)
    assert topics[Topic.objects.get(slug="recht").display_name] == SessionCounts(1, 60)
    assert topics[""] == SessionCounts(1, 30)  # her own note, with no expert's topic


def test_a_district_counts_only_its_begleitungen(history):
    parchim = ServiceArea.objects.get(name="Ludwigslust-Parchim")
    figures = support_figures(period=history, area=parchim)
    assert figures.started == 1 and figures.sessions == SessionCounts(0, 0)
    assert figures.outcomes["founded"] == 0


def test_the_stall_is_the_first_open_step(history):
    figures = support_figures(period=history, area=None)
    second = RoadmapTemplate.objects.get(key="gewerbe").steps.order_by("sort_order")[1]
    assert figures.stalls == [(second.title, 1)]


def test_the_report_page_shows_counts_never_notes(history):
    page = report_page(period=history, area=None)
    rows = dict((row[0], row[1]) for row in page.tables["support"].rows)
    assert rows["Stunden ehrenamtlicher Hilfe"] == "1,5"
    text = str([table.rows for table in page.tables.values()])
    assert "Geheime Notiz" not in text
