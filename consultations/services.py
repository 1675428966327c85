"""Writes for Sprechtage: planning a day, inviting the experts, their answers, and the line-up
that turns their hours into slots. Every rule a day, an invitation or a slot must keep is
checked here, and a change that breaks one saves nothing (errors by field, for the forms)."""

from collections.abc import Iterable
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.mails import invitation_mail_enqueue, lineup_mails_enqueue
from consultations.models import (
    ConsultationDay,
    ConsultationInvitation,
    ConsultationSlot,
    InnovationSpace,
)
from consultations.selectors import consultation_experts_propose
from consultations.signals import consultation_day_confirmed
from consultations.slots import slot_times, windows_overlap
from mentors.models import Mentor
from vocabulary.models import Topic

Status = ConsultationDay.Status
Answer = ConsultationInvitation.Status


def _fmt(at: time) -> str:
    return at.strftime("%H:%M")


def consultation_day_errors(
    *,
    day: ConsultationDay,
    date_: date | None,
    starts_at: time | None,
    ends_at: time | None,
    space: InnovationSpace | None,
    online: bool,
    topics: Iterable[Topic],
    slot_minutes: int,
    break_starts_at: time | None,
    break_ends_at: time | None,
    today: date | None = None,
) -> dict[str, str]:
    """What is wrong with a plan for `day` (new, or planned and now changed), by field; empty
    when nothing is. "__all__" when the day may no longer be changed at all."""
    today = today or timezone.localdate()
    errors: dict[str, str] = {}
    if day.pk is not None:
        stored = ConsultationDay.objects.filter(pk=day.pk).values_list("status", flat=True).first()
        if stored != Status.PLANNED:
            return {"__all__": _("Nur ein Sprechtag in Planung lässt sich noch ändern.")}
    if date_ is not None and date_ <= today:
        errors["date"] = _("Ein Sprechtag lässt sich frühestens für morgen planen.")
    if starts_at and ends_at:
        if ends_at <= starts_at:
            errors["ends_at"] = _("Das Ende muss nach dem Beginn liegen.")
        elif not slot_times(start=starts_at, end=ends_at, minutes=slot_minutes):
            errors["ends_at"] = _("Zwischen Beginn und Ende passt kein einziges Gespräch.")
    if online and space is not None:
        errors["space"] = _("Ein Sprechtag ist entweder an einem Innovationsort oder online.")
    elif not online and space is None:
        errors["space"] = _("Bitte einen Innovationsort wählen oder „online“ ankreuzen.")
    if not list(topics):
        errors["topics"] = _("Bitte mindestens ein Thema wählen.")
    if bool(break_starts_at) != bool(break_ends_at):
        field = "break_ends_at" if break_starts_at else "break_starts_at"
        errors[field] = _("Eine Pause braucht Beginn und Ende.")
    elif break_starts_at and break_ends_at and starts_at and ends_at:
        if break_ends_at <= break_starts_at:
            errors["break_ends_at"] = _("Die Pause muss nach ihrem Beginn enden.")
        elif break_starts_at < starts_at or break_ends_at > ends_at:
            errors["break_starts_at"] = _(
                "Die Pause muss zwischen %(start)s und %(end)s Uhr liegen."
            ) % {"start": _fmt(starts_at), "end": _fmt(ends_at)}
    return errors


@transaction.atomic
def consultation_day_save(*, day: ConsultationDay, topics: Iterable[Topic], by=None) -> None:
    """Plan a new day or change a planned one (the form's unsaved instance and its topics)."""
    topics = list(topics)
    if day.pk is not None:
        ConsultationDay.objects.select_for_update().get(pk=day.pk)  # changes queue here
    errors = consultation_day_errors(
        day=day,
        date_=day.date,
        starts_at=day.starts_at,
        ends_at=day.ends_at,
        space=day.space,
        online=day.online,
        topics=topics,
        slot_minutes=day.slot_minutes,
        break_starts_at=day.break_starts_at,
        break_ends_at=day.break_ends_at,
    )
    if errors:
        raise ValidationError(errors)
    if day.pk is None:
        day.created_by = by
    day.save()
    day.topics.set(topics)


def _planned(day_id: int) -> ConsultationDay:
    day = ConsultationDay.objects.select_for_update().get(pk=day_id)
    if day.status != Status.PLANNED or day.date <= timezone.localdate():
        raise ValidationError(_("Dieser Sprechtag ist nicht mehr in Planung."))
    return day


@transaction.atomic
def consultation_experts_invite(
    *, day: ConsultationDay, mentor_ids: Iterable[int], now: datetime | None = None
) -> list[ConsultationInvitation]:
    """Invite experts the engine proposes for the day (only those: the same constraints as its
    proposals), each by mail with her own signed link."""
    day = _planned(day.pk)
    wanted = set(mentor_ids)
    proposals = {
        p.mentor.pk: p for p in consultation_experts_propose(day=day, k=max(len(wanted), 1) * 4)
    }
    unfit = wanted - set(proposals)
    if unfit:
        names = ", ".join(str(m) for m in Mentor.objects.filter(pk__in=unfit).order_by("pk"))
        raise ValidationError(
            _("Nicht passend für diesen Sprechtag oder schon eingeladen: %(names)s")
            % {"names": names}
        )
    now = now or timezone.now()
    invitations = []
    for mentor_id in sorted(wanted):
        proposal = proposals[mentor_id]
        invitation = ConsultationInvitation.objects.create(
            day=day,
            mentor=proposal.mentor,
            score=proposal.score,
            reasons=proposal.reasons,
            invited_at=now,
        )
        invitation_mail_enqueue(invitation=invitation)
        invitations.append(invitation)
    return invitations


