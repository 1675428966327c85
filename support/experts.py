"""Writes for the experts of a Begleitung. From a step of the plan a coordinator asks an expert
the engine proposes; she is offered the Begleitung by a signed link and accepts (one place of
hers for the whole Begleitung, however many of its steps she is asked about) or declines. She
may leave, or hand over to a colleague with a note; when the Begleitung ends, every role ends.
Each change locks the Begleitung, then the expert, then her role, the order every path takes."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from matching.lifecycle import MentorFullError, mentor_place_take
from mentors.models import Mentor
from support.errors import SupportTrackError
from support.mails import expert_introductions_enqueue, expert_offer_enqueue
from support.models import Milestone, SupportTrack, TrackExpert
from support.models.experts import LIVE_ROLE

Role = TrackExpert.Status


def _track_active(track_id: int) -> SupportTrack:
    track = SupportTrack.objects.select_for_update().get(pk=track_id)
    if track.status != SupportTrack.Status.ACTIVE:
        raise SupportTrackError(_("Diese Begleitung läuft nicht (mehr)."))
    return track


def _mentor_available(mentor_id: int) -> Mentor:
    mentor = Mentor.objects.select_for_update(of=("self",)).select_related("user").get(pk=mentor_id)
    if mentor.status != Mentor.Status.ACTIVE or not mentor.user.is_active:
        raise SupportTrackError(_("Die Expert:in steht nicht mehr zur Verfügung."))
    if mentor.is_paused():
        raise SupportTrackError(_("Die Expert:in pausiert gerade."))
    return mentor


@transaction.atomic
def track_expert_ask(
    *,
    milestone: Milestone,
    mentor: Mentor,
    by: User,
    score: float | None = None,
    reasons: list[dict] | None = None,
    handed_over_from: TrackExpert | None = None,
    handover_note: str = "",
) -> TrackExpert:
    """Ask `mentor` to help with `milestone`. An expert already in this Begleitung takes the
    step on at once (no second place, no second offer); anyone else is offered it by mail."""
    track = _track_active(milestone.track_id)
    mentor = _mentor_available(mentor.pk)
    if track.founder.user_id == mentor.user_id:
        raise SupportTrackError(_("Niemand begleitet die eigene Gründung."))
    milestone = Milestone.objects.select_for_update().get(pk=milestone.pk, track=track)
    if milestone.done_at is not None:
        raise SupportTrackError(_("Dieser Schritt ist schon erledigt."))
    role = TrackExpert.objects.filter(track=track, mentor=mentor, status__in=LIVE_ROLE).first()
    if role is None:
        role = TrackExpert.objects.create(
            track=track,
            mentor=mentor,
            asked_by=by,
            score=score,
            reasons=reasons,
            handed_over_from=handed_over_from,
            handover_note=handover_note.strip(),
        )
        offer = True
    else:
        offer = False
    milestone.expert = role
    milestone.save(update_fields=["expert"])
    if offer:  # after the step is hers, so the mail names it
        expert_offer_enqueue(role=role)
    return role


def _role_locked(role: TrackExpert, *, statuses) -> tuple[SupportTrack, TrackExpert]:
    track = _track_active(role.track_id)
    Mentor.objects.select_for_update(of=("self",)).filter(pk=role.mentor_id).first()
    locked = TrackExpert.objects.select_for_update().get(pk=role.pk)
    if locked.status not in statuses:
        raise SupportTrackError(
            _("Diese Anfrage ist „%(status)s“; das geht jetzt nicht mehr.")
            % {"status": locked.get_status_display()}
        )
    return track, locked


@transaction.atomic
def track_expert_accept(*, role: TrackExpert, now: datetime | None = None) -> TrackExpert:
    """She says yes: a place of hers is taken (if she has one left) and both are introduced."""
    _track, role = _role_locked(role, statuses=(Role.OFFERED,))
    mentor = _mentor_available(role.mentor_id)
    try:
        mentor_place_take(mentor=mentor)
    except MentorFullError as error:
        raise SupportTrackError(error.message) from error
    role.status, role.answered_at = Role.ACCEPTED, now or timezone.now()
    role.save(update_fields=["status", "answered_at"])
    expert_introductions_enqueue(role=role)
    return role


def _finish(role: TrackExpert, *, to: str, now: datetime | None) -> TrackExpert:
    # Her steps go back to the coordinator, who may ask someone else.
    role.milestones.update(expert=None)
    stamp = now or timezone.now()
    role.status = to
    role.ended_at = stamp
    if role.answered_at is None:
        role.answered_at = stamp
    role.save(update_fields=["status", "ended_at", "answered_at"])
    return role


@transaction.atomic
def track_expert_decline(*, role: TrackExpert, now: datetime | None = None) -> TrackExpert:
    _track, role = _role_locked(role, statuses=(Role.OFFERED,))
    return _finish(role, to=Role.DECLINED, now=now)


@transaction.atomic
def track_expert_leave(*, role: TrackExpert, now: datetime | None = None) -> TrackExpert:
    """She steps out; from this moment she sees nothing of the Begleitung any more."""
    _track, role = _role_locked(role, statuses=LIVE_ROLE)
    return _finish(role, to=Role.LEFT, now=now)


@transaction.atomic
def track_expert_hand_over(
    *, role: TrackExpert, to: Mentor, note: str, now: datetime | None = None
) -> TrackExpert:
    """She passes her steps to a colleague, who is offered them with her note; she is out."""
    if not note.strip():
        raise SupportTrackError(
            {"note": _("Bitte schreiben Sie Ihrer Kollegin, was sie wissen muss.")}
        )
    if to.pk == role.mentor_id:
        raise SupportTrackError({"mentor": _("Bitte wählen Sie jemand anderen.")})
    _track, role = _role_locked(role, statuses=(Role.ACCEPTED,))
    steps = list(role.milestones.filter(done_at__isnull=True).order_by("order", "pk"))
    _finish(role, to=Role.HANDED_OVER, now=now)
    successor = None
    for step in steps:
        successor = track_expert_ask(
            milestone=step,
            mentor=to,
            by=role.mentor.user,
            handed_over_from=role,
            handover_note=note,
        )
    if successor is None:
        raise SupportTrackError(_("Ihre Schritte sind alle erledigt; es gibt nichts zu übergeben."))
    return successor


def track_offers_expire(*, now: datetime | None = None) -> int:
    """Offers unanswered for as long as a match's offer may be (MATCHING_OFFER_EXPIRY_DAYS)
    lapse: the place she was holding is free again and the step back with the coordinator."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.MATCHING_OFFER_EXPIRY_DAYS)
    expired = 0
    for role in TrackExpert.objects.filter(status=Role.OFFERED, created_at__lt=cutoff):
        with transaction.atomic():
            track = SupportTrack.objects.select_for_update().get(pk=role.track_id)
            locked = TrackExpert.objects.select_for_update().get(pk=role.pk)
            if locked.status == Role.OFFERED and track.status == SupportTrack.Status.ACTIVE:
                _finish(locked, to=Role.EXPIRED, now=now)
                expired += 1
    return expired


def track_experts_end(
    *, track: SupportTrack, statuses=LIVE_ROLE, now: datetime | None = None
) -> int:
    """Every role of an ending Begleitung ends with it; the caller holds the track's lock."""
    ended = 0
    for role in TrackExpert.objects.select_for_update().filter(track=track, status__in=statuses):
        _finish(role, to=Role.ENDED, now=now)
        ended += 1
    return ended
