"""FooterLinks: the legally required pages every page links to, chosen by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

    # Every page renders the footer: one query for the setting and its four pages.
    select_related = ["imprint", "privacy", "accessibility", "contact"]

    panels = [
        FieldPanel("imprint"),
        FieldPanel("privacy"),
        FieldPanel("accessibility"),
        FieldPanel("contact"),
    ]

    class Meta:
        verbose_name = _("Fußzeilen-Links")
