"""The import in the Wagtail admin: its URLs and a menu item for coordinators."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from imports.views import MENU_PERMISSION


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(MENU_PERMISSION)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("imports/", include("imports.urls", namespace="imports"))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Listen importieren"), reverse("imports:upload"), icon_name="upload", order=900
    )
