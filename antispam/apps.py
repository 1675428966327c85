"""Spam protection for every public form: honeypot, minimum fill time, a sum, a rate limit."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AntispamConfig(AppConfig):
    name = "antispam"
    verbose_name = _("Spamschutz")
