"""Founding guides: the plain-German pages founders read before (or instead of) asking for help."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Leitfäden")

    def ready(self) -> None:
        from founders.signals import help_request_confirmed
        from guides.services import guides_setup_after_migrate, help_request_confirmed_received

        post_migrate.connect(guides_setup_after_migrate, dispatch_uid="guides.setup")
        help_request_confirmed.connect(help_request_confirmed_received, dispatch_uid="guides.gap")
