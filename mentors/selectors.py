"""Reads about mentors: who may be suggested, how many stand ready per topic, and which
category a job title belongs to."""

from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from mentors.models import Mentor, ProfessionTitle
from mentors.professions import profession_guess, profession_title_key
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


def profession_titles_known() -> dict[str, str]:
    """The kept job titles by their folded key ("steuerberater" → "tax_adviser"), for placing
    the titles of a list; keys are computed here, so a change of the folding needs no
    migration."""
    return {
        profession_title_key(title): profession
        for title, profession in ProfessionTitle.objects.values_list("title", "profession")
    }


def profession_for_title(*, title: str, known: dict[str, str] | None = None) -> str:
    """The category of a job title; one nobody has placed yet is "Sonstiges", never refused."""
    if known is None:
        known = profession_titles_known()
    return profession_guess(title=title, known=known, default=Mentor.Profession.OTHER.value)
