"""Reads for guides: which Land a visitor chose, which guides the index lists, reading time,
and which guides are due for review."""

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.models import User
from accounts.roles import Role
from guides.blocks import REGION_LANDS
from guides.forms import GuideFilterForm
from guides.models import GuidePage, Stage
from guides.models.stages import stage_lookup
from pages.cache import cache as page_store
from pages.selectors import public
from pages.translations import in_tree, originals, tree_locale
from retrieval.selectors import pages_in_order, pages_retrieve
from vocabulary.forms import PlaceField
from vocabulary.models import Place, Topic
from vocabulary.selectors import place_for_postcode

WORDS_PER_MINUTE = 200
READING_MINUTES_SECONDS = 24 * 60 * 60
GUIDES_PER_PAGE = 10
MAX_FOUND = 100  # guides a search lists at most
_REGION_LANDS = dict(REGION_LANDS)

# --- Land-aware passages -----------------------------------------------------------------


@dataclass(frozen=True)
class LandChoice:
    """The Land whose passages a guide shows; an empty land shows the passages of all."""

    land: str = ""
    query: str = ""  # what the visitor typed into the postcode box
    place: Place | None = None
    note: str = ""  # why the typed text chose no Land

    @property
    def land_label(self) -> str:
        return str(_REGION_LANDS.get(self.land, ""))


def region_land_for_place(*, place: Place) -> str:
    """The region's Land of a place ("SH" or "MV"), or "" for places elsewhere."""
    return place.land if place.land in _REGION_LANDS else ""


def land_for_postcode(*, postcode: str) -> str:
    """The region's Land a postcode lies in ("SH", "MV"), or "" (unknown or elsewhere)."""
    place = place_for_postcode(postcode.strip())
    return region_land_for_place(place=place) if place else ""


def guide_land_choice(*, params: Mapping[str, str]) -> LandChoice:
    """?land=SH|MV chooses directly; ?plz= (postcode, place name or both) chooses by place."""
    land = (params.get("land") or "").strip().upper()
    if land in _REGION_LANDS:
        return LandChoice(land=land)
    text = " ".join((params.get("plz") or "").split())[:120]
    if not text:
        return LandChoice()
    try:
        place = PlaceField(required=False).clean(text)
    except ValidationError as error:
        return LandChoice(query=text, note=" ".join(error.messages))
    if place is None:
        return LandChoice()
    land = region_land_for_place(place=place)
    if not land:
        note = _(
            "%(place)s liegt nicht in Schleswig-Holstein oder Mecklenburg-Vorpommern. "
            "Wir zeigen Ihnen deshalb die Hinweise für beide Länder."
        ) % {"place": place}
        return LandChoice(query=text, place=place, note=note)
    return LandChoice(land=land, query=text, place=place)


# --- reading time ----------------------------------------------------------------------------


