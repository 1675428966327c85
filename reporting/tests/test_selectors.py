"""Every figure of the report against the hand-counted history in conftest.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matching.models import Match
from reporting.page import report_page
from reporting.selectors import Counts, report_compute
from reporting.tests.conftest import PERIOD, S, at, dated, history

pytestmark = pytest.mark.django_db


def test_totals_count_each_step_at_the_date_it_first_happened(known):
    report = report_compute(period=PERIOD)
    assert report.totals == Counts(received=6, confirmed=4, matched=4, introduced=4, completed=1)


def test_months_split_the_totals_at_local_midnight(known):
    report = report_compute(period=PERIOD)
    assert [(month.month, counts) for month, counts in report.by_month] == [
        (1, Counts(received=2, confirmed=2, matched=2, introduced=2, completed=0)),
        (2, Counts(received=2, confirmed=2, matched=1, introduced=1, completed=0)),
        (3, Counts(received=2, confirmed=0, matched=1, introduced=1, completed=1)),
    ]


def test_districts_and_the_rest(known):
    report = report_compute(period=PERIOD)
    assert report.by_area == [
        ("Herzogtum Lauenburg", Counts(3, 2, 3, 3, 1)),
        ("Ludwigslust-Parchim", Counts(2, 1, 1, 1, 0)),
        ("", Counts(1, 1, 0, 0, 0)),
    ]


def test_topics_count_a_request_once_per_topic_with_the_guides_answers(known):
    rows = {row.name: row for row in report_compute(period=PERIOD).by_topic}
    assert rows["Steuern & Buchhaltung"].counts == Counts(3, 2, 3, 3, 1)
    assert rows["Recht & Verträge"].counts == Counts(2, 1, 1, 1, 0)
    assert rows["Marketing & Vertrieb"].counts == Counts(1, 1, 1, 1, 0)
    assert rows["Finanzierung & Fördermittel"].counts == Counts(1, 1, 0, 0, 0)
    assert rows["Unternehmensnachfolge"].counts == Counts()
    assert rows["Steuern & Buchhaltung"].answered_by_guide == 1
    assert rows["Recht & Verträge"].answered_by_guide == 1


def test_median_offers_guides_and_feedback(known):
    report = report_compute(period=PERIOD)
    assert report.median_days_to_introduction == 12.5  # of 10, 10, 15 and 20 days
    assert report.introductions_timed == 4
    assert (report.offers.accepted, report.offers.declined, report.offers.expired) == (4, 1, 1)
    assert report.offers.acceptance_rate == pytest.approx(4 / 6)
    assert report.answered_by_guide == 2
    assert report.feedback.responses == 3 and report.feedback.met == 2
    assert report.feedback.mean_helpful == 3.7  # (5 + 4 + 2) / 3


def test_one_district_only(known):
    report = report_compute(period=PERIOD, area=known["lup"])
    assert report.totals == Counts(received=2, confirmed=1, matched=1, introduced=1, completed=0)
    assert report.by_area == [("Ludwigslust-Parchim", Counts(2, 1, 1, 1, 0))]
    assert report.median_days_to_introduction == 20.0
    assert report.offers.acceptance_rate == 0.5
    assert report.feedback.responses == 0 and report.feedback.met_share is None


def test_an_empty_period_has_no_median_and_no_rate(db):
    report = report_compute(period=PERIOD)
    assert report.totals == Counts()
    assert report.median_days_to_introduction is None
    assert report.offers.acceptance_rate is None


def test_the_page_takes_the_same_few_queries_however_much_there_is(
    known, make_request, make_expert
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            report_page(period=PERIOD, area=None)
        return len(captured)

    before = queries()
    for _ in range(5):
        help_request = make_request(place=known["hagenow"], topics=("recht", "design"))
        dated(help_request, received=at("2026-02-02"), confirmed=at("2026-02-03"))
        match = Match.objects.create(help_request=help_request, mentor=make_expert(), score=0.5)
        history(match, [(S.OFFERED, at("2026-02-04")), (S.ACCEPTED, at("2026-02-05"))])
    assert queries() == before <= 26  # 18 for requests, Sprechtage and checks; 8 for Begleitungen
    assert report_compute(period=PERIOD).totals.received == 6 + 5
