"""Admin downloads of the mentors and the current help requests, as .xlsx or CSV, in the
format the import reads: a list exported, edited in Excel and imported again round-trips."""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext

from imports.selectors import export_header, help_requests_export_rows, mentors_export_rows
from imports.views import allowed
from imports.writing import CSV_TYPE, XLSX_TYPE, table_bytes


def _download(request: HttpRequest, *, kind: str, rows, stem: str) -> HttpResponse:
    allowed(request, kind)
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    body = table_bytes(header=export_header(kind), rows=rows, fmt=fmt)
    response = HttpResponse(body, content_type=CSV_TYPE if fmt == "csv" else XLSX_TYPE)
    filename = f"{stem}-{timezone.localdate().isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"  # personal data: never kept on the way
    return response


def mentors_export(request: HttpRequest) -> HttpResponse:
    return _download(
        request, kind="mentors", rows=mentors_export_rows(), stem=gettext("expertinnen")
    )


def requests_export(request: HttpRequest) -> HttpResponse:
    return _download(
        request, kind="requests", rows=help_requests_export_rows(), stem=gettext("anfragen")
    )
