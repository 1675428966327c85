"""Reasons in the reader's language: the engine's wording, looked up in the site's catalogues."""

from django.utils import translation

from matching.engine.reasons import Reason


def reasons_text(reasons: list[dict] | None) -> list[str]:
    """Stored reasons (plain data) as sentences in the active language."""
    return [Reason.from_dict(data).text(t=translation) for data in reasons or ()]
