"""Writes for spreadsheet imports: a whole file of mentors or help requests, or nothing at all;
and the column mappings coordinators confirm."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from founders.models import HelpRequest
from founders.services import help_request_confirm, help_request_update
from imports.headers import header_hash, header_trimmed, mapping_problems
from imports.models import ColumnMapping
from imports.parsing import ImportRejected, RowError, rows_read, table_read
from imports.rows import MentorRow, RequestRow, mentor_rows_check, request_rows_check
from imports.selectors import column_mapping_for
from mentors.services import mentor_import
from vocabulary.selectors import service_region

logger = logging.getLogger(__name__)

# People on an imported list agreed to be listed outside this site (with the region's
# coordinators, on paper or by mail); "import" marks that their consent was not given here.
IMPORT_CONSENT_VERSION = "import"
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]

__all__ = [
    "IMPORT_CONSENT_VERSION",
    "ColumnMappingInvalid",
    "ImportRejected",
    "ImportResult",
    "RowError",
    "column_mapping_remember",
    "help_requests_import",
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


class ColumnMappingInvalid(ValueError):
    """A mapping that cannot be used; the message says why, in German."""


@transaction.atomic
def column_mapping_remember(
    *, kind: str, header: list[str], fields: list[str], by: User | None
) -> ColumnMapping:
    """Keep a coordinator's mapping of a layout of headers, replacing an earlier one."""
    header = header_trimmed(header)
    problems = mapping_problems(kind=kind, mapping=fields)
    if len(fields) != len(header):
        problems.append(_("Die Spalten der Datei passen nicht zur Zuordnung."))
    if problems:
        raise ColumnMappingInvalid("; ".join(problems))
    mapping, _created = ColumnMapping.objects.update_or_create(
        kind=kind,
        header_hash=header_hash(header),
        defaults={"header": header, "fields": list(fields), "confirmed_by": by},
    )
    return mapping


def _mapping_of(
    *, kind: str, file_bytes: bytes, filename: str, mapping: list[str] | None
) -> list[str] | None:
    """The mapping given, else the one remembered for the file's headers (else None: guess)."""
    if mapping is not None:
        return mapping
    header = table_read(file_bytes=file_bytes, filename=filename)[0]
    return column_mapping_for(kind=kind, header=header)


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
    # Compared without case: an address kept as "Erika@Example.org" is the same person.
    users = User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=emails)
    return {user.email.lower(): user for user in users}


def mentors_import(
    *,
    file_bytes: bytes,
    filename: str,
    by: User | None = None,
    progress: Progress | None = None,
    mapping: list[str] | None = None,
) -> ImportResult:
    """Import a mentor list: every row is checked first; then all are written, verified, active.

    Keyed by email: a second import of the same person updates the profile. A mentor whom a
    coordinator has rejected or retired since keeps that status. Without a ``mapping`` of the
    columns, the one remembered for the file's headers is used, else the program's guess.
    """
    mapping = _mapping_of(kind="mentors", file_bytes=file_bytes, filename=filename, mapping=mapping)
    rows = rows_read(file_bytes=file_bytes, filename=filename, kind="mentors", mapping=mapping)
    checked, errors = mentor_rows_check(rows)
    if errors:
        raise ImportRejected(errors)
    created = updated = 0
    with transaction.atomic():
        emails = [row.email for row in checked]
        users = _users_by_email(emails)
        addresses = set(
            (user_id, email.lower())
            for user_id, email in EmailAddress.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=emails)
            .values_list("user_id", "email")
        )
        for done, row in enumerate(checked, start=1):
            was_created = _mentor_write(row=row, by=by, users=users, addresses=addresses)
            created += was_created
            updated += not was_created
            _report(progress, done, len(checked))
    logger.info("mentor import: %d created, %d updated", created, updated)
    return ImportResult(created=created, updated=updated)


def _mentor_write(
    *, row: MentorRow, by: User | None, users: dict[str, User], addresses: set[tuple[int, str]]
) -> bool:
    user = _user_for(
        email=row.email, first_name=row.first_name, last_name=row.last_name, users=users
    )
    if (user.first_name, user.last_name) != (row.first_name, row.last_name):
        user.first_name, user.last_name = row.first_name, row.last_name
        user.save(update_fields=["first_name", "last_name"])
    # Not verified: the person proves the address with the code at their first login.
    if (user.pk, row.email) not in addresses:
        EmailAddress.objects.create(user=user, email=row.email, verified=False, primary=True)
    user_assign_role(user=user, role=Role.MENTOR)
    _mentor, was_created = mentor_import(
        user=user,
        by=by,
        topics=row.topics,
        consent_version=IMPORT_CONSENT_VERSION,
        profession=row.profession,
        profession_title=row.profession_title,
        organisation=row.organisation,
        bio=row.bio,
        place=row.place,
        travel_radius_km=row.travel_radius_km,
        remote=row.remote,
        capacity=row.capacity,
        languages=row.languages,
    )
    return was_created


def help_requests_import(
    *,
    file_bytes: bytes,
    filename: str,
    by: User | None = None,
    progress: Progress | None = None,
    mapping: list[str] | None = None,
) -> ImportResult:
    """Import help requests: every row is checked first; then all are written and confirmed.

    Keyed by email: the person's latest request that is still unconfirmed or open is updated;
    one already matched is left as it is (counted as skipped); otherwise a new one is created.
    """
    mapping = _mapping_of(
        kind="requests", file_bytes=file_bytes, filename=filename, mapping=mapping
    )
    rows = rows_read(file_bytes=file_bytes, filename=filename, kind="requests", mapping=mapping)
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
    current = (
        HelpRequest.objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=emails, status__in=_CURRENT)
        .order_by("created_at", "pk")
    )
    for help_request in current:
        latest[help_request.email.lower()] = help_request  # the newest wins
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
