"""Horizontal grouped bar charts as plain geometry, drawn as SVG by a template (no library)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Colours with at least 3:1 contrast to white (WCAG 1.4.11) and to each other in greyscale.
SERIES_COLOURS = ("#1f5c99", "#c25700", "#2e7d32")
WIDTH = 640
LABEL_WIDTH = 190  # category names, right-aligned against the bars
VALUE_SPACE = 40  # room for the value printed after the longest bar
BAR = 12
GAP = 10  # between categories
TOP = 28  # room for the legend
BOTTOM = 22  # room for the axis labels


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    series: str
    colour: str
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Category:
    label: str
    label_x: float
    label_y: float
    bars: list[Bar]


@dataclass(frozen=True)
class Tick:
    x: float
    label_y: float
    value: int


@dataclass(frozen=True)
class LegendEntry:
    name: str
    colour: str
    x: float
    text_x: float


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str  # what a screen reader announces for the whole chart
    width: int
    height: int
    plot_left: int
    plot_top: int
    plot_bottom: float
    categories: list[Category]
    ticks: list[Tick]
    legend: list[LegendEntry]


def _step(maximum: int) -> int:
    """A round tick step (1, 2, 5 × 10^n) giving at most five ticks."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def bar_chart(
    *, title: str, description: str, labels: Sequence[str], series: Sequence[tuple[str, list[int]]]
) -> BarChart:
    """One row per label, one bar per series in it; the axis starts at 0 and ends on a tick."""
    maximum = max((value for _name, values in series for value in values), default=0)
    step = _step(maximum)
    axis_max = max(step, math.ceil(maximum / step) * step)
    plot_width = WIDTH - LABEL_WIDTH - VALUE_SPACE
    scale = plot_width / axis_max
    row_height = BAR * len(series) + GAP
    categories = []
    for i, label in enumerate(labels):
        top = TOP + i * row_height
        bars = []
        for j, (name, values) in enumerate(series):
            y = top + j * BAR
            width = values[i] * scale
            bars.append(
                Bar(
                    x=LABEL_WIDTH,
                    y=y,
                    width=round(width, 1),
                    height=BAR - 2,
                    value=values[i],
                    series=name,
                    colour=SERIES_COLOURS[j % len(SERIES_COLOURS)],
                    label_x=round(LABEL_WIDTH + width + 4, 1),
                    label_y=y + BAR - 3,
                )
            )
        categories.append(
            Category(
                label=label,
                label_x=LABEL_WIDTH - 6,
                label_y=top + (BAR * len(series)) / 2 + 2,
                bars=bars,
            )
        )
    plot_bottom = TOP + len(labels) * row_height
    return BarChart(
        title=title,
        description=description,
        width=WIDTH,
        height=round(plot_bottom + BOTTOM),
        plot_left=LABEL_WIDTH,
        plot_top=TOP - 4,
        plot_bottom=plot_bottom,
        categories=categories,
        ticks=[
            Tick(x=round(LABEL_WIDTH + value * scale, 1), label_y=plot_bottom + 14, value=value)
            for value in range(0, axis_max + 1, step)
        ],
        legend=[
            LegendEntry(
                name=name,
                colour=SERIES_COLOURS[j % len(SERIES_COLOURS)],
                x=LABEL_WIDTH + j * 140,
                text_x=LABEL_WIDTH + j * 140 + 16,
            )
            for j, (name, _values) in enumerate(series)
        ],
    )
