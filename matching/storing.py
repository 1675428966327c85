"""A global run's proposals stored: the unreviewed ones of earlier runs replaced in one
transaction, by COPY on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import connection, transaction

from matching.models import Match, MatchingRun, MatchTransition
from matching.selectors import help_requests_open, matches_holding
from mentors.models import Mentor

if TYPE_CHECKING:
    from matching.computing import Proposal


@transaction.atomic
def proposals_store(*, run: MatchingRun, proposals: Iterable[Proposal]) -> int:
    """Replace every unreviewed proposal of a run with these; how many were stored."""
    proposals = list(proposals)
    run = MatchingRun.objects.select_for_update().get(pk=run.pk)
    # Unreviewed proposals of earlier runs (and of this run, if it is carried out again).
    # Deleted in two statements: Django's collector would load every proposal first (seconds
    # for a region's thousands); no signals or other relations depend on them. _raw_delete is
    # the collector's own fast path, private (pinned: tests/test_private_api_pins.py).
    stale = Match.objects.filter(status=Match.Status.PROPOSED, run__isnull=False)
    MatchTransition.objects.filter(match__in=stale).delete()
    stale._raw_delete(stale.db)
    # Coordinators may have approved or proposed something while the engine was working.
    blocked = set(matches_holding().values_list("help_request_id", flat=True))
    still_open = set(help_requests_open().values_list("pk", flat=True))
    held = Counter(matches_holding().values_list("mentor_id", flat=True))
    capacity = dict(
        Mentor.objects.filter(pk__in={p.mentor_id for p in proposals}).values_list("pk", "capacity")
    )
    created = []
    for proposal in proposals:
        request_id, mentor_id = proposal.help_request_id, proposal.mentor_id
        if request_id in blocked or request_id not in still_open:
            continue
        if held[mentor_id] >= capacity.get(mentor_id, 0):
            continue
        held[mentor_id] += 1
        created.append(
            Match(
                help_request_id=request_id,
                mentor_id=mentor_id,
                run=run,
                score=proposal.score,
                parts=proposal.parts,
                reasons=proposal.reasons,
            )
        )
    _insert(matches=created)
    return len(created)


def _insert(*, matches: list[Match]) -> None:
    """Insert new matches: by COPY on PostgreSQL, about three times faster than INSERTs for a
    run's thousands of proposals; by bulk_create elsewhere (SQLite)."""
    if connection.vendor != "postgresql":
        Match.objects.bulk_create(matches, batch_size=1000)
        return
    # Django's own preparation per field: defaults, auto_now stamps and JSON as bulk_create has.
    fields = [f for f in Match._meta.local_concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(Match._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    sql = f"COPY {table} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for match in matches:
            copy.write_row(
                [f.get_db_prep_save(f.pre_save(match, add=True), connection) for f in fields]
            )
