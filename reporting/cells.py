"""A table of the report as display strings, and how its numbers are written (German grouping,
a decimal comma, one decimal place)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format


@dataclass(frozen=True)
class Table:
    slug: str  # the section it belongs to on the page
    caption: str
    header: list[str]
    rows: list[list[str]]


def integer(value: int) -> str:
    return number_format(value, force_grouping=True)


def decimal(value: float | None) -> str:
    # Rounded here: number_format cuts off further decimals instead of rounding them.
    return "–" if value is None else number_format(round(value, 1), decimal_pos=1)


def percent(share: float | None) -> str:
    return "–" if share is None else f"{decimal(share * 100)} %"
