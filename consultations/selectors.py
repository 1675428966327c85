"""Reads for consultation days: the Innovationsorte a visitor may see, and the experts a
coordinator may invite to a Sprechtag."""

from dataclasses import dataclass

from django.db.models import QuerySet

from consultations.models import ConsultationDay, ConsultationInvitation, InnovationSpace
from consultations.slots import windows_overlap
from matching.selectors import experts_suggest
from mentors.models import Mentor
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_q


def innovation_spaces_listed(
    *, kind: str = "", area: ServiceArea | None = None
) -> QuerySet[InnovationSpace]:
    """The listed Innovationsorte, of one kind and in one service area if asked, by town."""
    spaces = InnovationSpace.objects.filter(listed=True).select_related("place", "photo")
    if kind:
        spaces = spaces.filter(kind=kind)
    if area is not None:
        spaces = spaces.filter(service_area_q(area=area, path="place__"))
    return spaces.order_by("place__locality", "name")


@dataclass(frozen=True)
class ExpertProposal:
    mentor: Mentor
    score: float
    reasons: list[dict]


PROPOSED_EXPERTS = 12


def _busy_elsewhere(*, day: ConsultationDay) -> set[int]:
    """Experts who said yes to another Sprechtag at an overlapping time of the same date."""
    others = (
        ConsultationInvitation.objects.filter(
            status=ConsultationInvitation.Status.ACCEPTED, day__date=day.date
        )
        .exclude(day=day)
        .exclude(day__status=ConsultationDay.Status.CANCELLED)
        .values_list("mentor_id", "day__starts_at", "day__ends_at")
    )
    window = (day.starts_at, day.ends_at)
    return {mentor_id for mentor_id, *times in others if windows_overlap(window, tuple(times))}


def consultation_experts_propose(
    *, day: ConsultationDay, k: int = PROPOSED_EXPERTS
) -> list[ExpertProposal]:
    """The experts to invite to a Sprechtag, best first, with the engine's reasons: not those
    already invited, nor those expected at another Sprechtag at the same time."""
    topics = list(day.topics.all())
    place = day.space.place if day.space_id and not day.online else None
    invited = set(day.invitations.values_list("mentor_id", flat=True))
    suggestions = experts_suggest(
        topic_ids=[topic.pk for topic in topics],
        text=" ".join([day.title, *(topic.name for topic in topics), day.note]).strip(),
        lat=place.latitude if place else None,
        lon=place.longitude if place else None,
        on=day.date,
        excluded_mentor_ids=invited | _busy_elsewhere(day=day),
        k=k,
    )
    mentors = Mentor.objects.select_related("place").in_bulk([s.mentor_id for s in suggestions])
    return [
        ExpertProposal(
            mentor=mentors[s.mentor_id],
            score=s.score,
            reasons=[reason.as_dict() for reason in s.reasons],
        )
        for s in suggestions
    ]


def consultation_day_invitations(*, day: ConsultationDay) -> QuerySet[ConsultationInvitation]:
    return day.invitations.select_related("mentor__user", "mentor__place").order_by(
        "status", "-score"
    )
