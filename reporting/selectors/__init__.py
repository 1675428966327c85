"""Reads for reporting: the figures of a period, where requests and mentors are, and the
Sprechtage held."""

from reporting.selectors.checkins import CheckInFigures, CheckInRound, checkin_figures
from reporting.selectors.consultations import (
    ConsultationFigures,
    ConsultationTopicRow,
    DayCounts,
    FeedbackCounts,
    VenueRow,
    consultation_figures,
)
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
    "ConsultationFigures",
    "ConsultationTopicRow",
    "Counts",
    "DayCounts",
    "FeedbackCounts",
    "FeedbackSummary",
    "Offers",
    "PlaceCount",
    "RegionPlaces",
    "Report",
    "TopicRow",
    "VenueRow",
    "checkin_figures",
    "consultation_figures",
    "region_places",
    "report_compute",
]
