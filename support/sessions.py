"""The session log of a Begleitung: after a meeting the founder, one of its experts or its
coordinator notes what was discussed and what comes next, with the time it took. The notes are
for the Begleitung's members; the funders' reporting counts sessions and hours only."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from support.errors import SupportTrackError
from support.models import SupportSession, SupportTrack, TrackExpert

MINUTES_MIN, MINUTES_MAX = 5, 600


def support_session_errors(*, track: SupportTrack, held_on: date | None, minutes: int | None):
    """What is wrong with a note's day and length, by field; empty when nothing."""
    errors = {}
    today = timezone.localdate()
    if held_on is None:
        errors["held_on"] = _("Bitte geben Sie den Tag des Treffens an.")
    elif held_on > today:
        errors["held_on"] = _("Das Treffen liegt in der Zukunft; bitte notieren Sie es danach.")
    elif held_on < timezone.localtime(track.created_at).date():
        errors["held_on"] = _("Da gab es die Begleitung noch nicht.")
    if minutes is None or not MINUTES_MIN <= minutes <= MINUTES_MAX:
        errors["minutes"] = _("Bitte zwischen %(low)d und %(high)d Minuten.") % {
            "low": MINUTES_MIN,
            "high": MINUTES_MAX,
        }
    return errors


@transaction.atomic
def support_session_note(
    *,
    track: SupportTrack,
    by: User,
    role: TrackExpert | None,
    held_on: date,
    minutes: int,
    discussed: str,
    next_steps: str = "",
) -> SupportSession:
    """A meeting noted by `by`: with `role`'s expert (None: with the coordinator, or the
    founder's own note of a meeting with no expert). Its topic is that of the expert's steps."""
    track = SupportTrack.objects.select_for_update().get(pk=track.pk)
    if track.status != SupportTrack.Status.ACTIVE:
        raise SupportTrackError(_("Diese Begleitung läuft nicht (mehr)."))
    if role is not None:
        role = TrackExpert.objects.select_for_update().get(pk=role.pk, track=track)
        if role.status != TrackExpert.Status.ACCEPTED:
            raise SupportTrackError(_("Diese Expert:in ist nicht mehr dabei."))
    errors = support_session_errors(track=track, held_on=held_on, minutes=minutes)
    if not discussed.strip():
        errors["discussed"] = _("Bitte schreiben Sie kurz, was besprochen wurde.")
    if errors:
        raise SupportTrackError(errors)
    step = role.milestones.exclude(topic=None).order_by("order", "pk").first() if role else None
    return SupportSession.objects.create(
        track=track,
        expert=role,
        topic_id=step.topic_id if step else None,
        written_by=by,
        held_on=held_on,
        minutes=minutes,
        discussed=discussed.strip(),
        next_steps=next_steps.strip(),
    )
