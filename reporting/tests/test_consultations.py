"""The Sprechtage's figures against the hand-counted history in reporting/tests/sprechtage.py:
only days held in the period count, by venue, by topic, with both sides' answers."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import InnovationSpace
from reporting.selectors import DayCounts, FeedbackCounts, consultation_figures
from reporting.tests.conftest import PERIOD
from reporting.tests.sprechtage import TODAY, B, new_booking, new_day, new_expert
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def test_only_days_held_in_the_period_count_with_their_slots_and_bookings(sprechtage):
    figures = consultation_figures(period=PERIOD, area=None, today=TODAY)
    assert figures.totals == DayCounts(
        days=3, offered=8, booked=7, attended=4, no_shows=2, follow_ups=2, waiting=2
    )
    assert figures.totals.unmarked == 1
    assert figures.totals.booked_share == 7 / 8
    assert figures.totals.no_show_share == 2 / 7


def test_venues_by_name_numbered_then_online(sprechtage):
    figures = consultation_figures(period=PERIOD, area=None, today=TODAY)
    rows = [(row.number, row.space and row.space.name, row.counts) for row in figures.by_venue]
    assert rows == [
        (1, "Dorfbüro Mölln", DayCounts(1, 4, 4, 2, 1, 1, 1)),
        (2, "Makerspace Parchim", DayCounts(1, 2, 2, 1, 1, 1, 1)),
        (None, None, DayCounts(1, 2, 1, 1, 0, 0, 0)),
    ]
    assert [space.name for space in figures.spaces] == ["Dorfbüro Mölln", "Makerspace Parchim"]


def test_topics_count_the_bookings_by_the_topic_chosen(sprechtage):
    topics = {
        row.name: row.counts
        for row in consultation_figures(period=PERIOD, area=None, today=TODAY).by_topic
    }
    assert topics["Steuern & Buchhaltung"] == DayCounts(
        booked=3, attended=1, no_shows=2, follow_ups=1, waiting=1
    )
    assert topics["Recht & Verträge"] == DayCounts(booked=2, attended=1)
    assert topics["Marketing & Vertrieb"] == DayCounts(
        booked=1, attended=1, follow_ups=1, waiting=1
    )
    assert topics["Finanzierung & Fördermittel"] == DayCounts(booked=1, attended=1)
    assert topics["Unternehmensnachfolge"] == DayCounts()
    assert len(topics) == Topic.objects.count()


def test_answers_of_both_sides_by_the_day_they_belong_to(sprechtage):
    feedback = consultation_figures(period=PERIOD, area=None, today=TODAY).feedback
    assert feedback == {
        "founder": FeedbackCounts(4, 2, 1, 1, 2, 1, 1),
        "expert": FeedbackCounts(3, 2, 1, 0, 1, 2, 0),
    }


def test_a_day_counts_from_the_day_after_and_never_past_the_period(sprechtage):
    on_the_day = consultation_figures(period=PERIOD, area=None, today=date(2026, 3, 20))
    assert on_the_day.totals.days == 3
    later = consultation_figures(period=PERIOD, area=None, today=date(2026, 6, 1))
    assert later.totals.days == 4  # D6 on 20 March now; D8 in April never
    assert later.by_venue[0].counts == DayCounts(2, 5, 5, 3, 1, 1, 1)


def test_a_district_counts_its_venues_and_no_online_day(sprechtage):
    lauenburg = consultation_figures(period=PERIOD, area=sprechtage["lauenburg"], today=TODAY)
    assert lauenburg.totals == DayCounts(1, 4, 4, 2, 1, 1, 1)
    assert [(row.number, row.space.name) for row in lauenburg.by_venue] == [(1, "Dorfbüro Mölln")]
    assert lauenburg.feedback["founder"] == FeedbackCounts(2, 1, 1, 0, 1, 1, 0)
    assert lauenburg.feedback["expert"] == FeedbackCounts(1, 1, 0, 0, 1, 0, 0)
    lup = consultation_figures(period=PERIOD, area=sprechtage["lup"], today=TODAY)
    assert [(row.number, row.space.name) for row in lup.by_venue] == [(1, "Makerspace Parchim")]
    assert lup.totals.follow_ups == 1


def test_no_day_held_gives_zeros_and_no_shares(db):
    figures = consultation_figures(period=PERIOD, area=None, today=TODAY)
    assert figures.totals == DayCounts()
    assert figures.totals.booked_share is None and figures.totals.no_show_share is None
    assert figures.by_venue == [] and figures.by_topic == []
    assert figures.feedback == {"founder": FeedbackCounts(), "expert": FeedbackCounts()}


def test_the_figures_take_the_same_queries_however_many_days(sprechtage, make_expert):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            consultation_figures(period=PERIOD, area=None, today=TODAY)
        return len(captured)

    before = queries()
    space = InnovationSpace.objects.get(name="Dorfbüro Mölln")
    for on in ("2026-01-27", "2026-02-03", "2026-02-24"):
        day = new_day(on, space)
        _invitation, (slot,) = new_expert(day, make_expert(), slots=1)
        new_booking(day, B.ATTENDED, slot=slot)
    assert queries() == before == 7
    assert consultation_figures(period=PERIOD, area=None, today=TODAY).totals.days == 3 + 3
