"""Reads for reporting: the figures of a period and where requests and mentors are."""

from reporting.selectors.checkins import CheckInFigures, CheckInRound, checkin_figures
from reporting.selectors.figures import (
    Counts,
    FeedbackSummary,
    Offers,
    Report,
    TopicRow,
    report_compute,
)
from reporting.selectors.places import AreaPlaces, PlaceCount, RegionPlaces, region_places

__all__ = [
    "AreaPlaces",
    "CheckInFigures",
    "CheckInRound",
    "Counts",
    "FeedbackSummary",
    "Offers",
    "PlaceCount",
    "RegionPlaces",
    "Report",
    "TopicRow",
    "checkin_figures",
    "region_places",
    "report_compute",
]
