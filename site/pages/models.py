"""Page types that present the site; they hold content, never business rules."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    intro = models.TextField(_("Einleitung"), blank=True)
    body = RichTextField(_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")


class StandardPage(Page):
    """Impressum, Datenschutz, Barrierefreiheit, Kontakt, Über uns: a title and text."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = RichTextField(_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")


def _page_link(verbose_name) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="link")
class FooterLinks(BaseSiteSetting):
    """The legally required pages every page links to; chosen by editors, not hard-coded."""

    imprint = _page_link(_("Impressum"))
    privacy = _page_link(_("Datenschutz"))
    accessibility = _page_link(_("Barrierefreiheit"))
    contact = _page_link(_("Kontakt"))

    panels = [
        FieldPanel("imprint"),
        FieldPanel("privacy"),
        FieldPanel("accessibility"),
        FieldPanel("contact"),
    ]

    class Meta:
        verbose_name = _("Fußzeilen-Links")
