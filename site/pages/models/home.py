"""HomePage: the front door with two entry paths, featured guides, next events and figures."""

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.cache import CachedPageMixin


class HomePage(CachedPageMixin, Page):
    intro = models.TextField(_("Einleitung"), blank=True)
    body = RichTextField(_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "featured_guides",
            label=_("Ausgewählte Leitfäden"),
            heading=_("Ausgewählte Leitfäden"),
            help_text=_("Ohne Auswahl zeigt die Startseite die drei neuesten Leitfäden."),
            max_num=6,
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1  # one home per language tree

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from pages import selectors

        context = super().get_context(request, *args, **kwargs)
        context["entry_paths"] = selectors.home_entry_paths(home=self)
        context["featured_guides"] = selectors.home_featured_guides(
            home=self, preview=getattr(request, "is_preview", False)
        )
        context["upcoming_events"] = selectors.home_upcoming_events(home=self)
        context["figures"] = selectors.home_figures()
        return context


class HomePageFeaturedGuide(Orderable):
    """A guide an editor puts on the home page, in the order chosen."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_guides")
    # A page link restricted to guides in the chooser: the guides app stays free to change.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Leitfaden"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", page_type="guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("Ausgewählter Leitfaden")
        verbose_name_plural = _("Ausgewählte Leitfäden")
