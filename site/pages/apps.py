"""The Wagtail page app: home, standard and contact pages, site search and the page cache."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Seiten")

    def ready(self) -> None:
        from pages.cache import connect_signals

        connect_signals()
