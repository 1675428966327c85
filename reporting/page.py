"""Everything the report page shows, assembled once for the page and its CSV."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from consultations.maps import SpacesMap, spaces_map
from reporting.charts import BarChart, bar_chart
from reporting.periods import Period, month_label
from reporting.region_map import RegionMap, region_map
from reporting.selectors import (
    ConsultationFigures,
    Report,
    checkin_figures,
    consultation_figures,
    region_places,
    report_compute,
)
from reporting.selectors.support import support_figures
from reporting.tables import Table, area_name, checkin_round_label, report_tables
from reporting.tables_consultations import venue_label
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_coordinates

# Rows of the key-figure table shown large above it: received, matched, introduced, the
# median days to introduction, and the acceptance rate.
HEADLINE_ROWS = (0, 2, 3, 5, 9)
# And of the Sprechtage's: held, slots offered, the share booked, conversations, requests after.
CONSULTATION_HEADLINE_ROWS = (0, 1, 3, 4, 8)


@dataclass(frozen=True)
class ReportPage:
    period: Period
    area: ServiceArea | None
    report: Report
    tables: dict[str, Table]  # by slug, in the page's order
    charts: dict[str, BarChart]  # by the slug of the table they draw
    map: RegionMap
    consultations: ConsultationFigures
    consultation_map: SpacesMap | None  # None: no Sprechtag held at an Innovationsort

    @property
    def period_label(self) -> str:
        return f"{month_label(self.period.first)} – {month_label(self.period.last)}"

    @property
    def headline(self) -> list[list[str]]:
        """The figures funders ask for first, as (label, value) rows of the key-figure table."""
        rows = self.tables["figures"].rows
        return [rows[i] for i in HEADLINE_ROWS]

    @property
    def consultation_headline(self) -> list[list[str]]:
        rows = self.tables["consultations"].rows
        return [rows[i] for i in CONSULTATION_HEADLINE_ROWS]

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


def _consultation_charts(
    *, tables: dict[str, Table], consultations: ConsultationFigures
) -> dict[str, BarChart]:
    if not consultations.by_venue:
        return {}
    venues = consultations.by_venue
    return {
        "consultation_venues": bar_chart(
            title=tables["consultation_venues"].caption,
            description=_(
                "Sprechtage nach Ort: angebotene, gebuchte und geführte Gespräche je "
                "Innovationsort als Balken; die Zahlen stehen in der Tabelle darunter."
            ),
            labels=[venue_label(row) for row in venues],
            series=[
                (_("Angeboten"), [row.counts.offered for row in venues]),
                (_("Gebucht"), [row.counts.booked for row in venues]),
                (_("Gespräche geführt"), [row.counts.attended for row in venues]),
            ],
        )
    }


def _consultation_map(
    *, consultations: ConsultationFigures, area: ServiceArea | None
) -> SpacesMap | None:
    if not consultations.spaces:
        return None
    return spaces_map(
        spaces=consultations.spaces,
        areas=service_area_coordinates(areas=[area] if area else None),
    )


def report_page(*, period: Period, area: ServiceArea | None) -> ReportPage:
    report = report_compute(period=period, area=area)
    places = region_places(period=period, area=area)
    checkins = checkin_figures(period=period, area=area)
    consultations = consultation_figures(period=period, area=area)
    support = support_figures(period=period, area=area)
    tables = {
        table.slug: table
        for table in report_tables(
            report=report,
            places=places,
            checkins=checkins,
            consultations=consultations,
            support=support,
        )
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
        **_consultation_charts(tables=tables, consultations=consultations),
        "support_areas": bar_chart(
            title=tables["support_areas"].caption,
            description=_(
                "Stunden ehrenamtlicher Hilfe in Begleitungen je Kreis als Balken; die Zahlen "
                "stehen in der Tabelle darunter."
            ),
            labels=[area_name(name) for name, _counts in support.by_area],
            series=[(_("Stunden"), [round(c.hours, 1) for _name, c in support.by_area])],
        ),
        "support_stalls": bar_chart(
            title=tables["support_stalls"].caption,
            description=_(
                "Begleitungen je erstem offenen Schritt als Balken; die Zahlen stehen in der "
                "Tabelle darunter."
            ),
            labels=[title for title, _n in support.stalls],
            series=[(_("Begleitungen"), [n for _title, n in support.stalls])],
        ),
    }
    return ReportPage(
        period=period,
        area=area,
        report=report,
        tables=tables,
        charts=charts,
        map=region_map(places=places),
        consultations=consultations,
        consultation_map=_consultation_map(consultations=consultations, area=area),
    )
