"""Writes for mentors: registration, profile edits, verification, capacity, pauses and the
end of a profile."""

import logging
from datetime import date

from allauth.account.models import EmailAddress
from allauth.core.context import request_context
from django.core.files.storage import Storage
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from mentors.mails import pending_mails_enqueue, rejected_mail_enqueue, verified_mail_enqueue
from mentors.models import CHAMBER_PROFESSIONS, PAUSED, Mentor, MentorStatusChange
from mentors.signals import mentor_unavailable
from vocabulary.choices import EndReason
from vocabulary.consent import MENTOR_CONSENT
from vocabulary.models import Place, Topic

logger = logging.getLogger(__name__)
# Filled by matching (its apps.ready): fn(*, mentor) -> how many founders she works with now.
PLACES_TAKEN_HOOK = "mentors_places_taken"


class MentorStateError(Exception):
    """A change the mentor's current status does not allow; the message explains it in German."""


@transaction.atomic
def mentor_register(
    *,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    profession: str,
    organisation: str,
    topics: list[Topic],
    bio: str,
    place: Place,
    travel_radius_km: int,
    remote: bool,
    languages: list[str],
    capacity: int,
    chamber_membership: str = "",
    photo=None,
    request: HttpRequest,
) -> Mentor:
    """A new account and a pending profile; the address is verified by allauth's mail."""
    email = User.objects.normalize_email(email).lower()
    user = User.objects.create_user(
        email=email, password=password, first_name=first_name, last_name=last_name
    )
    address = EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
    user_assign_role(user=user, role=Role.MENTOR)
    mentor = Mentor(
        user=user,
        profession=profession,
        organisation=organisation,
        bio=bio,
        place=place,
        travel_radius_km=travel_radius_km,
        remote=remote,
        languages=list(languages),
        capacity=capacity,
        chamber_membership=chamber_membership if profession in CHAMBER_PROFESSIONS else "",
        status=Mentor.Status.PENDING,
        consent_version=MENTOR_CONSENT.version,
        consented_at=timezone.now(),
    )
    if photo is not None:
        mentor.photo.save(photo.name, photo, save=False)
    mentor.full_clean(exclude=["user", "photo"])
    mentor.save()
    mentor.topics.set(topics)
    _verification_send(address=address, request=request)
    pending_mails_enqueue(mentor=mentor)
    return mentor


def _verification_send(*, address: EmailAddress, request: HttpRequest) -> None:
    # allauth reads the request from its context (for its links); the mail goes to the outbox.
    with request_context(request):
        address.send_confirmation(request, signup=True)


def _locked(mentor: Mentor) -> Mentor:
    return Mentor.objects.select_for_update().get(pk=mentor.pk)


@transaction.atomic
def mentor_verify(*, mentor: Mentor, by: User | None) -> Mentor:
    """A coordinator confirms a pending mentor; only verified mentors are ever suggested.
    ``by`` is None only for an operator's import on the command line."""
    locked = _locked(mentor)
    if locked.status != Mentor.Status.PENDING:
        raise MentorStateError(_("Nur Profile, die auf Prüfung warten, können bestätigt werden."))
    locked.status = Mentor.Status.ACTIVE
    locked.verified_by, locked.verified_at = by, timezone.now()
    locked.rejection_reason = ""
    locked.save(
        update_fields=["status", "verified_by", "verified_at", "rejection_reason", "updated_at"]
    )
    _status_record(mentor=locked, before=Mentor.Status.PENDING, by=by)
    verified_mail_enqueue(mentor=locked)
    return locked


# What a coordinator's list sets on a profile (besides topics).
IMPORT_FIELDS = frozenset(
    {
        "profession",
        "profession_title",
        "organisation",
        "bio",
        "place",
        "travel_radius_km",
        "remote",
        "capacity",
        "languages",
    }
)


