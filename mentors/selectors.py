"""Reads about mentors: who may be suggested, and how many stand ready per topic."""

from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from mentors.models import Mentor
from vocabulary.models import Topic

# Filled by matching (its apps.ready): fn(request, mentor) -> HTML of her offers and mentorings
# on her own page, or "".
DASHBOARD_SECTIONS_HOOK = "mentor_dashboard_sections"


def mentors_matchable(*, on: date | None = None) -> QuerySet[Mentor]:
    """Verified, active mentors who are not paused on the given day (today by default)."""
    on = on or timezone.localdate()
    return (
        Mentor.objects.filter(status=Mentor.Status.ACTIVE)
        .filter(Q(paused_until__isnull=True) | Q(paused_until__lt=on))
        .select_related("place")
    )


def mentors_active_count(*, topic: Topic | None = None) -> int:
    """How many mentors could be suggested now, for one topic or in all."""
    mentors = mentors_matchable()
    if topic is not None:
        mentors = mentors.filter(topics=topic)
    return mentors.count()
