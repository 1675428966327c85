"""The report as tables of display strings: the page shows exactly these, the CSV writes them,
so the two can never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from reporting.periods import month_label
from reporting.selectors import CheckInFigures, Counts, RegionPlaces, Report


@dataclass(frozen=True)
class Table:
    slug: str  # the section it belongs to on the page
    caption: str
    header: list[str]
    rows: list[list[str]]


def _int(value: int) -> str:
    return number_format(value, force_grouping=True)


def _decimal(value: float | None) -> str:
    # Rounded here: number_format cuts off further decimals instead of rounding them.
    return "–" if value is None else number_format(round(value, 1), decimal_pos=1)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{_decimal(share * 100)} %"


def measure_labels() -> list[str]:
    return [_("Eingegangen"), _("Bestätigt"), _("Vermittelt"), _("Vorgestellt"), _("Abgeschlossen")]


def _counts(counts: Counts) -> list[str]:
    return [
        _int(value)
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
        (_("Anfragen eingegangen"), _int(totals.received)),
        (_("Anfragen bestätigt (E-Mail-Adresse bestätigt)"), _int(totals.confirmed)),
        (_("Anfragen vermittelt (eine Expert:in hat zugesagt)"), _int(totals.matched)),
        (_("Anfragen vorgestellt (Kontakt weitergegeben)"), _int(totals.introduced)),
        (_("Begleitungen abgeschlossen"), _int(totals.completed)),
        (
            _("Median der Tage von der Bestätigung bis zur Vorstellung"),
            _decimal(report.median_days_to_introduction),
        ),
        (_("Angebote angenommen"), _int(offers.accepted)),
        (_("Angebote abgelehnt"), _int(offers.declined)),
        (_("Angebote abgelaufen (keine Antwort)"), _int(offers.expired)),
        (
            _("Annahmequote (angenommen ÷ angenommen, abgelehnt und abgelaufen)"),
            _percent(offers.acceptance_rate),
        ),
        (
            # Guide answers are anonymous and have no place: they cannot be split by district.
            _("Fragen durch einen Leitfaden beantwortet (alle Kreise zusammen)")
            if report.area
            else _("Fragen durch einen Leitfaden beantwortet"),
            _int(report.answered_by_guide),
        ),
        (_("Rückmeldungen"), _int(feedback.responses)),
        (_("Anteil „Wir haben uns getroffen“"), _percent(feedback.met_share)),
        (_("Wie hilfreich, im Mittel (1 = gar nicht, 5 = sehr)"), _decimal(feedback.mean_helpful)),
    ]
    return Table(
        slug="figures",
        caption=_("Kennzahlen"),
        header=[_("Kennzahl"), _("Wert")],
        rows=[list(row) for row in rows],
    )


def report_tables(*, report: Report, places: RegionPlaces, checkins: CheckInFigures) -> list[Table]:
    """Key figures, then by month, district, topic and place, then "Läuft es?", in the order
    of the page."""
    measures = measure_labels()
    place_rows = [[p.name, _int(p.requests), _int(p.mentors)] for p in places.places]
    if places.requests_elsewhere:
        place_rows.append(
            [_("außerhalb der Kreise (nicht auf der Karte)"), _int(places.requests_elsewhere), "–"]
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
                [row.name, *_counts(row.counts), _int(row.answered_by_guide)]
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
                    *(_int(n) for n in (r.running, r.stuck, r.ended, r.unanswered)),
                ]
                for r in checkins.rounds
            ],
        ),
        Table(
            slug="endings",
            caption=_("Warum Begleitungen endeten (Antwort „beendet“)"),
            header=[_("Grund"), _("Antworten")],
            rows=[[label, _int(count)] for label, count in checkins.close_reasons],
        ),
    ]
