"""Writes for spreadsheet imports: a whole file of mentors or help requests, or nothing at all."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from founders.models import HelpRequest
from founders.services import help_request_confirm, help_request_update
from imports.parsing import (
    MENTOR_COLUMNS,
    REQUEST_COLUMNS,
    ImportRejected,
    RowError,
    rows_read,
)
from imports.rows import MentorRow, RequestRow, mentor_rows_check, request_rows_check
from mentors.models import Mentor
from vocabulary.selectors import service_region

logger = logging.getLogger(__name__)

# People on an imported list agreed to be listed outside this site (with the region's
# coordinators, on paper or by mail); "import" marks that their consent was not given here.
IMPORT_CONSENT_VERSION = "import"
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]

__all__ = [
    "IMPORT_CONSENT_VERSION",
    "KINDS",
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "RowError",
    "help_requests_import",
    "import_preview",
    "mentors_import",
]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int = 0  # requests already matched or closed: left as they are

    @property
    def total(self) -> int:
        return self.created + self.updated + self.skipped


@dataclass(frozen=True)
class ImportPreview:
    """What an upload would import: the first rows as read, and every error (nothing written)."""

    columns: tuple[str, ...]
    rows: list[list[str]]
    total: int
    errors: list[RowError]


KINDS = {"mentors": MENTOR_COLUMNS, "requests": REQUEST_COLUMNS}


def import_preview(
    *, kind: str, file_bytes: bytes, filename: str, first: int = 10
) -> ImportPreview:
    """Read and check a file of the given kind ("mentors" or "requests") without writing."""
    columns = KINDS[kind]
    try:
        rows = rows_read(file_bytes=file_bytes, filename=filename, columns=columns)
    except ImportRejected as rejected:
        return ImportPreview(columns=columns, rows=[], total=0, errors=rejected.errors)
    check = mentor_rows_check if kind == "mentors" else request_rows_check
    _checked, errors = check(rows)
    shown = [[row.cells[name] for name in columns] for row in rows[:first]]
    return ImportPreview(columns=columns, rows=shown, total=len(rows), errors=errors)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)


def _user_for(*, email: str, first_name: str, last_name: str, users: dict[str, User]) -> User:
    user = users.get(email)
    if user is None:
        user = User(email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()  # they log in by emailed code
        user.save()
        users[email] = user
    return user


def _users_by_email(emails: list[str]) -> dict[str, User]:
    return {user.email.lower(): user for user in User.objects.filter(email__in=emails)}


def mentors_import(
    *,
    file_bytes: bytes,
    filename: str,
    by: User | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a mentor list: every row is checked first; then all are written, verified, active.

    Keyed by email: a second import of the same person updates the profile. A mentor whom a
    coordinator has rejected or retired since keeps that status.
    """
    rows = rows_read(file_bytes=file_bytes, filename=filename, columns=MENTOR_COLUMNS)
    checked, errors = mentor_rows_check(rows)
    if errors:
        raise ImportRejected(errors)
    created = updated = 0
    with transaction.atomic():
        emails = [row.email for row in checked]
        users = _users_by_email(emails)
        known = _Known(
            mentors={m.user_id: m for m in Mentor.objects.filter(user__email__in=emails)},
            addresses=set(
                EmailAddress.objects.filter(email__in=emails).values_list("user_id", "email")
            ),
        )
        for done, row in enumerate(checked, start=1):
            was_created = _mentor_write(row=row, by=by, users=users, known=known)
            created += was_created
            updated += not was_created
            _report(progress, done, len(checked))
    logger.info("mentor import: %d created, %d updated", created, updated)
    return ImportResult(created=created, updated=updated)


@dataclass(frozen=True)
class _Known:
    """What already exists for the file's addresses, fetched once rather than per row."""

    mentors: dict[int, Mentor]
    addresses: set[tuple[int, str]]


