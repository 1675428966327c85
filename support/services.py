"""Writes for a Begleitung: a coordinator starts one from a founder's request (the plan copied
from a template and routed to the offices of her Land), the founder agrees by her signed link or
leaves at any time, and either ticks steps off, adds her own and sets the day her business starts
(which dates the legal deadlines). Every rule is checked here; a change that breaks one saves
nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from founders.models import HelpRequest
from support.errors import SupportTrackError
from support.experts import track_experts_end
from support.mails import consent_mail_enqueue
from support.models import Milestone, Office, RoadmapTemplate, SupportTrack
from vocabulary.consent import SUPPORT_CONSENT

Status = SupportTrack.Status
LIVE = (Status.PROPOSED, Status.ACTIVE)


def office_for(*, kind: str, land: str) -> Office | None:
    """The office of `kind` for a founder in `land`: her Land's own, else the one for all."""
    if not kind:
        return None
    offices = {office.land: office for office in Office.objects.filter(kind=kind)}
    return offices.get(land) or offices.get("")


def support_track_start_errors(*, help_request: HelpRequest | None, idea: str) -> dict[str, str]:
    """What keeps a Begleitung from starting for this request, by field; empty when nothing."""
    errors = {}
    if help_request is not None:
        if help_request.founder_id is None:
            errors["help_request"] = _("Die Anfrage ist noch nicht bestätigt.")
        elif SupportTrack.objects.filter(
            founder_id=help_request.founder_id, status__in=LIVE
        ).exists():
            errors["help_request"] = _(
                "Diese Gründer:in wird schon begleitet oder ist schon gefragt worden."
            )
    if not idea.strip():
        errors["idea"] = _("Bitte beschreiben Sie die Idee in ein paar Sätzen.")
    return errors


@transaction.atomic
def support_track_start(
    *,
    help_request: HelpRequest,
    lead: User,
    idea: str,
    stage: str,
    path: RoadmapTemplate,
) -> SupportTrack:
    """Put the founder of a confirmed request on close support: her plan from the template,
    each step routed to the office of her Land; she is asked by mail to agree."""
    help_request = HelpRequest.objects.select_related("founder__user", "place").get(
        pk=help_request.pk
    )
    if errors := support_track_start_errors(help_request=help_request, idea=idea):
        raise SupportTrackError(errors)
    land = help_request.place.land if help_request.place else ""
    try:
        with transaction.atomic():
            track = SupportTrack.objects.create(
                founder=help_request.founder,
                help_request=help_request,
                lead=lead,
                idea=idea.strip(),
                stage=stage,
                path=path,
                land=land,
            )
    except IntegrityError as error:
        raise SupportTrackError(
            _("Diese Gründer:in wird schon begleitet oder ist schon gefragt worden.")
        ) from error
    Milestone.objects.bulk_create(
        Milestone(
            track=track,
            key=step.key,
            title=step.title,
            description=step.description,
            office=office_for(kind=step.office_kind, land=land),
            topic_id=step.topic_id,
            guide_id=step.guide_id,
            due_days_after_start=step.due_days_after_start,
            before_start=step.before_start,
            order=index,
        )
        for index, step in enumerate(path.steps.order_by("sort_order", "pk"))
    )
    consent_mail_enqueue(track=track)
    return track


def _live(track_id: int, *, statuses=LIVE) -> SupportTrack:
    track = SupportTrack.objects.select_for_update().get(pk=track_id)
    if track.status not in statuses:
        raise SupportTrackError(_("Diese Begleitung ist beendet."))
    return track


@transaction.atomic
def support_track_consent(*, track: SupportTrack, now: datetime | None = None) -> SupportTrack:
    """The founder's yes by her signed link (a second click changes nothing)."""
    track = _live(track.pk)
    if track.status == Status.ACTIVE:
        return track
    track.status = Status.ACTIVE
    track.consent_version, track.consented_at = SUPPORT_CONSENT.version, now or timezone.now()
    track.save(update_fields=["status", "consent_version", "consented_at"])
    return track


@transaction.atomic
def support_track_leave(*, track: SupportTrack, now: datetime | None = None) -> SupportTrack:
    """The founder ends her Begleitung, at any time; idempotent."""
    track = SupportTrack.objects.select_for_update().get(pk=track.pk)
    if track.status not in LIVE:
        return track
    track.status, track.ended_at = Status.LEFT, now or timezone.now()
    track.save(update_fields=["status", "ended_at"])
    track_experts_end(track=track, now=now)
    return track


@transaction.atomic
def support_track_end(
    *,
    track: SupportTrack,
    outcome: str,
    founded_on: date | None = None,
    now: datetime | None = None,
) -> SupportTrack:
    """The coordinator closes a Begleitung: founded (on which day), not founded, or paused.
    Its experts' roles end with it."""
    track = _live(track.pk)
    today = timezone.localdate()
    if outcome not in SupportTrack.Outcome.values:
        raise SupportTrackError({"outcome": _("Bitte wählen Sie ein Ergebnis.")})
    if outcome == SupportTrack.Outcome.FOUNDED and founded_on is None:
        raise SupportTrackError({"founded_on": _("Bitte geben Sie den Tag der Gründung an.")})
    if outcome != SupportTrack.Outcome.FOUNDED and founded_on is not None:
        raise SupportTrackError({"founded_on": _("Ein Gründungstag nur, wenn gegründet wurde.")})
    if founded_on is not None and founded_on > today:
        raise SupportTrackError({"founded_on": _("Der Tag der Gründung liegt in der Zukunft.")})
    track.status, track.outcome, track.founded_on = Status.ENDED, outcome, founded_on
    track.ended_at = now or timezone.now()
    track.save(update_fields=["status", "outcome", "founded_on", "ended_at"])
    track_experts_end(track=track, now=now)
    return track


def _dated(milestone: Milestone, started_on: date | None) -> date | None:
    if started_on is None or milestone.due_days_after_start is None:
        return None
    return started_on + timedelta(days=milestone.due_days_after_start)


@transaction.atomic
def support_track_start_date_set(*, track: SupportTrack, started_on: date | None) -> SupportTrack:
    """The day the business starts (or None, not yet known): the legal deadlines follow it."""
    track = _live(track.pk, statuses=(Status.ACTIVE,))
    track.started_on = started_on
    track.save(update_fields=["started_on"])
    for milestone in track.milestones.select_for_update().filter(
        due_days_after_start__isnull=False
    ):
        milestone.due_on = _dated(milestone, started_on)
        milestone.save(update_fields=["due_on"])
    return track


@transaction.atomic
def milestone_tick(
    *, milestone: Milestone, by: User, done: bool, now: datetime | None = None
) -> Milestone:
    """A step done (or not done after all), by the founder or her coordinator."""
    _live(milestone.track_id, statuses=(Status.ACTIVE,))
    milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
    milestone.done_at, milestone.done_by = ((now or timezone.now()), by) if done else (None, None)
    milestone.save(update_fields=["done_at", "done_by"])
    return milestone


@transaction.atomic
def milestone_add(
    *, track: SupportTrack, title: str, description: str = "", due_on: date | None = None
) -> Milestone:
    """A step of her own, after the template's."""
    track = _live(track.pk, statuses=(Status.ACTIVE,))
    if not title.strip():
        raise SupportTrackError({"title": _("Bitte geben Sie dem Schritt einen Namen.")})
    last = track.milestones.order_by("-order").values_list("order", flat=True).first()
    return Milestone.objects.create(
        track=track,
        title=title.strip(),
        description=description.strip(),
        due_on=due_on,
        order=(last or 0) + 1,
    )
