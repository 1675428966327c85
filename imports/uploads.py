"""Where an uploaded list waits between the steps of an admin import (mapping, preview,
import, error report), and the signed token that names it. The token carries no contents:
the file's stored name, its kind, the uploader and, once confirmed, the column mapping."""

import time
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import signing

_SALT = "imports.upload"
MAX_AGE = 24 * 60 * 60


def _folder() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def upload_path(name: str) -> Path:
    """Where an upload waits for its import; the name must be a uuid hex."""
    return _folder() / f"{uuid.UUID(hex=name).hex}.upload"


def upload_store(file_bytes: bytes) -> str:
    """Keep an upload for the next steps; returns its name. Older ones go after a day."""
    cutoff = time.time() - MAX_AGE
    for path in _folder().glob("*.upload"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
    name = uuid.uuid4().hex
    upload_path(name).write_bytes(file_bytes)
    return name


def token_make(**data: Any) -> str:
    return signing.dumps(data, salt=_SALT)


def token_read(token: str, *, user_id: int) -> dict[str, Any] | None:
    """The token's data if it is genuine, recent, the user's own and its file still there."""
    try:
        data = signing.loads(token or "", salt=_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    try:
        path = upload_path(data["name"])
    except (KeyError, TypeError, ValueError):
        return None
    if data.get("user") != user_id or not path.is_file():
        return None
    return data
