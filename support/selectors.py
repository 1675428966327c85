"""Reads for a Begleitung: the founder's plan as she sees it (what is due, what is done, the
office of her Land for each step), the experts the engine proposes for a step, who is in it,
what an expert may see of it, and the notes of its meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from matching.selectors import ExpertProposal, experts_propose
from mentors.models import Mentor
from support.models import Milestone, SupportSession, SupportTrack, TrackExpert
from support.models.experts import LIVE_ROLE

Status = SupportTrack.Status
DUE_SOON_DAYS = 14  # a step due within two weeks is shown as due soon


@dataclass(frozen=True)
class Roadmap:
    track: SupportTrack
    steps: list[Milestone]
    today: date

    @property
    def done(self) -> int:
        return sum(step.done_at is not None for step in self.steps)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.steps)) if self.steps else 0

    @property
    def due(self) -> list[Milestone]:
        """Open steps with a date, soonest first: overdue ones, then those due soon."""
        dated = [s for s in self.steps if s.done_at is None and s.due_on is not None]
        return sorted(
            (s for s in dated if (s.due_on - self.today).days <= DUE_SOON_DAYS),
            key=lambda s: s.due_on,
        )


def support_track_of_founder(*, user: User) -> SupportTrack | None:
    """Her Begleitung under way (or waiting for her yes); None when there is none."""
    return (
        SupportTrack.objects.filter(founder__user=user, status__in=(Status.ACTIVE, Status.PROPOSED))
        .select_related("path", "lead")
        .first()
    )


def roadmap_of(*, track: SupportTrack, today: date | None = None) -> Roadmap:
    steps = list(
        track.milestones.select_related(
            "office", "topic", "guide", "expert__mentor__user"
        ).order_by("order", "pk")
    )
    return Roadmap(track=track, steps=steps, today=today or timezone.localdate())


PROPOSED_EXPERTS = 8


def track_place(*, track: SupportTrack):
    """Where the founder meets her experts: the place of her request, else her home place."""
    request_place = track.help_request.place if track.help_request_id else None
    return request_place or track.founder.place


def track_step_experts_propose(
    *, milestone: Milestone, k: int = PROPOSED_EXPERTS
) -> list[ExpertProposal]:
    """The experts the engine proposes for one step (its topic, near the founder or by video
    as her request says), best first:
    not those already in this Begleitung (ask them from their row), nor those who said no or
    left it, nor the founder herself."""
    track = milestone.track
    # As she asked to meet: in person near her place, by video or phone, or either.
    formats = set(track.help_request.formats) if track.help_request_id else {"in_person", "video"}
    place = track_place(track=track) if "in_person" in formats else None
    been_asked = track.experts.values_list("mentor_id", flat=True)
    own = Mentor.objects.filter(user_id=track.founder.user_id).values_list("pk", flat=True)
    return experts_propose(
        topic_ids=[milestone.topic_id] if milestone.topic_id else [],
        text=f"{milestone.title} {track.idea}",
        lat=place.latitude if place else None,
        lon=place.longitude if place else None,
        on=timezone.localdate(),
        excluded_mentor_ids={*been_asked, *own},
        k=k,
        by_video=bool(formats & {"video", "phone"}),
    )


def track_roles(*, track: SupportTrack) -> QuerySet[TrackExpert]:
    """The Begleitung's experts, in it now or asked, with their steps."""
    return (
        track.experts.filter(status__in=LIVE_ROLE)
        .select_related("mentor__user", "mentor__place")
        .prefetch_related("milestones")
    )


def track_role_of_expert(*, user: User, pk: int) -> TrackExpert | None:
    """Her role in a running Begleitung, if she has accepted it; None for anyone else."""
    return (
        TrackExpert.objects.filter(
            pk=pk,
            mentor__user=user,
            status=TrackExpert.Status.ACCEPTED,
            track__status=Status.ACTIVE,
        )
        .select_related("track__founder__user", "track__path", "mentor__user")
        .first()
    )


def track_roles_of_mentor(*, user: User) -> QuerySet[TrackExpert]:
    return track_roles_for_dashboard().filter(mentor__user=user)


def track_roles_for_dashboard() -> QuerySet[TrackExpert]:
    return TrackExpert.objects.filter(
        status__in=LIVE_ROLE, track__status=Status.ACTIVE
    ).select_related("track__founder__user", "track__path")


def sessions_seen_by(*, track: SupportTrack, role: TrackExpert | None) -> QuerySet[SupportSession]:
    """The notes of the Begleitung: all for the founder and the coordinator (role None), only
    those of her own meetings for an expert."""
    sessions = track.sessions.select_related("expert__mentor__user", "written_by", "topic")
    return sessions if role is None else sessions.filter(expert=role)
