"""The imports app: bringing mentor and help-request lists from spreadsheets into the site."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "imports"
    verbose_name = _("Importe")
    default_auto_field = "django.db.models.BigAutoField"
