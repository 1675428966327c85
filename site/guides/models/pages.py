"""The guide pages: an index founders filter and search, and the guides themselves."""

from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from guides.blocks import GuideStreamBlock
from guides.models.stages import StageListField
from pages.cache import CachedPageMixin, route_to_child

REVIEW_INTERVAL = timedelta(days=365)


def _in_a_year() -> date:
    return timezone.localdate() + REVIEW_INTERVAL


class GuideIndexPage(CachedPageMixin, Page):
    """All guides, filterable by topic and founding stage, searchable."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["guides.GuidePage"]
    cache_query_parameters = ("q", "thema", "phase", "page")

    class Meta:
        verbose_name = _("Leitfaden-Übersicht")
        verbose_name_plural = _("Leitfaden-Übersichten")

    def route(self, request, path_components):
        # A guide in one query, with whether it is restricted (Wagtail needs three, and two
        # more for the restriction check).
        if path_components:
            routed = route_to_child(self, GuidePage.objects.all(), request, path_components)
            if routed is not None:
                return routed
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from guides.selectors import guide_index_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = guide_index_listing(index_page=self, params=request.GET)
        return context


class GuidePage(CachedPageMixin, Page):
    """A founding guide in plain German."""

    intro = models.TextField(
        _("Einleitung"), help_text=_("Zwei, drei Sätze: Worum geht es, für wen ist das?")
    )
    topics = ParentalManyToManyField(
        "vocabulary.Topic", verbose_name=_("Themen"), related_name="guides", blank=True
    )
    stages = StageListField(
        _("Gründungsphasen"), help_text=_("Für wen in welcher Phase ist der Leitfaden gedacht?")
    )
    last_reviewed = models.DateField(
        _("Stand"),
        default=timezone.localdate,
        help_text=_("Wann der Inhalt zuletzt fachlich geprüft wurde."),
    )
    review_due = models.DateField(
        _("Nächste Prüfung fällig am"),
        default=_in_a_year,
        db_index=True,
        help_text=_("Ist dieser Tag vorbei, erinnert eine E-Mail die Redaktion an die Prüfung."),
    )
    body = StreamField(GuideStreamBlock(), verbose_name=_("Inhalt"), blank=True)
    search_keywords = models.CharField(
        _("Stichwörter für die Suche"),
        max_length=500,
        blank=True,
        help_text=_(
            "Wörter, mit denen Gründer:innen nach diesem Thema fragen, auch umgangssprachlich, "
            "durch Komma getrennt (z. B. „Kredit, Darlehen, Bank“). Sie zählen fast so viel "
            "wie der Titel."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages"),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("body"),
        FieldPanel("search_keywords"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_due")],
            heading=_("Fachliche Prüfung"),
        ),
    ]
    # Titles carry the key noun ("Gewerbeanmeldung"), the intro says what the guide is about:
    # both count more than a passing mention in the body (retrieval.ranking weighs the fields).
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("search_keywords", boost=2),
        index.SearchField("body"),
        index.RelatedFields(
            "topics",
            [index.SearchField("name", boost=1.5), index.SearchField("name_en")],
        ),
        index.FilterField("review_due"),
    ]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    og_type = "article"  # for link previews (pages/templatetags/seo.py)
    cache_query_parameters = ("land", "plz")

    class Meta:
        verbose_name = _("Leitfaden")
        verbose_name_plural = _("Leitfäden")

    def clean(self) -> None:
        super().clean()
        if self.last_reviewed and self.review_due and self.review_due <= self.last_reviewed:
            raise ValidationError(
                {"review_due": _("Die nächste Prüfung muss nach dem Stand liegen.")}
            )

    @property
    def reading_minutes(self) -> int:
        from guides.selectors import guide_reading_minutes

        return guide_reading_minutes(guide=self)

    def has_land_passages(self) -> bool:
        return any(block["type"] == "land" for block in self.body.raw_data)

    def serve(self, request, *args, **kwargs):
        from guides.selectors import guide_land_choice

        if self.has_land_passages():
            choice = guide_land_choice(params=request.GET)
            if choice.land and request.GET.get("plz"):
                # A postcode that names a Land becomes the shareable ?land= address (and the
                # page cache keeps two variants, not one per postcode), at the address asked
                # for: the same page may answer in the other language's frame.
                return redirect(f"{request.path}?{urlencode({'land': choice.land})}")
            kwargs["land_choice"] = choice
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, land_choice=None, **kwargs):
        from guides.forms import LandChoiceForm

        context = super().get_context(request, *args, **kwargs)
        if land_choice is not None:
            context["land_choice"] = land_choice
            context["land_form"] = LandChoiceForm(
                initial={"plz": land_choice.query}, has_note=bool(land_choice.note)
            )
        return context
