"""Bar charts: one bar per category and series, scaled to a round axis, readable without sight."""

import re

import pytest

from reporting.charts import LABEL_WIDTH, WIDTH, bar_chart

pytestmark = pytest.mark.django_db


def test_bars_scale_to_a_round_axis():
    chart = bar_chart(
        title="T", description="D", labels=["a", "b"], series=[("x", [7, 0]), ("y", [3, 10])]
    )
    bars = [bar for category in chart.categories for bar in category.bars]
    assert [bar.value for bar in bars] == [7, 3, 0, 10]
    assert [tick.value for tick in chart.ticks] == [0, 2, 4, 6, 8, 10]
    longest = max(bars, key=lambda bar: bar.width)
    assert longest.value == 10 and longest.x + longest.width <= WIDTH
    assert bars[2].width == 0 and bars[0].x == LABEL_WIDTH


def test_an_empty_chart_still_has_an_axis():
    chart = bar_chart(title="T", description="D", labels=["a"], series=[("x", [0])])
    assert [tick.value for tick in chart.ticks] == [0, 1]


def test_the_page_draws_a_bar_per_month_district_and_topic_and_series(
    client, coordinator_user, known
):
    client.force_login(coordinator_user)
    page = client.get("/admin/berichte/?first=2026-01&last=2026-03").content.decode()
    svgs = dict(re.findall(r'<svg class="report-chart" data-chart="(\w+)"(.*?)</svg>', page, re.S))
    assert list(svgs) == ["months", "areas", "topics", "checkins", "endings", "support_areas"]
    assert svgs["months"].count('class="report-bar"') == 3 * 2  # received and introduced
    assert svgs["areas"].count('class="report-bar"') == 3 * 2  # two districts and the rest
    assert svgs["topics"].count('class="report-bar"') == 12 * 2  # every topic
    assert svgs["checkins"].count('class="report-bar"') == 2 * 3  # two rounds, three answers
    assert svgs["endings"].count('class="report-bar"') == 5  # every reason, even at 0
    assert svgs["support_areas"].count('class="report-bar"') == 3  # hours: districts, the rest
    assert "<title>Feb 2026, Eingegangen: 2</title>" in svgs["months"]
    for svg in svgs.values():
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert not re.search(r'="\d+,\d', svg)  # coordinates never get a decimal comma
