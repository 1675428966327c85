"""Founders: the people who ask for help, and (in later steps) their help requests."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FoundersConfig(AppConfig):
    name = "founders"
    verbose_name = _("Gründer:innen")
