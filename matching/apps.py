"""Matching: the pure engine core and its Django adapter (runs, proposals, the match lifecycle)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = _("Vermittlung")
