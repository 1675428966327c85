"""Writes for founders: submitting, confirming, editing, withdrawing and reopening help
requests, and what a founder's withdrawn consent means for them."""

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from common.schedules import schedule_ensure
from founders.mails import confirmation_mail_enqueue
from founders.models import AnsweredByGuide, Founder, HelpRequest, HelpRequestStatusChange
from founders.signals import (
    help_request_confirmed,
    help_request_reopened,
    help_request_submitted,
    help_request_withdrawn,
)
from vocabulary.choices import EndReason
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Place, Topic
from vocabulary.selectors import place_in_service_region

logger = logging.getLogger(__name__)

UNCONFIRMED_MAX_AGE = timedelta(days=7)
CLEANUP_SCHEDULE_NAME = "founders: delete unconfirmed requests"


class HelpRequestStateError(ValidationError):
    """The request is in a state that does not allow this change."""


@transaction.atomic
@transaction.atomic
def help_request_submit(
    *,
    first_name: str,
    last_name: str,
    email: str,
    topics: Iterable[Topic],
    description: str,
    stage: str,
    place: Place,
    formats: list[str],
    languages: list[str],
    sector: str = "",
    available_from: date | None = None,
    contact_language: str = "de",
    referral: str = "",
) -> HelpRequest:
    """Store an unconfirmed request and mail the confirmation link once it is committed; the
    service it was begun from (`referral`) hears of it in the same transaction."""
    topics = list(topics)
    if not topics:
        raise ValidationError(_("Bitte wählen Sie mindestens ein Thema."))
    help_request = HelpRequest.objects.create(
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=User.objects.normalize_email(email.strip()).lower(),
        description=description.strip(),
        stage=stage,
        sector=sector.strip(),
        place=place,
        outside_region=not place_in_service_region(place=place),
        formats=list(formats),
        languages=list(languages),
        available_from=available_from,
        contact_language=contact_language,
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
    )
    help_request.topics.set(topics)
    if referral:
        help_request_submitted.send(
            sender=HelpRequest, help_request_id=help_request.pk, referral=referral
        )
    confirmation_mail_enqueue(help_request=help_request)
    return help_request


def _user_for_email(*, help_request: HelpRequest) -> User:
    user = User.objects.filter(email__iexact=help_request.email).first()
    if user is None:
        user = User(
            email=help_request.email,
            first_name=help_request.first_name,
            last_name=help_request.last_name,
            language=help_request.contact_language,
        )
        user.set_unusable_password()  # logs in by emailed code afterwards
        user.save()
    # Clicking the mailed link proves the address.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


@transaction.atomic
def help_request_confirm(*, help_request: HelpRequest) -> HelpRequest:
    """Open the request and give it a founder (account created or linked by email). Idempotent."""
    help_request = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if help_request.status != HelpRequest.Status.UNCONFIRMED:
        return help_request
    user = _user_for_email(help_request=help_request)
    founder, _created = Founder.objects.get_or_create(
        user=user, defaults={"place": help_request.place}
    )
    user_assign_role(user=user, role=Role.FOUNDER)
    if founder.consent_withdrawn_at is not None:
        # Confirming a new request gives the consent anew (the form asked for it).
        founder.consent_withdrawn_at = None
        founder.save(update_fields=["consent_withdrawn_at"])
    help_request.founder = founder
    help_request.status = HelpRequest.Status.OPEN
    help_request.confirmed_at = timezone.now()
    help_request.save(update_fields=["founder", "status", "confirmed_at", "updated_at"])
    _status_record(help_request=help_request, before=HelpRequest.Status.UNCONFIRMED, by=user)
    logger.info("help request %s confirmed (founder %s)", help_request.pk, founder.pk)
    help_request_confirmed.send(sender=HelpRequest, help_request_id=help_request.pk)
    return help_request


@transaction.atomic
def help_request_update(
    *,
    help_request: HelpRequest,
    topics: Iterable[Topic],
    place: Place,
    **fields,
) -> HelpRequest:
    """Change a request while it is open and not yet matched."""
    help_request = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if not help_request.is_editable:
        raise HelpRequestStateError(
            _("Diese Anfrage kann nicht mehr geändert werden."), code="not_editable"
        )
    allowed = {
        "first_name",
        "last_name",
        "description",
        "stage",
        "sector",
        "formats",
        "languages",
        "available_from",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"help_request_update() got unexpected fields: {sorted(unknown)}")
    topics = list(topics)
    if not topics:
        raise ValidationError(_("Bitte wählen Sie mindestens ein Thema."))
    for name, value in fields.items():
        setattr(help_request, name, value.strip() if isinstance(value, str) else value)
    help_request.place = place
    help_request.outside_region = not place_in_service_region(place=place)
    help_request.save()
    help_request.topics.set(topics)
    return help_request


