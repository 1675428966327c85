""" "Läuft es?" in the report: answers per round and why mentorings ended, as charts and
tables (and in the CSV), counted only for questions asked in the period and district."""

from datetime import datetime

import pytest
from django.utils import timezone

from matching.models import CheckIn, Match
from reporting.tests.pages import csv_tables, page_tables

pytestmark = pytest.mark.django_db
URL = "/admin/berichte/?first=2026-01&last=2026-03"


def _asked(match: Match, *, side: str, day: int, answer: str = "", reason: str = "", on="02-01"):
    at = timezone.make_aware(datetime.fromisoformat(f"2026-{on}T10:00"))
    return CheckIn.objects.create(
        match=match,
        side=side,
        day=day,
        asked_at=at,
        answer=answer,
        close_reason=reason,
        note="Er hat mir sehr geholfen, Jan Gründer1",
        answered_at=at if answer else None,
    )


def test_answers_per_round_and_reasons_for_the_end(client, coordinator_user, known):
    match, other = Match.objects.order_by("pk")[:2]
    _asked(match, side="founder", day=30, answer="running")
    _asked(match, side="mentor", day=30, answer="stuck")
    _asked(match, side="founder", day=90, answer="ended", reason="solved", on="03-01")
    _asked(match, side="mentor", day=90, on="03-01")
    _asked(other, side="founder", day=90, answer="ended", reason="no_time", on="05-01")  # later
    client.force_login(coordinator_user)
    page = client.get(URL).content.decode()
    tables = {table[0][0]: table[1:] for table in page_tables(page)}
    rounds = tables["„Läuft es?“ nach der Vorstellung (Antworten beider Seiten)"]
    assert rounds[1:] == [
        ["nach 30 Tagen", "1", "1", "0", "0"],
        ["nach 90 Tagen", "0", "0", "1", "1"],
    ]
    endings = dict(
        tuple(row) for row in tables["Warum Begleitungen endeten (Antwort „beendet“)"][1:]
    )
    assert endings["Die Fragen sind geklärt."] == "1"
    assert endings["Es fehlte die Zeit."] == "0"  # asked in May, outside the period
    assert 'data-chart="checkins"' in page and 'data-chart="endings"' in page
    assert "Jan Gründer1" not in page  # counts, never the words people wrote
    csv = client.get(URL.replace("/berichte/", "/berichte/csv/")).content
    assert ["nach 30 Tagen", "1", "1", "0", "0"] in [r for t in csv_tables(csv) for r in t]
