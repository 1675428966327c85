"""Reporting owns no data: one table-less model carries the permission to read the reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """Never stored: it only gives `reporting.view_report` a home (Django ties permissions to a
    model), so the role table can grant it like any other permission."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_report", _("Kann Berichte ansehen und exportieren"))]
        verbose_name = _("Bericht")
        verbose_name_plural = _("Berichte")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