@transaction.atomic
def help_request_withdraw(
    *, help_request: HelpRequest, by: User | None, reason: str = EndReason.REQUEST_WITHDRAWN
) -> HelpRequest:
    """The founder takes a request back: it is no longer matched, and every live match of it
    ends in the same transaction (matching listens to help_request_withdrawn)."""
    help_request = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if help_request.status == HelpRequest.Status.WITHDRAWN:
        return help_request
    if not help_request.is_withdrawable:
        raise HelpRequestStateError(
            _("Diese Anfrage kann nicht mehr zurückgezogen werden."), code="not_withdrawable"
        )
    before = help_request.status
    help_request.status = HelpRequest.Status.WITHDRAWN
    help_request.withdrawn_at = timezone.now()
    help_request.save(update_fields=["status", "withdrawn_at", "updated_at"])
    _status_record(help_request=help_request, before=before, by=by, reason=reason)
    help_request_withdrawn.send(
        sender=HelpRequest, help_request_id=help_request.pk, by=by, reason=reason
    )
    logger.info("help request %s withdrawn (%s)", help_request.pk, reason)
    return help_request


@transaction.atomic
def help_request_reopen(*, help_request: HelpRequest, by: User | None) -> HelpRequest:
    """ "Find me another expert": a request whose mentoring ended early is matched again (the
    mentor it had is excluded by matching). Idempotent for a request already open."""
    help_request = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if help_request.status in (HelpRequest.Status.OPEN, HelpRequest.Status.MATCHED):
        return help_request
    if help_request.status != HelpRequest.Status.CLOSED or not help_request.founder_consents:
        raise HelpRequestStateError(
            _("Diese Anfrage kann nicht wieder geöffnet werden. Stellen Sie gern eine neue."),
            code="not_reopenable",
        )
    help_request.status = HelpRequest.Status.OPEN
    help_request.save(update_fields=["status", "updated_at"])
    _status_record(help_request=help_request, before=HelpRequest.Status.CLOSED, by=by)
    help_request_reopened.send(sender=HelpRequest, help_request_id=help_request.pk)
    logger.info("help request %s reopened", help_request.pk)
    return help_request


@transaction.atomic
def help_request_status_follow(
    *, help_request: HelpRequest, to: str, by: User | None, reason: str = ""
) -> HelpRequest:
    """Move a request along with its match — matched once a mentor accepts, closed when the
    mentoring ends, open again when an offer fell through. Only the match lifecycle calls
    this; it has locked the request already (locking again is free within its transaction)."""
    locked = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
    if locked.status == to:
        return locked
    before = locked.status
    locked.status = to
    locked.save(update_fields=["status", "updated_at"])
    _status_record(help_request=locked, before=before, by=by, reason=reason)
    return locked


def _status_record(
    *, help_request: HelpRequest, before: str, by: User | None, reason: str = ""
) -> None:
    HelpRequestStatusChange.objects.create(
        help_request=help_request,
        from_status=before,
        to_status=help_request.status,
        by=by,
        reason=reason,
    )


@transaction.atomic
def founder_consent_withdraw(*, user: User, erasure: bool) -> int:
    """The founder withdraws her consent (or deletes her account): every request of hers that
    could still be matched is withdrawn, and nothing reopens one until she asks anew."""
    reason = EndReason.FOUNDER_DELETED if erasure else EndReason.FOUNDER_CONSENT
    owned = Q(founder__user=user) | Q(email__iexact=user.email)
    withdrawn = 0
    for help_request in HelpRequest.objects.filter(owned).order_by("pk"):
        if help_request.is_withdrawable:
            help_request_withdraw(help_request=help_request, by=user, reason=reason)
            withdrawn += 1
    founder = Founder.objects.select_for_update().filter(user=user).first()
    if founder is not None and founder.consent_withdrawn_at is None:
        founder.consent_withdrawn_at = timezone.now()
        founder.save(update_fields=["consent_withdrawn_at"])
    return withdrawn


def founder_consent_withdrawn_receiver(sender, *, user: User, erasure: bool, **kwargs) -> None:
    founder_consent_withdraw(user=user, erasure=erasure)


def help_requests_delete_unconfirmed(*, now: datetime | None = None) -> int:
    """Delete requests never confirmed within 7 days; returns how many were deleted."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_MAX_AGE
    stale = HelpRequest.objects.filter(status=HelpRequest.Status.UNCONFIRMED, created_at__lt=cutoff)
    count = stale.count()
    stale.delete()
    return count


def answered_by_guide_record(*, guide_id: int, topic: Topic | None) -> AnsweredByGuide:
    """Count, without any personal data, that a guide answered a question."""
    return AnsweredByGuide.objects.create(guide_id=guide_id, topic=topic, date=timezone.localdate())


def cleanup_schedule_sync() -> None:
    """The daily deletion of unconfirmed requests is scheduled once (idempotent)."""
    from django_q.models import Schedule

    schedule_ensure(
        name=CLEANUP_SCHEDULE_NAME,
        func="founders.tasks.help_requests_delete_unconfirmed",
        schedule_type=Schedule.DAILY,
    )


def cleanup_schedule_sync_after_migrate(sender, **kwargs) -> None:
    # post_migrate fires once per app with models; django_q's tables exist by the last one.
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label == last.label:
        cleanup_schedule_sync()