@transaction.atomic
def mentor_import(
    *, user: User, by: User | None, topics: list[Topic], consent_version: str, **profile
) -> tuple[Mentor, bool]:
    """A mentor from a coordinator's list: a new profile, or hers brought to the list's state
    (True when new). A pending profile is verified, since the coordinator who imports the
    list vouches for its people; a rejected or retired one keeps its status."""
    unknown = set(profile) - IMPORT_FIELDS
    if unknown:
        raise TypeError(f"mentor_import() got unexpected fields: {sorted(unknown)}")
    mentor = Mentor.objects.select_for_update().filter(user=user).first()
    created = mentor is None
    if mentor is None:
        mentor = Mentor(user=user, consent_version=consent_version, consented_at=timezone.now())
    for name, value in profile.items():
        setattr(mentor, name, value)
    if mentor.profession not in CHAMBER_PROFESSIONS:
        mentor.chamber_membership = ""
    mentor.save()
    mentor.topics.set(topics)
    if mentor.status == Mentor.Status.PENDING:
        mentor = mentor_verify(mentor=mentor, by=by)
    return mentor, created


@transaction.atomic
def mentor_reject(*, mentor: Mentor, by: User, reason: str) -> Mentor:
    """A coordinator declines a pending profile and says why; the mentor is told by mail."""
    reason = reason.strip()
    if not reason:
        raise MentorStateError(_("Bitte geben Sie einen Grund für die Ablehnung an."))
    locked = _locked(mentor)
    if locked.status != Mentor.Status.PENDING:
        raise MentorStateError(_("Nur Profile, die auf Prüfung warten, können abgelehnt werden."))
    locked.status = Mentor.Status.REJECTED
    locked.verified_by, locked.verified_at = by, timezone.now()
    locked.rejection_reason = reason
    locked.save(
        update_fields=["status", "verified_by", "verified_at", "rejection_reason", "updated_at"]
    )
    _status_record(mentor=locked, before=Mentor.Status.PENDING, by=by)
    rejected_mail_enqueue(mentor=locked)
    return locked


@transaction.atomic
def mentor_capacity_set(*, mentor: Mentor, capacity: int) -> Mentor:
    """How many founders the mentor supports at once (1–10), never fewer than she works with
    now: counted under her lock, the one every acceptance takes too."""
    if not 1 <= capacity <= 10:
        raise MentorStateError(_("Bitte wählen Sie eine Zahl von 1 bis 10."))
    locked = _locked(mentor)
    taken = max((count(mentor=locked) for count in hooks.get_hooks(PLACES_TAKEN_HOOK)), default=0)
    if capacity < taken:
        raise MentorStateError(
            _(
                "Sie begleiten gerade %(taken)d Gründungen. Bitte wählen Sie mindestens "
                "%(taken)d – oder beenden Sie erst eine Begleitung."
            )
            % {"taken": taken}
        )
    locked.capacity = capacity
    locked.save(update_fields=["capacity", "updated_at"])
    return locked


@transaction.atomic
def mentor_pause(*, mentor: Mentor, until: date | None, by: User | None) -> Mentor:
    """Pause until (and including) a day in the future, or end the pause with until=None; a
    pause gives back the offers and proposals not yet taken on (matching listens). `by` is
    the mentor herself, or None when the schedules paused her."""
    if until is not None and until < timezone.localdate():
        raise MentorStateError(_("Bitte wählen Sie ein Datum ab heute."))
    pausing = until is not None
    return _step_back(
        mentor=mentor,
        by=by,
        reason=EndReason.MENTOR_PAUSED if pausing else "",
        change={"paused_until": until},
    )


@transaction.atomic
def mentor_retire(
    *, mentor: Mentor, by: User | None, reason: str = EndReason.MENTOR_RETIRED
) -> Mentor:
    """The profile ends — a coordinator retires it, or the mentor withdraws her consent or
    deletes her account: she is never suggested again, and every live match of hers ends in
    the same transaction (matching listens to mentor_unavailable). Idempotent."""
    # Read without a lock: the mentor row is locked only after her matches (see _step_back).
    if Mentor.objects.filter(pk=mentor.pk, status=Mentor.Status.RETIRED).exists():
        return mentor
    retired = _step_back(
        mentor=mentor, by=by, reason=reason, change={"status": Mentor.Status.RETIRED}
    )
    logger.info("mentor %s retired (%s)", retired.pk, reason)
    return retired


