"""Admin views for spreadsheet imports: upload and preview, then import what was previewed.

The uploaded file waits under MEDIA_ROOT/imports/ between the two steps; the preview page carries
only a signed token naming it. The import itself runs in a django-q2 worker (imports.tasks) while
a status page shows its progress; the file is deleted after the import (or after a day).
"""

import time
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_q import tasks as q_tasks

from imports import progress
from imports.forms import ImportUploadForm
from imports.services import import_preview

PERMISSIONS = {"mentors": "mentors.change_mentor", "requests": "founders.change_helprequest"}
MENU_PERMISSION = PERMISSIONS["mentors"]
_SALT = "imports.upload"
_MAX_AGE = 24 * 60 * 60


def _folder() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def upload_path(name: str) -> Path:
    """Where an upload waits for its import; the name must be a uuid hex."""
    return _folder() / f"{uuid.UUID(hex=name).hex}.upload"


def _forget_stale_uploads() -> None:
    # Previews that were never imported: their files go after a day.
    cutoff = time.time() - _MAX_AGE
    for path in _folder().glob("*.upload"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _allowed(request: HttpRequest, kind: str) -> None:
    if not request.user.has_perm(MENU_PERMISSION) or not request.user.has_perm(PERMISSIONS[kind]):
        raise PermissionDenied


def upload(request: HttpRequest) -> HttpResponse:
    """Step 1: choose the list and the file; the answer is a preview with every error."""
    if not request.user.has_perm(MENU_PERMISSION):
        raise PermissionDenied
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "page_title": gettext("Liste importieren")}
    if request.method != "POST" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, "imports/upload.html", context, status=status)
    kind, upload_file = form.cleaned_data["kind"], form.cleaned_data["file"]
    _allowed(request, kind)
    file_bytes = upload_file.read()
    preview = import_preview(kind=kind, file_bytes=file_bytes, filename=upload_file.name)
    context["preview"] = preview
    if not preview.errors and preview.total:
        _forget_stale_uploads()
        name = uuid.uuid4().hex
        upload_path(name).write_bytes(file_bytes)
        context["token"] = signing.dumps(
            {
                "name": name,
                "kind": kind,
                "filename": upload_file.name,
                "user": request.user.pk,
                "total": preview.total,
            },
            salt=_SALT,
        )
    return TemplateResponse(request, "imports/upload.html", context)


@require_POST
def run(request: HttpRequest) -> HttpResponse:
    """Step 2: hand exactly the previewed file to a worker and show how far it has got."""
    try:
        data = signing.loads(request.POST.get("token", ""), salt=_SALT, max_age=_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen."))
        return redirect("imports:upload")
    _allowed(request, data["kind"])
    path = upload_path(data["name"])
    if data["user"] != request.user.pk or not path.is_file():
        messages.error(request, gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen."))
        return redirect("imports:upload")
    job_id = progress.job_create(
        kind=data["kind"],
        name=uuid.UUID(hex=data["name"]).hex,
        filename=data["filename"],
        user_id=request.user.pk,
        total=data.get("total", 0),
    )
    # Only the opaque job id goes to the queue: no names, addresses or file contents.
    q_tasks.async_task("imports.tasks.import_run", job_id)
    return redirect("imports:status", job_id=job_id)


def _job_for(request: HttpRequest, job_id: str) -> dict:
    """The job, if the requesting user started it; anyone else learns nothing (404)."""
    job = progress.job_get(job_id)
    if job is None or job["user"] != request.user.pk:
        raise Http404
    if not request.user.has_perm(MENU_PERMISSION):
        raise PermissionDenied
    return job


def _rows_text(done: int, total: int) -> str:
    return gettext("%(done)s von %(total)s Zeilen") % {
        "done": number_format(done, force_grouping=True),
        "total": number_format(total, force_grouping=True),
    }


def _message(job: dict) -> str:
    if job["state"] == progress.DONE:
        return (
            gettext(
                "Import abgeschlossen: %(created)d neu, %(updated)d aktualisiert, "
                "%(skipped)d unverändert."
            )
            % job["result"]
        )
    if job["state"] == progress.FAILED:
        if job["failure"] == "expired":
            return gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen.")
        if job["failure"] == "rejected":
            return gettext(
                "Die Datei wurde nicht importiert; es wurde nichts gespeichert. "
                "Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch."
            )
        return gettext("Der Import ist fehlgeschlagen; es wurde nichts gespeichert.")
    return _rows_text(job["done"], job["total"])


@never_cache
def status(request: HttpRequest, job_id: str) -> HttpResponse:
    """The progress of one import, refreshed by js/progress.js (or a meta refresh)."""
    job = _job_for(request, job_id)
    titles = {
        progress.RUNNING: gettext("Import läuft"),
        progress.DONE: gettext("Import fertig"),
        progress.FAILED: gettext("Import fehlgeschlagen"),
    }
    context = {
        "page_title": titles[job["state"]],
        "job": job,
        "running": job["state"] == progress.RUNNING,
        "message": _message(job),
        "rows_text": _rows_text(job["done"], job["total"]),
        "job_id": uuid.UUID(hex=job_id).hex,
    }
    return TemplateResponse(request, "imports/status.html", context)


@never_cache
def status_json(request: HttpRequest, job_id: str) -> JsonResponse:
    """The progress as {done, total, state: running|done|failed, message}."""
    job = _job_for(request, job_id)
    return JsonResponse(
        {
            "done": job["done"],
            "total": job["total"],
            "state": job["state"],
            "message": _message(job),
        }
    )
