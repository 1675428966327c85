"""The report in the Wagtail admin, and the same figures as CSV. Thin: the figures come from
reporting.page, which the two views share."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext

from reporting.export import tables_csv
from reporting.forms import MONTH_FORMAT, ReportFilterForm
from reporting.page import report_page

PERMISSION = "reporting.view_report"


def _page(request: HttpRequest):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = ReportFilterForm(request.GET)
    period, area = form.selection()
    return form, report_page(period=period, area=area)


def report(request: HttpRequest) -> HttpResponse:
    form, page = _page(request)
    query = request.GET.urlencode()
    return TemplateResponse(
        request,
        "reporting/admin/report.html",
        {
            "page_title": gettext("Auswertung"),
            "form": form,
            "page": page,
            "csv_url": reverse("reporting:csv") + (f"?{query}" if query else ""),
        },
    )


def report_csv(request: HttpRequest) -> HttpResponse:
    _form, page = _page(request)
    name = "-".join(
        [
            "landvorteil-bericht",
            page.period.first.strftime(MONTH_FORMAT),
            page.period.last.strftime(MONTH_FORMAT),
            *([page.area.name] if page.area else []),
        ]
    )
    response = HttpResponse(
        tables_csv(list(page.tables.values())), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(name)}.csv"'
    return response
