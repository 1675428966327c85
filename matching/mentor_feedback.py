"""What founders said about one mentor, for coordinators on the mentor's admin page."""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q

from matching.models import Feedback
from matching.models.feedback import Outcome, Side
from mentors.models import Mentor

RECENT_COMMENTS = 10


@dataclass(frozen=True)
class MentorFeedback:
    answers: int
    met: int
    mean_helpful: float | None
    finished: int
    recent: list[Feedback]  # the latest answers that carry a comment


def mentor_feedback_summary(*, mentor: Mentor) -> MentorFeedback:
    """Founders' answers about their mentorings with `mentor` (the mentors' own are left out:
    they describe the founder, not the mentor)."""
    answers = Feedback.objects.filter(match__mentor=mentor, side=Side.FOUNDER)
    totals = answers.aggregate(
        answers=Count("pk"),
        met=Count("pk", filter=Q(met=True)),
        mean_helpful=Avg("helpful"),
        finished=Count("pk", filter=Q(outcome=Outcome.FINISHED)),
    )
    recent = list(answers.exclude(comment="").order_by("-created_at")[:RECENT_COMMENTS])
    return MentorFeedback(**totals, recent=recent)
