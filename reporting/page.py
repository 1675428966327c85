"""Everything the report page shows, assembled once for the page and its CSV."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from reporting.charts import BarChart, bar_chart
from reporting.periods import Period, month_label
from reporting.region_map import RegionMap, region_map
from reporting.selectors import Report, checkin_figures, region_places, report_compute
from reporting.tables import Table, area_name, checkin_round_label, report_tables
from vocabulary.models import ServiceArea

# Rows of the key-figure table shown large above it: received, matched, introduced, the
# median days to introduction, and the acceptance rate.
HEADLINE_ROWS = (0, 2, 3, 5, 9)


@dataclass(frozen=True)
class ReportPage:
    period: Period
    area: ServiceArea | None
    report: Report
    tables: dict[str, Table]  # by slug, in the page's order
    charts: dict[str, BarChart]  # by the slug of the table they draw
    map: RegionMap

    @property
    def period_label(self) -> str:
        return f"{month_label(self.period.first)} – {month_label(self.period.last)}"

    @property
    def headline(self) -> list[list[str]]:
        """The figures funders ask for first, as (label, value) rows of the key-figure table."""
        rows = self.tables["figures"].rows
        return [rows[i] for i in HEADLINE_ROWS]

    @property
    def area_label(self) -> str:
        return self.area.name if self.area else _("alle Kreise")


def _chart(*, title: str, labels: list[str], counts: list) -> BarChart:
    received = [c.received for c in counts]
    introduced = [c.introduced for c in counts]
    return bar_chart(
        title=title,
        description=_(
            "%(title)s: eingegangene und vorgestellte Anfragen als Balken; "
            "die Zahlen stehen in der Tabelle darunter."
        )
        % {"title": title},
        labels=labels,
        series=[(_("Eingegangen"), received), (_("Vorgestellt"), introduced)],
    )


def report_page(*, period: Period, area: ServiceArea | None) -> ReportPage:
    report = report_compute(period=period, area=area)
    places = region_places(period=period, area=area)
    checkins = checkin_figures(period=period, area=area)
    tables = {
        table.slug: table
        for table in report_tables(report=report, places=places, checkins=checkins)
    }
    charts = {
        "months": _chart(
            title=tables["months"].caption,
            labels=[month_label(month) for month, _counts in report.by_month],
            counts=[counts for _month, counts in report.by_month],
        ),
        "areas": _chart(
            title=tables["areas"].caption,
            labels=[area_name(name) for name, _counts in report.by_area],
            counts=[counts for _name, counts in report.by_area],
        ),
        "topics": _chart(
            title=tables["topics"].caption,
            labels=[row.name for row in report.by_topic],
            counts=[row.counts for row in report.by_topic],
        ),
        "checkins": bar_chart(
            title=tables["checkins"].caption,
            description=_(
                "„Läuft es?“: Antworten „läuft“, „hakt“ und „beendet“ je Nachfrage als Balken; "
                "die Zahlen stehen in der Tabelle darunter."
            ),
            labels=[checkin_round_label(r.day) for r in checkins.rounds],
            series=[
                (_("läuft"), [r.running for r in checkins.rounds]),
                (_("hakt"), [r.stuck for r in checkins.rounds]),
                (_("beendet"), [r.ended for r in checkins.rounds]),
            ],
        ),
        "endings": bar_chart(
            title=tables["endings"].caption,
            description=_(
                "Gründe, aus denen Begleitungen endeten, als Balken; die Zahlen stehen in der "
                "Tabelle darunter."
            ),
            labels=[label for label, _count in checkins.close_reasons],
            series=[(_("Antworten"), [count for _label, count in checkins.close_reasons])],
        ),
    }
    return ReportPage(
        period=period,
        area=area,
        report=report,
        tables=tables,
        charts=charts,
        map=region_map(places=places),
    )
