"""The demo region: believable accounts, mentors, founders and pages for trying the service."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Demo-Region")
