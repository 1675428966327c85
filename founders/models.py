"""What a founder is: a person with an account and a home place."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Founder(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        on_delete=models.CASCADE,
        related_name="founder",
    )
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Gründer:in")
        verbose_name_plural = _("Gründer:innen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return str(self.user)
