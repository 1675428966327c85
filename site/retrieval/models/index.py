"""The site's own search index: the terms of every page, per field, in ordinary tables.

Plain rows that SQLite and PostgreSQL store and look up alike (equality on a term); the ranking
happens in Python (retrieval.ranking), so both databases give the same answers."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class IndexedPage(models.Model):
    """One page in the index: its language, the length of each field, and its words."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    field_lengths = models.JSONField(default=dict)  # {"title": 4, "body": 812, ...}
    words = models.JSONField(default=dict)  # folded word → stem: the typo and compound lexicon
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Seite im Suchindex")
        verbose_name_plural = _("Seiten im Suchindex")

    def __str__(self) -> str:
        return f"{self.page_id} ({self.language})"


class IndexedTerm(models.Model):
    """How often a term occurs in one field of one page (a compound's parts count half)."""

    page = models.ForeignKey(IndexedPage, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=64)
    field = models.CharField(max_length=16)
    frequency = models.FloatField()
    length = models.PositiveIntegerField()  # words in this field of this page

    class Meta:
        verbose_name = _("Suchbegriff")
        verbose_name_plural = _("Suchbegriffe")
        indexes = [models.Index(fields=["term"], name="retrieval_term")]
        constraints = [
            models.UniqueConstraint(fields=["page", "field", "term"], name="retrieval_term_once")
        ]

    def __str__(self) -> str:
        return self.term


class IndexState(models.Model):
    """One row whose token changes with every change of the index (and rolls back with it).

    Each process keeps the index's lexicon in memory and reloads it when the token differs."""

    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = _("Stand des Suchindex")
        verbose_name_plural = _("Stand des Suchindex")

    def __str__(self) -> str:
        return str(self.token)
