"""Questions that found no good guide, as anonymous words: content grows where founders ask."""

from django.db import models
from django.utils.translation import gettext_lazy as _

KEEP_DAYS = 90


class UnansweredQuestion(models.Model):
    class Source(models.TextChoices):
        SEARCH = "search", _("Suche auf der Website")
        REQUEST = "request", _("Hilfe-Anfrage")

    words = models.CharField(_("Wörter"), max_length=300)
    source = models.CharField(_("Woher"), max_length=8, choices=Source.choices)
    asked_on = models.DateField(_("Gefragt am"), db_index=True)
    best_guide = models.CharField(_("Bester Treffer"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("Frage ohne passenden Leitfaden")
        verbose_name_plural = _("Fragen ohne passenden Leitfaden")
        ordering = ["-asked_on", "-pk"]

    def __str__(self) -> str:
        return self.words
