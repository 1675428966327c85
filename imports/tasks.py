"""The import run by a django-q2 worker; its only argument is the job id, never personal data."""

import logging

from accounts.models import User
from imports import progress
from imports.services import ImportRejected, help_requests_import, mentors_import
from imports.uploads import upload_path

logger = logging.getLogger(__name__)

_IMPORTERS = {"mentors": mentors_import, "requests": help_requests_import}


def import_run(job_id: str) -> None:
    """Import the file the job names, report progress into the job, then delete the file."""
    job = progress.job_get(job_id)
    if job is None or job["state"] != progress.RUNNING:
        return  # expired, or already finished by an earlier attempt
    path = upload_path(job["name"])
    user = User.objects.filter(pk=job["user"]).first()
    if user is None or not path.is_file():
        path.unlink(missing_ok=True)
        progress.job_update(job_id, state=progress.FAILED, failure="expired")
        return

    def report(done: int, total: int) -> None:
        progress.job_update(job_id, done=done, total=total)

    try:
        result = _IMPORTERS[job["kind"]](
            file_bytes=path.read_bytes(),
            filename=job["filename"],
            by=user,
            progress=report,
            mapping=job.get("mapping"),
        )
    except ImportRejected as rejected:
        # The vocabulary changed between preview and import: nothing was written.
        progress.job_update(
            job_id,
            state=progress.FAILED,
            failure="rejected",
            errors=[str(error) for error in rejected.errors],
        )
        return
    except Exception:
        logger.exception("import job %s failed", job_id)
        progress.job_update(job_id, state=progress.FAILED, failure="crashed")
        raise
    finally:
        path.unlink(missing_ok=True)
    progress.job_update(
        job_id,
        state=progress.DONE,
        done=result.total,
        total=result.total,
        result={"created": result.created, "updated": result.updated, "skipped": result.skipped},
    )
