"""Admin views for spreadsheet imports: upload and preview, then import what was previewed.

The uploaded file waits under MEDIA_ROOT/imports/ between the two steps; the preview page carries
only a signed token naming it, and the file is deleted after the import (or after a day).
"""

import time
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from imports.forms import ImportUploadForm
from imports.services import ImportRejected, help_requests_import, import_preview, mentors_import

PERMISSIONS = {"mentors": "mentors.change_mentor", "requests": "founders.change_helprequest"}
MENU_PERMISSION = PERMISSIONS["mentors"]
_SALT = "imports.upload"
_MAX_AGE = 24 * 60 * 60
_IMPORTERS = {"mentors": mentors_import, "requests": help_requests_import}


def _folder() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
        (_folder() / f"{name}.upload").write_bytes(file_bytes)
        context["token"] = signing.dumps(
            {"name": name, "kind": kind, "filename": upload_file.name, "user": request.user.pk},
            salt=_SALT,
        )
    return TemplateResponse(request, "imports/upload.html", context)


@require_POST
def run(request: HttpRequest) -> HttpResponse:
    """Step 2: import exactly the previewed file, then delete it."""
    try:
        data = signing.loads(request.POST.get("token", ""), salt=_SALT, max_age=_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen."))
        return redirect("imports:upload")
    _allowed(request, data["kind"])
    path = _folder() / f"{uuid.UUID(hex=data['name']).hex}.upload"
    if data["user"] != request.user.pk or not path.is_file():
        messages.error(request, gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen."))
        return redirect("imports:upload")
    try:
        result = _IMPORTERS[data["kind"]](
            file_bytes=path.read_bytes(), filename=data["filename"], by=request.user
        )
    except ImportRejected as rejected:
        # The vocabulary changed between preview and import: nothing was written.
        for error in rejected.errors[:20]:
            messages.error(request, str(error))
        return redirect("imports:upload")
    finally:
        path.unlink(missing_ok=True)
    messages.success(
        request,
        gettext(
            "Import abgeschlossen: %(created)d neu, %(updated)d aktualisiert, "
            "%(skipped)d unverändert."
        )
        % {"created": result.created, "updated": result.updated, "skipped": result.skipped},
    )
    return redirect("imports:upload")
