"""The Sprechtage as tables of display strings, for the report page and its CSV (through
reporting.tables.report_tables)."""

from __future__ import annotations

from dataclasses import astuple

from django.utils.translation import gettext as _

from reporting.cells import Table, integer, percent
from reporting.selectors import ConsultationFigures, DayCounts, VenueRow


def venue_label(row: VenueRow) -> str:
    """The venue as numbered on the map, with its town; or "online"."""
    if row.space is None:
        return _("online")
    return f"{row.number}. {row.space.name} ({row.space.place.locality})"


def _consultation_figures(figures: ConsultationFigures) -> Table:
    totals = figures.totals
    rows = [
        (
            # Online days lie in no district: with one chosen they are left out, and said so.
            _("Sprechtage abgehalten (ohne Online-Sprechtage)")
            if figures.area
            else _("Sprechtage abgehalten"),
            integer(totals.days),
        ),
        (_("Termine angeboten (von Expert:innen, die zugesagt hatten)"), integer(totals.offered)),
        (_("Termine gebucht"), integer(totals.booked)),
        (_("Anteil gebuchter Termine (gebucht ÷ angeboten)"), percent(totals.booked_share)),
        (_("Gespräche geführt (Gründer:in gekommen)"), integer(totals.attended)),
        (_("Nicht gekommen"), integer(totals.no_shows)),
        (_("Gebucht, noch ohne Eintrag, ob die Gründer:in kam"), integer(totals.unmarked)),
        (_("Anteil nicht gekommen (nicht gekommen ÷ gebucht)"), percent(totals.no_show_share)),
        (_("Anfragen nach dem Gespräch (E-Mail-Adresse bestätigt)"), integer(totals.follow_ups)),
        (_("Auf der Warteliste geblieben (kein Termin frei geworden)"), integer(totals.waiting)),
    ]
    return Table(
        slug="consultations",
        caption=_("Sprechtage"),
        header=[_("Kennzahl"), _("Wert")],
        rows=[list(row) for row in rows],
    )


def _bookings(counts: DayCounts) -> list[str]:
    return [
        integer(n)
        for n in (
            counts.booked,
            counts.attended,
            counts.no_shows,
            counts.follow_ups,
            counts.waiting,
        )
    ]


def _booking_labels() -> list[str]:
    return [
        _("Gebucht"),
        _("Gespräche geführt"),
        _("Nicht gekommen"),
        _("Anfragen danach"),
        _("Warteliste"),
    ]


def _feedback(figures: ConsultationFigures) -> Table:
    roles = [("founder", _("Gründer:innen")), ("expert", _("Expert:innen"))]
    return Table(
        slug="consultation_feedback",
        caption=_("Rückmeldungen zu Sprechtagen"),
        header=[
            _("Von"),
            _("Rückmeldungen"),
            _("sehr hilfreich"),
            _("etwas hilfreich"),
            _("nicht hilfreich"),
            _("wieder: ja"),
            _("wieder: vielleicht"),
            _("wieder: nein"),
        ],
        # The columns in FeedbackCounts' order: responses, then each answer to each question.
        rows=[
            [label, *(integer(n) for n in astuple(figures.feedback[role]))] for role, label in roles
        ],
    )


def consultation_tables(figures: ConsultationFigures) -> list[Table]:
    """The key figures always (a period without a Sprechtag says 0); the rest when one was held."""
    if not figures.totals.days:
        return [_consultation_figures(figures)]
    return [
        _consultation_figures(figures),
        Table(
            slug="consultation_venues",
            caption=_("Sprechtage nach Ort"),
            header=[
                _("Innovationsort"),
                _("Sprechtage"),
                _("Termine angeboten"),
                *_booking_labels(),
            ],
            rows=[
                [
                    venue_label(row),
                    integer(row.counts.days),
                    integer(row.counts.offered),
                    *_bookings(row.counts),
                ]
                for row in figures.by_venue
            ],
        ),
        Table(
            slug="consultation_topics",
            caption=_("Sprechtage nach Thema"),
            header=[_("Thema der Buchung"), *_booking_labels()],
            rows=[[row.name, *_bookings(row.counts)] for row in figures.by_topic],
        ),
        _feedback(figures),
    ]