def _answerable(invitation_id: int) -> ConsultationInvitation:
    invitation = ConsultationInvitation.objects.select_for_update().get(pk=invitation_id)
    _planned(invitation.day_id)
    if invitation.status not in (Answer.INVITED, Answer.ACCEPTED, Answer.DECLINED):
        raise ValidationError(_("Diese Einladung gilt nicht mehr."))
    return invitation


@transaction.atomic
def consultation_invitation_accept(
    *,
    invitation: ConsultationInvitation,
    available_from: time,
    available_until: time,
    shown_publicly: bool = False,
    now: datetime | None = None,
) -> ConsultationInvitation:
    """The expert's yes, with the hours she can stay (again: new hours), and whether her first
    name, profession and topics may stand on the day's page."""
    # The expert's row first: two answers of one expert to days at the same time queue here.
    Mentor.objects.select_for_update().get(pk=invitation.mentor_id)
    invitation = _answerable(invitation.pk)
    day = invitation.day
    window = (day.starts_at, day.ends_at)
    if available_until <= available_from:
        raise ValidationError({"available_until": _("„Bis“ muss nach „von“ liegen.")})
    if available_from < day.starts_at or available_until > day.ends_at:
        raise ValidationError(
            {
                "available_from": _("Der Sprechtag geht von %(start)s bis %(end)s Uhr.")
                % {"start": _fmt(day.starts_at), "end": _fmt(day.ends_at)}
            }
        )
    hours = dict(start=available_from, end=available_until, minutes=day.slot_minutes)
    if not slot_times(**hours, break_start=day.break_starts_at, break_end=day.break_ends_at):
        raise ValidationError(
            {
                "available_until": _("In dieser Zeit passt kein Gespräch von %(minutes)d Minuten.")
                % {"minutes": day.slot_minutes}
            }
        )
    clash = (
        ConsultationInvitation.objects.filter(
            mentor_id=invitation.mentor_id, status=Answer.ACCEPTED, day__date=day.date
        )
        .exclude(pk=invitation.pk)
        .exclude(day__status=Status.CANCELLED)
        .select_related("day")
    )
    for other in clash:
        if windows_overlap(window, (other.day.starts_at, other.day.ends_at)):
            raise ValidationError(
                _("Sie haben für diese Zeit schon beim Sprechtag „%(title)s“ zugesagt.")
                % {"title": other.day.title}
            )
    invitation.status = Answer.ACCEPTED
    invitation.available_from, invitation.available_until = available_from, available_until
    invitation.shown_publicly = shown_publicly
    invitation.answered_at = now or timezone.now()
    invitation.save(
        update_fields=[
            "status",
            "available_from",
            "available_until",
            "shown_publicly",
            "answered_at",
        ]
    )
    return invitation


@transaction.atomic
def consultation_invitation_decline(
    *, invitation: ConsultationInvitation, now: datetime | None = None
) -> ConsultationInvitation:
    invitation = _answerable(invitation.pk)
    invitation.status = Answer.DECLINED
    invitation.available_from = invitation.available_until = None
    invitation.answered_at = now or timezone.now()
    invitation.save(update_fields=["status", "available_from", "available_until", "answered_at"])
    return invitation


@transaction.atomic
def consultation_day_confirm(
    *, day: ConsultationDay, now: datetime | None = None
) -> ConsultationDay:
    """The coordinator's final line-up: each yes becomes the expert's slots; invitations not
    answered by now are withdrawn; the experts learn their times by mail."""
    day = _planned(day.pk)
    accepted = list(day.invitations.select_for_update().filter(status=Answer.ACCEPTED))
    if not accepted:
        raise ValidationError(_("Noch hat keine Expert:in zugesagt."))
    for invitation in accepted:
        times = slot_times(
            start=invitation.available_from,
            end=invitation.available_until,
            minutes=day.slot_minutes,
            break_start=day.break_starts_at,
            break_end=day.break_ends_at,
        )
        ConsultationSlot.objects.bulk_create(
            ConsultationSlot(
                day=day, invitation=invitation, starts_at=day.at(start), ends_at=day.at(end)
            )
            for start, end in times
        )
    for invitation in day.invitations.select_for_update().filter(status=Answer.INVITED):
        invitation.status = Answer.WITHDRAWN
        invitation.save(update_fields=["status"])
    day.status, day.confirmed_at = Status.CONFIRMED, now or timezone.now()
    day.save(update_fields=["status", "confirmed_at", "updated_at"])
    lineup_mails_enqueue(day=day, invitations=accepted)
    transaction.on_commit(
        lambda: consultation_day_confirmed.send(sender=ConsultationDay, day_id=day.pk)
    )
    return day