def guide_reading_minutes(*, guide: GuidePage) -> int:
    """Minutes to read intro and body at about 200 words a minute; at least one.

    Kept in the cache under a digest of the text itself: walking the body's blocks is a good
    part of rendering a guide, and the digest changes with any edit (a preview included)."""
    raw = json.dumps([guide.intro, guide.body.get_prep_value()], sort_keys=True, default=str)
    key = "guides:reading-minutes:" + hashlib.sha256(raw.encode()).hexdigest()

    def count() -> int:
        texts = [guide.intro, *guide.body.stream_block.get_searchable_content(guide.body)]
        words = sum(len(strip_tags(text).split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    return page_store.get_or_set(key, count, timeout=READING_MINUTES_SECONDS)


# --- the index -------------------------------------------------------------------------------


@dataclass
class GuideListing:
    """Everything the index template shows: the form, the current page of guides, the filters."""

    form: GuideFilterForm
    page: PaginatorPage
    topic: Topic | None = None
    stage: str = ""
    query: str = ""
    filter_params: dict[str, str] = field(default_factory=dict)

    @property
    def stage_label(self) -> str:
        return str(Stage(self.stage).label) if self.stage else ""

    @property
    def is_filtered(self) -> bool:
        return bool(self.filter_params)

    def page_url(self, number: int) -> str:
        return "?" + urlencode({**self.filter_params, "page": number})

    @property
    def previous_url(self) -> str:
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""


def guides_filtered(
    *, index_page: Page, topic: Topic | None = None, stage: str = "", query: str = ""
) -> QuerySet[GuidePage] | list[GuidePage]:
    """Live guides below the index, by topic and stage, ranked by the search query if any."""
    guides = GuidePage.objects.live().descendant_of(index_page)
    if topic is not None:
        guides = guides.filter(topics=topic)
    if stage:
        guides = guides.filter(**stage_lookup(stage))
    if query:
        language = index_page.locale.language_code
        found = pages_retrieve(text=query, pages=guides, language=language)
        return pages_in_order(pages=guides, ids=[r.page for r in found.ranked[:MAX_FOUND]])
    return guides.order_by("path")


def guides_suggested(*, topic_slugs: list[str], words: str, limit: int) -> list[GuidePage]:
    """Up to `limit` live public guides: found by the words (topic matches first), else by topic.

    For founders writing a help request (registered for them in guides/wagtail_hooks.py)."""
    return guides_suggestion(topic_slugs=topic_slugs, words=words, limit=limit).guides


@dataclass(frozen=True)
class Suggestion:
    guides: list[GuidePage]
    answered: bool  # a guide answers at least half of the words (else a gap in the content)


def guides_suggestion(*, topic_slugs: list[str], words: str, limit: int) -> Suggestion:
    """The suggested guides and whether they answer the words (guides of the chosen topics are
    lifted a little; with no words, the topics' newest guides)."""
    if not topic_slugs and not words.strip():
        return Suggestion([], False)  # nothing to go by; .public() would ask the database even so
    locale = tree_locale()
    guides = public(in_tree(GuidePage.objects.live(), locale_id=locale.pk))
    by_topic = list(
        guides.filter(topics__slug__in=topic_slugs)
        .distinct()
        .order_by("-last_published_at", "pk")[:50]
        if topic_slugs
        else []
    )
    words = " ".join(words.split())
    if not words:
        return Suggestion(by_topic[:limit], False)
    found = pages_retrieve(
        text=words,
        pages=guides,
        language=locale.language_code,
        lifted={guide.pk for guide in by_topic},
    )
    best = pages_in_order(pages=guides, ids=[r.page for r in found.ranked[:limit]])
    seen = {guide.pk for guide in best}
    rest = [guide for guide in by_topic if guide.pk not in seen]
    return Suggestion([*best, *rest][:limit], found.answered)


def guide_index_listing(*, index_page: Page, params: Mapping[str, str]) -> GuideListing:
    """The index for the GET parameters q, thema, phase and page (bad values are ignored)."""
    topics = list(Topic.objects.order_by("sort_order", "name"))
    form = GuideFilterForm(params, topics=topics)
    form.is_valid()
    cleaned = {name: form.cleaned_data.get(name, "") for name in ("q", "thema", "phase")}
    topic = next((t for t in topics if t.slug == cleaned["thema"]), None)
    stage = cleaned["phase"] if cleaned["phase"] in Stage.values else ""
    query = " ".join((cleaned["q"] or "").split())
    guides = guides_filtered(index_page=index_page, topic=topic, stage=stage, query=query)
    page = Paginator(guides, GUIDES_PER_PAGE).get_page(params.get("page"))
    page.object_list = list(page.object_list)  # evaluated once, topics fetched in one query
    prefetch_related_objects(page.object_list, "topics")
    filter_params = {
        key: value
        for key, value in (("q", query), ("thema", topic.slug if topic else ""), ("phase", stage))
        if value
    }
    return GuideListing(
        form=form, page=page, topic=topic, stage=stage, query=query, filter_params=filter_params
    )


# --- review ----------------------------------------------------------------------------------


def guides_review_overdue(*, on: date | None = None) -> QuerySet[GuidePage]:
    """Published guides whose review date has passed, the longest overdue first."""
    on = on or timezone.localdate()
    guides = originals(GuidePage.objects.live())  # an alias is reviewed with its original
    return guides.filter(review_due__lt=on).order_by("review_due", "title")


def editors_to_remind() -> QuerySet[User]:
    """Active users in the Editor group (the ones who review guides)."""
    return (
        User.objects.filter(is_active=True, groups__name=Role.EDITOR.value)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


# --- structured data -------------------------------------------------------------------------


def guide_structured_data(*, guide: GuidePage, url: str) -> dict:
    """schema.org Article for a guide: what it is about and its "Stand" (last reviewed)."""
    return {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": guide.title,
        "description": " ".join(strip_tags(guide.intro).split()),
        "url": url,
        "inLanguage": "de",
        "dateModified": guide.last_reviewed.isoformat(),
        "datePublished": (guide.first_published_at or timezone.now()).date().isoformat(),
        "publisher": {"@type": "Organization", "name": "Landvorteil Mentoring"},
    }
