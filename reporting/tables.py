"""The report as tables of display strings: the page shows exactly these, the CSV writes them,
so the two can never disagree."""

from __future__ import annotations

from django.utils.translation import gettext as _

from reporting.cells import Table, decimal, integer, percent
from reporting.periods import month_label
from reporting.selectors import CheckInFigures, ConsultationFigures, Counts, RegionPlaces, Report
from reporting.selectors.support import SupportFigures
from reporting.tables_consultations import consultation_tables
from reporting.tables_support import support_tables


def measure_labels() -> list[str]:
    return [_("Eingegangen"), _("Bestätigt"), _("Vermittelt"), _("Vorgestellt"), _("Abgeschlossen")]


def _counts(counts: Counts) -> list[str]:
    return [
        integer(value)
        for value in (
            counts.received,
            counts.confirmed,
            counts.matched,
            counts.introduced,
            counts.completed,
        )
    ]


def area_name(name: str) -> str:
    return name or _("außerhalb der Kreise")


def _figures(report: Report) -> Table:
    totals, offers, feedback = report.totals, report.offers, report.feedback
    rows = [
        (_("Anfragen eingegangen"), integer(totals.received)),
        (_("Anfragen bestätigt (E-Mail-Adresse bestätigt)"), integer(totals.confirmed)),
        (_("Anfragen vermittelt (eine Expert:in hat zugesagt)"), integer(totals.matched)),
        (_("Anfragen vorgestellt (Kontakt weitergegeben)"), integer(totals.introduced)),
        (_("Begleitungen abgeschlossen"), integer(totals.completed)),
        (
            _("Median der Tage von der Bestätigung bis zur Vorstellung"),
            decimal(report.median_days_to_introduction),
        ),
        (_("Angebote angenommen"), integer(offers.accepted)),
        (_("Angebote abgelehnt"), integer(offers.declined)),
        (_("Angebote abgelaufen (keine Antwort)"), integer(offers.expired)),
        (
            _("Annahmequote (angenommen ÷ angenommen, abgelehnt und abgelaufen)"),
            percent(offers.acceptance_rate),
        ),
        (
            # Guide answers are anonymous and have no place: they cannot be split by district.
            _("Fragen durch einen Leitfaden beantwortet (alle Kreise zusammen)")
            if report.area
            else _("Fragen durch einen Leitfaden beantwortet"),
            integer(report.answered_by_guide),
        ),
        (_("Rückmeldungen"), integer(feedback.responses)),
        (_("Anteil „Wir haben uns getroffen“"), percent(feedback.met_share)),
        (_("Wie hilfreich, im Mittel (1 = gar nicht, 5 = sehr)"), decimal(feedback.mean_helpful)),
    ]
    return Table(
        slug="figures",
        caption=_("Kennzahlen"),
        header=[_("Kennzahl"), _("Wert")],
        rows=[list(row) for row in rows],
    )


def report_tables(
    *,
    report: Report,
    places: RegionPlaces,
    checkins: CheckInFigures,
    consultations: ConsultationFigures,
    support: SupportFigures,
) -> list[Table]:
    """Key figures, then by month, district, topic and place, then "Läuft es?", the
    Sprechtage and the Begleitungen, in the order of the page."""
    measures = measure_labels()
    place_rows = [[p.name, integer(p.requests), integer(p.mentors)] for p in places.places]
    if places.requests_elsewhere:
        place_rows.append(
            [
                _("außerhalb der Kreise (nicht auf der Karte)"),
                integer(places.requests_elsewhere),
                "–",
            ]
        )
    return [
        _figures(report),
        Table(
            slug="months",
            caption=_("Anfragen nach Monat"),
            header=[_("Monat"), *measures],
            rows=[[month_label(month), *_counts(c)] for month, c in report.by_month],
        ),
        Table(
            slug="areas",
            caption=_("Anfragen nach Kreis"),
            header=[_("Kreis"), *measures],
            rows=[[area_name(name), *_counts(c)] for name, c in report.by_area],
        ),
        Table(
            slug="topics",
            caption=_("Anfragen nach Thema"),
            header=[
                _("Thema"),
                *measures,
                _("Durch Leitfaden beantwortet (alle Kreise zusammen)")
                if report.area
                else _("Durch Leitfaden beantwortet"),
            ],
            rows=[
                [row.name, *_counts(row.counts), integer(row.answered_by_guide)]
                for row in report.by_topic
            ],
        ),
        Table(
            slug="places",
            caption=_("Anfragen und Expert:innen nach Ort"),
            header=[_("Ort"), _("Anfragen eingegangen"), _("Expert:innen (heute aktiv)")],
            rows=place_rows,
        ),
        *_checkin_tables(checkins),
        *consultation_tables(consultations),
        *support_tables(support),
    ]


def checkin_round_label(day: int) -> str:
    return _("nach %(days)d Tagen") % {"days": day}


def _checkin_tables(checkins: CheckInFigures) -> list[Table]:
    return [
        Table(
            slug="checkins",
            caption=_("„Läuft es?“ nach der Vorstellung (Antworten beider Seiten)"),
            header=[_("Nachfrage"), _("läuft"), _("hakt"), _("beendet"), _("noch keine Antwort")],
            rows=[
                [
                    checkin_round_label(r.day),
                    *(integer(n) for n in (r.running, r.stuck, r.ended, r.unanswered)),
                ]
                for r in checkins.rounds
            ],
        ),
        Table(
            slug="endings",
            caption=_("Warum Begleitungen endeten (Antwort „beendet“)"),
            header=[_("Grund"), _("Antworten")],
            rows=[[label, integer(count)] for label, count in checkins.close_reasons],
        ),
    ]
