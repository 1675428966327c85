"""The Begleitungen as tables of display strings, for the report page and its CSV (through
reporting.tables.report_tables). Hours are voluntary help, the figure funders ask for."""

from __future__ import annotations

from django.utils.translation import gettext as _

from reporting.cells import Table, decimal, integer
from reporting.selectors.support import SessionCounts, SupportFigures
from support.models import SupportTrack


def _support_figures(figures: SupportFigures) -> Table:
    outcomes = figures.outcomes
    rows = [
        (_("Begleitungen begonnen (Gründer:in hat zugestimmt)"), integer(figures.started)),
        (_("Begleitungen, die heute laufen"), integer(figures.running)),
        (_("Abgeschlossen: gegründet"), integer(outcomes[SupportTrack.Outcome.FOUNDED])),
        (_("Abgeschlossen: nicht gegründet"), integer(outcomes[SupportTrack.Outcome.NOT_FOUNDED])),
        (_("Abgeschlossen: pausiert"), integer(outcomes[SupportTrack.Outcome.PAUSED])),
        (
            _("Median der Tage vom ersten Kontakt bis zur Gründung"),
            decimal(figures.median_days_to_founding),
        ),
        (_("Treffen notiert"), integer(figures.sessions.sessions)),
        (_("Stunden ehrenamtlicher Hilfe"), decimal(figures.sessions.hours)),
    ]
    return Table(
        slug="support",
        caption=_("Begleitungen"),
        header=[_("Kennzahl"), _("Wert")],
        rows=[list(row) for row in rows],
    )


def _sessions(counts: SessionCounts) -> list[str]:
    return [integer(counts.sessions), decimal(counts.hours)]


def support_tables(figures: SupportFigures) -> list[Table]:
    labels = [_("Treffen"), _("Stunden")]
    return [
        _support_figures(figures),
        Table(
            slug="support_areas",
            caption=_("Treffen in Begleitungen nach Kreis"),
            header=[_("Kreis"), *labels],
            rows=[
                [name or _("außerhalb der Kreise"), *_sessions(c)] for name, c in figures.by_area
            ],
        ),
        Table(
            slug="support_topics",
            caption=_("Treffen in Begleitungen nach Thema"),
            header=[_("Thema"), *labels],
            rows=[[name or _("ohne Thema"), *_sessions(c)] for name, c in figures.by_topic],
        ),
        Table(
            slug="support_stalls",
            caption=_("Wo Gründungen stocken (erster offener Schritt)"),
            header=[_("Schritt"), _("Begleitungen")],
            rows=[[title, integer(n)] for title, n in figures.stalls],
        ),
    ]
