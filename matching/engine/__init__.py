"""Pure matching engine core: arrays in, candidates, scores, suggestions and assignments out.

Imports numpy, scipy, scikit-learn and OR-Tools only, never Django; the Django adapter loads
requests and mentors, calls this package and stores what it returns.
"""

from matching.engine.assign import Assignment, assign
from matching.engine.candidates import Candidates, candidates
from matching.engine.data import LANGUAGES, Mentors, Requests, language_mask
from matching.engine.score import Scores, Weights, score
from matching.engine.suggest import Suggestion, suggest

__all__ = [
    "LANGUAGES",
    "Assignment",
    "Candidates",
    "Mentors",
    "Requests",
    "Scores",
    "Suggestion",
    "Weights",
    "assign",
    "candidates",
    "language_mask",
    "score",
    "suggest",
]
