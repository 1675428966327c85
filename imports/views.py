"""Admin views for spreadsheet imports: upload; map the file's columns (once per layout of
headers: the mapping is remembered); preview with every error and a download of the file with
a "Fehler" column; then import exactly what was previewed.

The uploaded file waits under MEDIA_ROOT/imports/ between the steps (imports.uploads); pages
carry only a signed token naming it. The import runs in a django-q2 worker (imports.tasks)
while imports.status_views shows its progress; the file is deleted after the import.
"""

import uuid
from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from django_q import tasks as q_tasks

from imports import progress
from imports.forms import ColumnMappingForm, ImportUploadForm
from imports.headers import columns_exact, columns_guess, fields_of, header_trimmed
from imports.parsing import ImportRejected, table_read
from imports.preview import ImportPreview, import_preview
from imports.selectors import column_mapping_for
from imports.services import column_mapping_remember
from imports.uploads import token_make, token_read, upload_path, upload_store
from imports.writing import CSV_TYPE, XLSX_TYPE, error_report_bytes

PERMISSIONS = {"mentors": "mentors.change_mentor", "requests": "founders.change_helprequest"}
MENU_PERMISSION = PERMISSIONS["mentors"]


def _expired() -> str:
    return gettext("Die Vorschau ist abgelaufen. Bitte erneut hochladen.")


def allowed(request: HttpRequest, kind: str | None = None) -> None:
    """Coordinators with the right to change this kind of data (checked before anything else
    is read, so no one else learns even whether a token is valid)."""
    if not request.user.has_perm(MENU_PERMISSION):
        raise PermissionDenied
    if kind is not None and not request.user.has_perm(PERMISSIONS[kind]):
        raise PermissionDenied


def _upload_page(request: HttpRequest, context: dict, *, status: int = 200) -> HttpResponse:
    context = {"page_title": gettext("Liste importieren"), **context}
    context.setdefault("form", ImportUploadForm())
    return TemplateResponse(request, "imports/upload.html", context, status=status)


def upload(request: HttpRequest) -> HttpResponse:
    """Step 1: choose the list and the file; next the columns, or at once the preview when
    these headers were mapped before."""
    allowed(request)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return _upload_page(request, {"form": form}, status=400 if form.is_bound else 200)
    kind, upload_file = form.cleaned_data["kind"], form.cleaned_data["file"]
    allowed(request, kind)
    file_bytes = upload_file.read()
    try:
        header = header_trimmed(table_read(file_bytes=file_bytes, filename=upload_file.name)[0])
    except ImportRejected as rejected:
        preview = ImportPreview(columns=(), rows=[], total=0, errors=rejected.errors)
        return _upload_page(request, {"form": form, "preview": preview})
    data = {
        "name": upload_store(file_bytes),
        "kind": kind,
        "filename": PurePath(upload_file.name).name,
        "user": request.user.pk,
    }
    remembered = column_mapping_for(kind=kind, header=header)
    if remembered is not None:
        return _preview_page(request, data=data, mapping=remembered, remembered=True)
    exact = columns_exact(kind=kind, header=header)
    if exact is not None:  # our own format: nothing to ask
        return _preview_page(request, data=data, mapping=exact, remembered=False)
    return _mapping_page(request, data=data, header=header, file_bytes=file_bytes)


def _mapping_page(
    request: HttpRequest, *, data: dict, header: list[str], file_bytes: bytes
) -> HttpResponse:
    table = table_read(file_bytes=file_bytes, filename=data["filename"])
    examples = next((row for row in table[1:] if any(cell.strip() for cell in row)), [])
    guess = column_mapping_for(kind=data["kind"], header=header) or columns_guess(
        kind=data["kind"], header=header
    )
    initial = {f"column_{index}": name for index, name in enumerate(guess)}
    form = ColumnMappingForm(
        request.POST if "confirm_mapping" in request.POST else None,
        kind=data["kind"],
        header=header,
        examples=examples,
        initial=initial,
    )
    if form.is_bound and form.is_valid():
        mapping = form.mapping()
        column_mapping_remember(kind=data["kind"], header=header, fields=mapping, by=request.user)
        return _preview_page(request, data=data, mapping=mapping, remembered=False)
    context = {
        "page_title": gettext("Spalten zuordnen"),
        "form": form,
        "token": token_make(**data),
        "required": [str(field.label) for field in fields_of(data["kind"]) if field.required],
    }
    return TemplateResponse(
        request, "imports/mapping.html", context, status=400 if form.is_bound else 200
    )


