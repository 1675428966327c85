"""Writes and exports for a person's own data: export, consent withdrawal, account deletion.
Everything follows the registry in privacy.registry; nothing here knows a model's fields."""

import logging
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from allauth.usersessions.adapter import get_adapter as usersessions_adapter
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from privacy.registry import ERASED_TEXT, Erasure, PersonalData, registered
from privacy.signals import consent_withdrawn

logger = logging.getLogger(__name__)


def _json_value(value: Any) -> Any:
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    return value


def personal_data_export(*, user) -> dict:
    """Every registered field of every row that belongs to the user, grouped by model."""
    data: dict[str, dict] = {}
    for entry in registered():
        names = [name for name in entry.fields if name not in entry.not_exported]
        meta = entry.model._meta
        rows = [
            {"id": row.pk, **{name: _json_value(getattr(row, name)) for name in names}}
            for row in entry.rows(user)
        ]
        if not rows:
            continue
        data[entry.label] = {
            "label": str(meta.verbose_name_plural),
            "fields": {name: str(meta.get_field(name).verbose_name) for name in names},
            "rows": rows,
        }
    return {"exported_at": timezone.now().isoformat(), "data": data}


def _erased_value(*, field: models.Field, rule: Erasure, row: models.Model) -> Any:
    if rule == Erasure.NULL:
        return None
    if rule == Erasure.BLANK:
        return ""
    if isinstance(field, models.EmailField):
        return f"geloescht-{row.pk}@invalid"
    if isinstance(field, models.JSONField):
        return {}
    return ERASED_TEXT[: field.max_length] if field.max_length else ERASED_TEXT


def _file_delete_after_commit(file: FieldFile) -> None:
    # A rolled-back deletion must not have lost the file.
    if file and file.name:
        storage, name = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(name))


def _erase_row(*, entry: PersonalData, row: models.Model) -> None:
    changed = []
    for name, rule in entry.fields.items():
        if rule == Erasure.KEEP:
            continue
        field = entry.model._meta.get_field(name)
        if rule == Erasure.DELETE_FILE:
            _file_delete_after_commit(getattr(row, name))
            setattr(row, name, "")
        elif rule == Erasure.UNUSABLE_PASSWORD:
            row.set_unusable_password()
        else:
            setattr(row, field.attname, _erased_value(field=field, rule=rule, row=row))
        changed.append(field.attname)
    if changed:
        # "Last changed" stamps move too: caches of the row (matching's profiles) rely on them.
        changed += [f.attname for f in row._meta.concrete_fields if getattr(f, "auto_now", False)]
        row.save(update_fields=sorted(set(changed)))


def _sessions_end(*, user) -> int:
    # Every login is recorded (allauth.usersessions, and accounts for logins outside allauth's
    # flows): her sessions are found by her records, not by decoding everyone's. Ending one
    # deletes the session and its record (IP address, browser).
    sessions = list(UserSession.objects.filter(user=user))
    usersessions_adapter().end_sessions(sessions)
    return len(sessions)


@transaction.atomic
def account_delete(*, user) -> None:
    """Erase or anonymise every registered field of the user's rows; the account stays as an
    inactive, anonymous shell so that aggregates (requests by topic and district) survive."""
    user_model = get_user_model()
    user = user_model.objects.select_for_update().get(pk=user.pk)
    consent_withdraw(user=user, erasure=True)
    # Before the registry erases her rows: without her session records nothing finds the sessions.
    _sessions_end(user=user)
    entries = registered()
    # Find every row first: some owners are found by the email address erased below.
    found = [(entry, list(entry.rows(user))) for entry in entries]
    for entry, rows in found:
        if entry.model is user_model:
            continue
        if entry.delete_rows:
            for row in rows:
                for name, rule in entry.fields.items():
                    if rule == Erasure.DELETE_FILE:
                        _file_delete_after_commit(getattr(row, name))
            entry.model._default_manager.filter(pk__in=[row.pk for row in rows]).delete()
        else:
            for row in rows:
                _erase_row(entry=entry, row=row)
    user_entry = next(entry for entry in entries if entry.model is user_model)
    _erase_row(entry=user_entry, row=user)
    user.is_active = False
    user.save(update_fields=["is_active"])
    user.groups.clear()
    user.user_permissions.clear()
    logger.info("account %s deleted on request of its owner", user.pk)


@transaction.atomic
def consent_withdraw(*, user, erasure: bool = False) -> None:
    """Stop all matching of the user: every app that keeps something the consent covered ends
    it (consent_withdrawn), in this transaction."""
    consent_withdrawn.send(sender=get_user_model(), user=user, erasure=erasure)
    logger.info("consent withdrawn by user %s", user.pk)
