"""Matching data: coordinators' weights, global runs, matches (from proposal to completion),
and the stored top suggestions per request."""

from matching.models.checkins import CheckIn
from matching.models.feedback import Feedback
from matching.models.matches import Match
from matching.models.parts import MatchingRunPart
from matching.models.runs import MatchingRun
from matching.models.settings import MatchingSettings
from matching.models.suggestions import Suggestion
from matching.models.transitions import MatchTransition

__all__ = [
    "CheckIn",
    "Feedback",
    "Match",
    "MatchTransition",
    "MatchingRun",
    "MatchingRunPart",
    "MatchingSettings",
    "Suggestion",
]
