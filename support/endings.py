"""What a founder's change of mind means for her Begleitung: withdrawing her consent, or deleting
her account (privacy announces both), ends it in that same transaction, as leaving would."""

from privacy.signals import consent_withdrawn
from support.models import SupportTrack
from support.services import LIVE, support_track_leave


def support_tracks_end_for_user(*, user) -> int:
    """Every live Begleitung of hers ends; returns how many."""
    ended = 0
    for track in SupportTrack.objects.filter(founder__user=user, status__in=LIVE):
        support_track_leave(track=track)
        ended += 1
    return ended


def _consent_withdrawn(sender, *, user, **kwargs) -> None:
    support_tracks_end_for_user(user=user)


def endings_connect() -> None:
    consent_withdrawn.connect(_consent_withdrawn, dispatch_uid="support.consent_withdrawn")