def _step_back(*, mentor: Mentor, by: User | None, reason: str, change: dict) -> Mentor:
    """Write `change` to the mentor; with a reason, her matches end around it. The matches
    end first, each locking request, then mentor, then match — the order of every lifecycle
    step, so a founder's acceptance racing this never deadlocks with it; once more after the
    write, under the mentor's lock, for a match approved in between."""

    def announce() -> None:
        if reason:
            mentor_unavailable.send(sender=Mentor, mentor_id=mentor.pk, by=by, reason=reason)

    announce()
    locked = _locked(mentor)
    before, paused_before = locked.state(), locked.paused_until
    for name, value in change.items():
        setattr(locked, name, value)
    # Saved, not updated in bulk: pages showing how many experts stand ready hear of it
    # through post_save and render afresh.
    locked.save(update_fields=[*change, "updated_at"])
    if (before, paused_before) != (locked.state(), locked.paused_until):
        _status_record(mentor=locked, before=before, by=by, reason=reason)
    announce()
    return locked


def _status_record(*, mentor: Mentor, before: str, by: User | None, reason: str = "") -> None:
    after = mentor.state()
    MentorStatusChange.objects.create(
        mentor=mentor,
        from_status=before,
        to_status=after,
        paused_until=mentor.paused_until if after == PAUSED else None,
        by=by,
        reason=reason,
    )


def mentor_consent_withdrawn_receiver(sender, *, user: User, erasure: bool, **kwargs) -> None:
    reason = EndReason.MENTOR_DELETED if erasure else EndReason.MENTOR_CONSENT
    for mentor in Mentor.objects.filter(user=user):
        mentor_retire(mentor=mentor, by=user, reason=reason)


# What a mentor may change on their own profile. Profession is not among them: coordinators
# verified it (and the chamber membership that goes with it), so only they may change it.
PROFILE_FIELDS = frozenset(
    {
        "organisation",
        "bio",
        "place",
        "travel_radius_km",
        "remote",
        "languages",
        "chamber_membership",
    }
)


def _file_delete_on_commit(*, storage: Storage, name: str) -> None:
    transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def mentor_profile_update(*, mentor: Mentor, **changes) -> Mentor:
    """The mentor edits their own profile; only the fields given change.

    Accepts the fields in PROFILE_FIELDS plus topics (a list of Topic) and photo (a file
    that replaces the current photo, or None to remove it). A change of profession raises
    MentorStateError; unknown fields raise TypeError.
    """
    if "profession" in changes:
        raise MentorStateError(
            _("Ihren Beruf können nur Koordinator:innen ändern. Bitte schreiben Sie uns.")
        )
    unknown = set(changes) - PROFILE_FIELDS - {"topics", "photo"}
    if unknown:
        raise TypeError(f"mentor_profile_update() got unexpected fields: {sorted(unknown)}")
    locked = _locked(mentor)
    for field in PROFILE_FIELDS & set(changes):
        setattr(locked, field, changes[field])
    if "languages" in changes:
        locked.languages = list(changes["languages"])
    if locked.profession not in CHAMBER_PROFESSIONS:
        locked.chamber_membership = ""
    elif "chamber_membership" in changes:
        locked.chamber_membership = changes["chamber_membership"].strip()
    # A changed chamber membership keeps the status: coordinators checked the person and the
    # profession, and a new membership number (a move to another chamber) is the rule rather
    # than a warning sign. Sending an active mentor back to "pending" would take them out of
    # every match without anyone looking at it; we deliberately keep it simple and record
    # nothing else. Coordinators see the current value in the admin.
    locked.full_clean(exclude=["user", "photo"])
    old_photo = locked.photo.name if locked.photo else ""
    if "photo" in changes:
        photo = changes["photo"]
        if photo is None:
            locked.photo = ""
        else:
            locked.photo.save(photo.name, photo, save=False)
    locked.save()
    if "topics" in changes:
        locked.topics.set(changes["topics"])
    new_photo = locked.photo.name if locked.photo else ""
    if old_photo and old_photo != new_photo:
        # Only once the new state is committed; a rollback keeps the old file in use.
        _file_delete_on_commit(storage=locked.photo.storage, name=old_photo)
    return locked
