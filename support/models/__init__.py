"""A Begleitung, its Gründungsfahrplan and the templates and offices the plan is built from."""

from support.models.experts import SupportSession, TrackExpert
from support.models.offices import Office, OfficeKind
from support.models.templates import MilestoneTemplate, RoadmapTemplate
from support.models.tracks import Milestone, SupportTrack

__all__ = [
    "Milestone",
    "MilestoneTemplate",
    "Office",
    "OfficeKind",
    "RoadmapTemplate",
    "SupportSession",
    "SupportTrack",
    "TrackExpert",
]
