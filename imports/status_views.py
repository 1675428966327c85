"""The progress of an admin import, as a page and as JSON for js/progress.js; only the
coordinator who started it sees it."""

import uuid

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from imports import progress
from imports.views import MENU_PERMISSION


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
