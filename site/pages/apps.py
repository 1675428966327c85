"""The Wagtail page app: home, standard pages and the site-wide footer links."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Seiten")