def mapping(request: HttpRequest) -> HttpResponse:
    """Step 2: the file's columns with the program's guess; the coordinator confirms or
    corrects, and the mapping is kept for the next file with the same headers."""
    allowed(request)
    token = request.POST.get("token") or request.GET.get("token", "")
    data = token_read(token, user_id=request.user.pk)
    if data is None:
        messages.error(request, _expired())
        return redirect("imports:upload")
    allowed(request, data["kind"])
    data = {key: data[key] for key in ("name", "kind", "filename", "user")}
    file_bytes = upload_path(data["name"]).read_bytes()
    header = header_trimmed(table_read(file_bytes=file_bytes, filename=data["filename"])[0])
    return _mapping_page(request, data=data, header=header, file_bytes=file_bytes)


def _preview_page(
    request: HttpRequest, *, data: dict, mapping: list[str], remembered: bool
) -> HttpResponse:
    """Step 3: what the import would write, or every problem of every row."""
    file_bytes = upload_path(data["name"]).read_bytes()
    preview = import_preview(
        kind=data["kind"], file_bytes=file_bytes, filename=data["filename"], mapping=mapping
    )
    token = token_make(**data, mapping=mapping, total=preview.total)
    context = {
        "preview": preview,
        "remembered": remembered,
        "mapping_url": reverse("imports:mapping") + "?" + urlencode({"token": token}),
    }
    if preview.errors and preview.total:
        context["report_url"] = reverse("imports:report") + "?" + urlencode({"token": token})
    if not preview.errors and preview.total:
        context["token"] = token
    return _upload_page(request, context)


def report(request: HttpRequest) -> HttpResponse:
    """The uploaded file given back with a "Fehler" column: every row's problems beside it."""
    allowed(request)
    data = token_read(request.GET.get("token", ""), user_id=request.user.pk)
    if data is None or "mapping" not in data:
        messages.error(request, _expired())
        return redirect("imports:upload")
    allowed(request, data["kind"])
    file_bytes = upload_path(data["name"]).read_bytes()
    preview = import_preview(
        kind=data["kind"],
        file_bytes=file_bytes,
        filename=data["filename"],
        mapping=data["mapping"],
    )
    body = error_report_bytes(
        file_bytes=file_bytes, filename=data["filename"], errors=preview.errors
    )
    stem = PurePath(data["filename"]).stem
    is_csv = data["filename"].lower().endswith((".csv", ".txt"))
    response = HttpResponse(body, content_type=CSV_TYPE if is_csv else XLSX_TYPE)
    filename = f"{stem}-{gettext('fehler')}.{'csv' if is_csv else 'xlsx'}"
    response["Content-Disposition"] = f'attachment; filename="{_ascii(filename)}"'
    return response


def _ascii(name: str) -> str:
    """A download name any browser takes: no quotes, no line breaks, no umlauts."""
    return "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)


@require_POST
def run(request: HttpRequest) -> HttpResponse:
    """Step 4: hand exactly the previewed file and mapping to a worker; show its progress."""
    allowed(request)
    data = token_read(request.POST.get("token", ""), user_id=request.user.pk)
    if data is None or "mapping" not in data:
        messages.error(request, _expired())
        return redirect("imports:upload")
    allowed(request, data["kind"])
    job_id = progress.job_create(
        kind=data["kind"],
        name=uuid.UUID(hex=data["name"]).hex,
        filename=data["filename"],
        user_id=request.user.pk,
        total=data.get("total", 0),
        mapping=data["mapping"],
    )
    # Only the opaque job id goes to the queue: no names, addresses or file contents.
    q_tasks.async_task("imports.tasks.import_run", job_id)
    return redirect("imports:status", job_id=job_id)
