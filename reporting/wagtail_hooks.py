"""The report in the Wagtail admin: its URLs, a menu item, a link on the admin home page, and
its permission in the group editor."""

from django.contrib.auth.models import Permission
from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from reporting.views import PERMISSION


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(PERMISSION)


class ReportPanel(Component):
    """On the admin home page: where the figures for funders are."""

    name = "reporting_link"
    order = 60
    template_name = "reporting/admin/home_panel.html"

    def get_context_data(self, parent_context=None):
        return {"report_url": reverse("reporting:report")}


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("berichte/", include("reporting.urls", namespace="reporting"))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Auswertung"), reverse("reporting:report"), icon_name="table", order=330
    )


@hooks.register("construct_homepage_panels")
def add_report_panel(request: HttpRequest, panels: list) -> None:
    if request.user.has_perm(PERMISSION):
        panels.append(ReportPanel())


@hooks.register("register_permissions")
def register_report_permission():
    return Permission.objects.filter(content_type__app_label="reporting", codename="view_report")
