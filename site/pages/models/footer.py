"""FooterLinks: the legally required pages every page links to, chosen by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale


def _page_link(verbose_name) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


FOOTER_PAGES = ("imprint", "privacy", "accessibility", "contact")


def _version_in(page, locale: Locale):
    if page is None or page.locale_id == locale.pk:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else page


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

    def localized(self) -> dict:
        """The four pages as Page.localized gives them (the live version in the active
        language's tree, else the page itself), looking the active locale up once, not four
        times."""
        pages = {name: getattr(self, name) for name in FOOTER_PAGES}
        if not any(pages.values()):
            return pages
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            return pages
        return {name: _version_in(page, locale) for name, page in pages.items()}

    class Meta:
        verbose_name = _("Fußzeilen-Links")
