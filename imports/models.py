"""What the import remembers: how a coordinator mapped the columns of a layout of headers, so
the next file with the same headers is mapped without asking."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ColumnMapping(models.Model):
    kind = models.CharField(_("Art der Liste"), max_length=20)
    # headers.header_hash: the normalised header row, so case and spacing do not matter.
    header_hash = models.CharField(_("Kennung der Kopfzeile"), max_length=64)
    header = models.JSONField(_("Kopfzeile"), default=list)
    # The field of each column, in the file's order; "" for a column that is not imported.
    fields = models.JSONField(_("Felder"), default=list)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bestätigt von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("bestätigt am"), auto_now=True)

    class Meta:
        verbose_name = _("Spaltenzuordnung")
        verbose_name_plural = _("Spaltenzuordnungen")
        constraints = [
            models.UniqueConstraint(fields=["kind", "header_hash"], name="column_mapping_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(self.header)}"
