"""Founding guides: the plain-German pages founders read before (or instead of) asking for help."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Leitfäden")
