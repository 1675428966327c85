"""StandardPage: Über Landvorteil, Impressum, Datenschutz, Barrierefreiheit – a title and text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages.cache import CachedPageMixin


class StandardPage(CachedPageMixin, Page):
    """A title, an introduction and text."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = RichTextField(_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")
