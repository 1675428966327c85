"""What a change of mind means for a Begleitung, in the transaction that announces it: the
founder withdrawing her consent or deleting her account ends it, as leaving would; an expert
who pauses gives back the offers she has not answered, one who leaves (or is retired, or
deletes her account) every role."""

from django.db import transaction

from mentors.signals import mentor_unavailable
from privacy.signals import consent_withdrawn
from support.experts import track_expert_leave
from support.models import SupportTrack, TrackExpert
from support.services import LIVE, support_track_leave
from vocabulary.choices import EndReason


def support_tracks_end_for_user(*, user) -> int:
    """Every live Begleitung of hers ends; returns how many."""
    ended = 0
    for track in SupportTrack.objects.filter(founder__user=user, status__in=LIVE):
        support_track_leave(track=track)
        ended += 1
    return ended


def _consent_withdrawn(sender, *, user, **kwargs) -> None:
    support_tracks_end_for_user(user=user)


@transaction.atomic
def track_roles_end_for_mentor(*, mentor_id: int, reason: str) -> int:
    """Her roles end (a pause: only the unanswered offers); returns how many."""
    Role = TrackExpert.Status
    statuses = (
        (Role.OFFERED,) if reason == EndReason.MENTOR_PAUSED else (Role.OFFERED, Role.ACCEPTED)
    )
    ended = 0
    for role in TrackExpert.objects.filter(
        mentor_id=mentor_id, status__in=statuses, track__status=SupportTrack.Status.ACTIVE
    ):
        track_expert_leave(role=role)
        ended += 1
    return ended


def _mentor_unavailable(sender, *, mentor_id: int, reason: str, **kwargs) -> None:
    track_roles_end_for_mentor(mentor_id=mentor_id, reason=reason)


def endings_connect() -> None:
    consent_withdrawn.connect(_consent_withdrawn, dispatch_uid="support.consent_withdrawn")
    mentor_unavailable.connect(_mentor_unavailable, dispatch_uid="support.mentor_unavailable")
