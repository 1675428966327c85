"""Explanations for people: the engine's reasons in the reader's language (looked up in the
site's catalogues), and why an offer can no longer be answered."""

from django.utils import translation

from matching.engine.phrases import Reason
from matching.models import Match
from vocabulary.choices import FOUNDER_SIDE_ENDS


def reasons_text(reasons: list[dict] | None) -> list[str]:
    """Stored reasons (plain data) as sentences in the active language."""
    return [Reason.from_dict(data).text(t=translation) for data in reasons or ()]


def offer_end_explained(*, match: Match) -> str:
    """Why an offer can no longer be answered, in the mentor's words: "answered", "expired",
    "withdrawn" (the founder took her request back) or "cancelled" (anyone else)."""
    if match.status == Match.Status.EXPIRED:
        return "expired"
    if match.status != Match.Status.CANCELLED:
        return "answered"
    last = match.transitions.filter(to_status=Match.Status.CANCELLED).last()
    return "withdrawn" if last is not None and last.reason in FOUNDER_SIDE_ENDS else "cancelled"
