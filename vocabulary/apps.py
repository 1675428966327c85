"""Shared vocabulary every app may import without cycles: places and the service region."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabularyConfig(AppConfig):
    name = "vocabulary"
    verbose_name = _("Gemeinsame Begriffe")
