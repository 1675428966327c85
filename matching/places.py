"""The places a mentor gives, one for each founder she works with. Matches hold them, and so
does whatever another app registers under PLACES_HELD_HOOK (an expert of a Begleitung holds one
place however many of its steps she helps with). The lifecycle's acceptance, the engine's load
and the mentor's own count read the same places."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from django.db.models import Count, QuerySet
from wagtail import hooks

# A hook is called as hook(engaged=bool) and returns a queryset with a `mentor_id` column, one
# row per place: engaged=True the places taken, False also those promised (offered, unanswered).
PLACES_HELD_HOOK = "matching_places_held"


def places_held(
    *, matches: QuerySet, engaged: bool, mentor_ids: Collection[int] | None = None
) -> Counter[int]:
    """Places per mentor: one for each of `matches` and each row the hooks give."""
    sources = [matches, *(hook(engaged=engaged) for hook in hooks.get_hooks(PLACES_HELD_HOOK))]
    held: Counter[int] = Counter()
    for rows in sources:
        if mentor_ids is not None:
            rows = rows.filter(mentor_id__in=mentor_ids)
        held.update(
            dict(
                rows.order_by()
                .values("mentor_id")
                .annotate(n=Count("pk"))
                .values_list("mentor_id", "n")
            )
        )
    return held