def _mentor_write(
    *, row: MentorRow, by: User | None, users: dict[str, User], known: _Known
) -> bool:
    user = _user_for(
        email=row.email, first_name=row.first_name, last_name=row.last_name, users=users
    )
    if (user.first_name, user.last_name) != (row.first_name, row.last_name):
        user.first_name, user.last_name = row.first_name, row.last_name
        user.save(update_fields=["first_name", "last_name"])
    # Not verified: the person proves the address with the code at their first login.
    if (user.pk, row.email) not in known.addresses:
        EmailAddress.objects.create(user=user, email=row.email, verified=False, primary=True)
    user_assign_role(user=user, role=Role.MENTOR)
    mentor = known.mentors.get(user.pk)
    was_created = mentor is None
    now = timezone.now()
    if mentor is None:
        mentor = Mentor(user=user, consent_version=IMPORT_CONSENT_VERSION, consented_at=now)
    for name in (
        "profession",
        "organisation",
        "bio",
        "place",
        "travel_radius_km",
        "remote",
        "capacity",
        "languages",
    ):
        setattr(mentor, name, getattr(row, name))
    if mentor.status == Mentor.Status.PENDING:
        # The coordinator who imports the list vouches for these people.
        mentor.status = Mentor.Status.ACTIVE
        mentor.verified_at, mentor.verified_by = now, by
    mentor.save()
    mentor.topics.set(row.topics)
    return was_created


def help_requests_import(
    *,
    file_bytes: bytes,
    filename: str,
    by: User | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import help requests: every row is checked first; then all are written and confirmed.

    Keyed by email: the person's latest request that is still unconfirmed or open is updated;
    one already matched is left as it is (counted as skipped); otherwise a new one is created.
    """
    rows = rows_read(file_bytes=file_bytes, filename=filename, columns=REQUEST_COLUMNS)
    checked, errors = request_rows_check(rows)
    if errors:
        raise ImportRejected(errors)
    created = updated = skipped = 0
    with transaction.atomic():
        region = service_region()
        current = _current_requests([row.email for row in checked])
        for done, row in enumerate(checked, start=1):
            outcome = _request_write(
                row=row, existing=current.get(row.email), outside=not region.covers(row.place)
            )
            created += outcome == "created"
            updated += outcome == "updated"
            skipped += outcome == "skipped"
            _report(progress, done, len(checked))
    logger.info(
        "help request import by user %s: %d created, %d updated, %d skipped",
        by.pk if by else None,
        created,
        updated,
        skipped,
    )
    return ImportResult(created=created, updated=updated, skipped=skipped)


_CURRENT = (HelpRequest.Status.UNCONFIRMED, HelpRequest.Status.OPEN, HelpRequest.Status.MATCHED)


def _current_requests(emails: list[str]) -> dict[str, HelpRequest]:
    latest: dict[str, HelpRequest] = {}
    for help_request in HelpRequest.objects.filter(email__in=emails, status__in=_CURRENT).order_by(
        "created_at", "pk"
    ):
        latest[help_request.email] = help_request  # the newest wins
    return latest


def _request_write(*, row: RequestRow, existing: HelpRequest | None, outside: bool) -> str:
    fields = {
        "first_name": row.first_name,
        "last_name": row.last_name,
        "description": row.description,
        "stage": row.stage,
        "formats": row.formats,
        "languages": row.languages,
    }
    if existing is not None and existing.status == HelpRequest.Status.MATCHED:
        return "skipped"
    if existing is not None and existing.status == HelpRequest.Status.OPEN:
        help_request_update(help_request=existing, topics=row.topics, place=row.place, **fields)
        return "updated"
    if existing is not None:  # unconfirmed: the list confirms it
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.place, existing.outside_region = row.place, outside
        existing.save()
        existing.topics.set(row.topics)
        help_request_confirm(help_request=existing)
        return "updated"
    help_request = HelpRequest.objects.create(
        email=row.email,
        place=row.place,
        outside_region=outside,
        consent_version=IMPORT_CONSENT_VERSION,
        consented_at=timezone.now(),
        **fields,
    )
    help_request.topics.set(row.topics)
    help_request_confirm(help_request=help_request)
    return "created"
