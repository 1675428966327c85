"""Founders' everyday words and what the guides call the same thing, kept by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Synonym(models.Model):
    words = models.CharField(
        _("So schreiben es Gründer:innen"),
        max_length=200,
        unique=True,
        help_text=_("Ein Wort oder mehrere, durch Komma getrennt, z. B. „Geld, Kohle“."),
    )
    means = models.CharField(
        _("So heißt es in den Leitfäden"),
        max_length=300,
        help_text=_(
            "Wörter oder kurze Ausdrücke, durch Komma getrennt, "
            "z. B. „Finanzierung, Kredit, Förderung“."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")
        ordering = ["words"]

    def __str__(self) -> str:
        return f"{self.words} → {self.means}"
