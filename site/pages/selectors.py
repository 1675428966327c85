"""Reads for the page app: what the home page shows, and site search."""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Exists, F, OuterRef, QuerySet, Subquery
from django.db.models.lookups import StartsWith
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from pages.links import HELP_REQUEST_PATH, MENTOR_SIGNUP_PATH, in_current_language
from pages.translations import in_tree, tree_locale
from retrieval.selectors import GOOD_COVERAGE, pages_in_order, pages_retrieve

# Filled by the events app (events/wagtail_hooks.py): pages sits below it and may not import it.
HOME_EVENTS_HOOK = "pages_home_upcoming_events"  # fn(*, limit, locale_id) -> [Page], soonest first
MAX_RESULTS = 100  # pages a search lists at most


def public(pages: QuerySet[Page]) -> QuerySet[Page]:
    """Like PageQuerySet.public(), inside the same query (Wagtail's asks the database first)."""
    restricted_here_or_above = PageViewRestriction.objects.filter(
        StartsWith(OuterRef("path"), F("page__path"))
    )
    return pages.exclude(Exists(restricted_here_or_above))


def _model(label: str):
    """A page model of another app, or None while that app has none (guides, events)."""
    try:
        return apps.get_model(label)
    except LookupError:
        return None


# --- home page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryPath:
    title: str
    text: str
    url: str


@dataclass(frozen=True)
class HomeFigures:
    """Live figures for the home page. "Founders helped" needs matches (a later issue)."""

    mentors_active: int
    topics: int


def guide_index(*, locale_id: int) -> Page | None:
    """The guides' index page in one language's tree."""
    GuideIndexPage = _model("guides.GuideIndexPage")
    if GuideIndexPage is None:
        return None
    return (
        public(in_tree(GuideIndexPage.objects.live(), locale_id=locale_id)).order_by("path").first()
    )


def home_entry_paths(*, home: Page) -> list[EntryPath]:
    """The two ways in: founders to the guides (or to asking for help), experts to sign-up."""
    index = guide_index(locale_id=home.locale_id)
    founder_url = index.url if index is not None else in_current_language(HELP_REQUEST_PATH)
    return [
        EntryPath(
            title=_("Ich will gründen / Ich brauche Hilfe"),
            text=_(
                "Leitfäden in einfacher Sprache – und Expert:innen aus der Region, "
                "wenn Sie nicht weiterkommen."
            ),
            url=founder_url,
        ),
        EntryPath(
            title=_("Expert:in werden"),
            text=_("Geben Sie Ihr Wissen weiter: ein paar Stunden im Monat, in Ihrer Nähe."),
            url=in_current_language(MENTOR_SIGNUP_PATH),
        ),
    ]


def home_featured_guides(*, home: Page, preview: bool = False, limit: int = 3) -> list[Page]:
    """The live guides editors chose for the home page in their order, else the newest."""
    GuidePage = _model("guides.GuidePage")
    if GuidePage is None:
        return []
    if preview:
        # A preview shows the editor's unsaved choice, which modelcluster keeps in memory.
        chosen_ids = [item.page_id for item in home.featured_guides.all()]
        guides = GuidePage.objects.live().in_bulk(chosen_ids)
        return [guides[pk] for pk in chosen_ids if pk in guides]
    from pages.models import HomePageFeaturedGuide

    place = HomePageFeaturedGuide.objects.filter(home=home, page=OuterRef("pk"))
    chosen = (
        GuidePage.objects.live()
        .filter(Exists(place))
        .annotate(featured_place=Subquery(place.values("sort_order")[:1]))
        .order_by(F("featured_place").asc(nulls_last=True), "pk")
    )
    newest = in_tree(GuidePage.objects.live(), locale_id=home.locale_id)
    return list(chosen) or list(public(newest).order_by("-first_published_at", "-pk")[:limit])


def home_upcoming_events(*, home: Page, limit: int = 3) -> list[Page]:
    """The next events of the home's tree, as the events app (above this one) finds them."""
    events = [
        event
        for upcoming in hooks.get_hooks(HOME_EVENTS_HOOK)
        for event in upcoming(limit=limit, locale_id=home.locale_id)
    ]
    return events[:limit]


def home_figures() -> HomeFigures:
    from mentors.selectors import mentors_active_count
    from vocabulary.models import Topic

    return HomeFigures(mentors_active=mentors_active_count(), topics=Topic.objects.count())


# --- search ---------------------------------------------------------------------------------


def searchable_page_types() -> list[type[Page]]:
    """What site search covers: guides, events and standard pages."""
    labels = ("guides.GuidePage", "events.EventPage", "pages.StandardPage")
    return [model for label in labels if (model := _model(label)) is not None]


def pages_search(*, query: str) -> list[Page]:
    """Live, public guides, events and standard pages of the visitor's language that answer
    the query, best first.

    A page must answer at least half of the query's words: a search lists what fits, not
    everything that mentions one of them."""
    locale = tree_locale()
    pages = public(in_tree(Page.objects.live().type(*searchable_page_types()), locale_id=locale.pk))
    found = pages_retrieve(text=query, pages=pages, language=locale.language_code)
    ids = [r.page for r in found.ranked if r.coverage >= GOOD_COVERAGE][:MAX_RESULTS]
    return pages_in_order(pages=pages, ids=ids)
