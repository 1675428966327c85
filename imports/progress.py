"""Import jobs in the cache: who started which file, and how far the worker has got.

The task queue only ever sees the job id (a uuid hex); the record behind it names the stored
upload, never its contents, and lives for a day at most.
"""

import uuid
from typing import Any

from django.core.cache import cache

RUNNING, DONE, FAILED = "running", "done", "failed"
STATES = (RUNNING, DONE, FAILED)
_PREFIX = "imports.job."
_TIMEOUT = 24 * 60 * 60


def _key(job_id: str) -> str:
    return f"{_PREFIX}{job_id}"


def job_create(
    *,
    kind: str,
    name: str,
    filename: str,
    user_id: int,
    total: int = 0,
    mapping: list[str] | None = None,
) -> str:
    """Remember a new import job and return its id (an opaque uuid hex)."""
    job_id = uuid.uuid4().hex
    cache.set(
        _key(job_id),
        {
            "kind": kind,
            "name": name,
            "filename": filename,
            "user": user_id,
            "state": RUNNING,
            "done": 0,
            "total": total,
            "mapping": mapping,
            "result": None,
            "failure": "",
            "errors": [],
        },
        _TIMEOUT,
    )
    return job_id


def job_get(job_id: str) -> dict[str, Any] | None:
    try:
        job_id = uuid.UUID(hex=job_id).hex
    except (TypeError, ValueError):
        return None
    return cache.get(_key(job_id))


def job_update(job_id: str, **changes: Any) -> dict[str, Any] | None:
    """Change some fields of a job; a job that has expired stays gone."""
    job = cache.get(_key(job_id))
    if job is None:
        return None
    job.update(changes)
    cache.set(_key(job_id), job, _TIMEOUT)
    return job
