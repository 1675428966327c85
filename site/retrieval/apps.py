"""Site search: one retrieval for the site search, the guide index and the request form."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetrievalConfig(AppConfig):
    name = "retrieval"
    verbose_name = _("Suche")

    def ready(self) -> None:
        from retrieval.receivers import connect_receivers

        connect_receivers()
