"""The privacy app: self-service export, consent withdrawal and account deletion."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Datenschutz")

    def ready(self) -> None:
        # Models of libraries cannot carry the decorator; they are registered here instead.
        from privacy import library_models

        library_models.register()
