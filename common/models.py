"""The shape every audit record of a status shares; each app keeps its own rows of it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusChange(models.Model):
    """One change of a status: from what, to what, by whom (a person, or nobody for the
    schedules), when, and why. Written in the transaction of the change itself."""

    from_status = models.CharField(_("von"), max_length=20)
    to_status = models.CharField(_("nach"), max_length=20)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("durch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("am"), auto_now_add=True)
    reason = models.CharField(_("Grund"), max_length=20, blank=True)

    class Meta:
        abstract = True
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"
