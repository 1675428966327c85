"""Demo pages: the guides, the events and the about page of ``demo.content``, each created once.

A page that already exists (found by its slug) is left exactly as it is, so re-running the demo
never overwrites what editors changed. New pages are created as drafts and then published from
a revision, as an editor would, so history, workflow and caches stay consistent.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from wagtail.models import Locale, Page, Site

from demo.blocks import raw_block
from demo.content.about import ABOUT
from demo.content.events import EVENTS
from demo.content.guides import GUIDES
from demo.english import demo_english_seed
from events.models import EventIndexPage, EventPage
from guides.models import GuideIndexPage, GuidePage
from pages.models import HomePage, HomePageFeaturedGuide, StandardPage
from retrieval.services import index_rebuild
from vocabulary.models import Place, Topic

FEATURED_GUIDES = ("gewerbe-anmelden", "steuern-fuer-gruenderinnen", "finanzierung-und-foerderung")

REGION_TIME = ZoneInfo("Europe/Berlin")

GUIDE_INDEX = {
    "slug": "leitfaeden",
    "title": "Leitfäden",
    "intro": (
        "Wissen für Ihre Gründung in einfacher Sprache: vom Gewerbe anmelden bis zur "
        "Nachfolge. Jeder Leitfaden endet mit dem Weg zu Expert:innen aus der Region."
    ),
}
EVENT_INDEX = {
    "slug": "veranstaltungen",
    "title": "Veranstaltungen",
    "intro": (
        "<p>Sprechstunden, Workshops, Pop-ups und Festivals in Herzogtum Lauenburg und "
        "Ludwigslust-Parchim.</p>"
    ),
}


class DemoHomeMissing(Exception):
    pass


def _home() -> HomePage:
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not isinstance(home, HomePage):
        raise DemoHomeMissing("The default site's root page is not the HomePage.")
    return home


def _publish(parent: Page, page: Page) -> Page:
    """Add ``page`` below ``parent`` as a draft, then publish it from its first revision."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _guide_index(home: HomePage) -> GuideIndexPage:
    index = GuideIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(home, GuideIndexPage(**GUIDE_INDEX))
    return index


def _event_index(home: HomePage) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(home, EventIndexPage(**EVENT_INDEX))
    return index


def _guides(index: GuideIndexPage, topics: dict[str, Topic]) -> int:
    created = 0
    for guide in GUIDES:
        if GuidePage.objects.filter(slug=guide["slug"]).exists():
            continue
        page = GuidePage(
            title=guide["title"],
            slug=guide["slug"],
            intro=guide["intro"],
            search_keywords=guide["keywords"],
            stages=list(guide["stages"]),
            last_reviewed=date.fromisoformat(guide["reviewed"]),
            review_due=date.fromisoformat(guide["review_due"]),
            body=[raw_block(kind, value, topics) for kind, value in guide["body"]],
        )
        page.topics = [topics[slug] for slug in guide["topics"]]
        _publish(index, page)
        created += 1
    return created


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=REGION_TIME)


def _events(index: EventIndexPage, topics: dict[str, Topic]) -> int:
    created = 0
    for event in EVENTS:
        if EventPage.objects.filter(slug=event["slug"]).exists():
            continue
        page = EventPage(
            title=event["title"],
            slug=event["slug"],
            intro=event["intro"],
            description=event["description"],
            start=_local(event["start"]),
            end=_local(event["end"]),
            format=event["format"],
            venue=event["venue"],
            place=Place.objects.filter(
                postcode=event["postcode"], locality=event["locality"]
            ).first(),
            registration_note=event["registration_note"],
            organiser=event.get("organiser", ""),
        )
        page.topics = [topics[slug] for slug in event["topics"]]
        _publish(index, page)
        created += 1
    return created


def _about(home: HomePage) -> int:
    if Page.objects.child_of(home).filter(slug=ABOUT["slug"]).exists():
        return 0
    _publish(home, StandardPage(**ABOUT))
    return 1


@transaction.atomic
def _featured_guides(home: HomePage) -> None:
    """The guides most founders start with, on the home page (only if editors chose none)."""
    if home.featured_guides.exists():
        return
    guides = {guide.slug: guide for guide in GuidePage.objects.filter(slug__in=FEATURED_GUIDES)}
    home.featured_guides = [
        HomePageFeaturedGuide(page=guides[slug], sort_order=order)
        for order, slug in enumerate(FEATURED_GUIDES)
        if slug in guides
    ]
    home.save_revision().publish()


def demo_pages_seed() -> dict[str, int]:
    """Create the demo guides, events and about page that do not exist yet.

    Returns how many of each now exist (live) in German, like ``demo_seed``: guides, events,
    about; and how many pages have an English translation.
    """
    home = _home()
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    _guides(_guide_index(home), topics)
    _events(_event_index(home), topics)
    _about(home)
    _featured_guides(home)
    demo_english_seed(home=home, featured=FEATURED_GUIDES)
    index_rebuild()  # compounds split against the whole lexicon, not the one of each moment
    german = Locale.get_default()
    return {
        "guides": GuidePage.objects.live().filter(locale=german).count(),
        "events": EventPage.objects.live().filter(locale=german).count(),
        "about": StandardPage.objects.live().filter(slug=ABOUT["slug"]).count(),
        "English translations": Page.objects.live()
        .filter(locale__language_code="en", alias_of__isnull=True)
        .count(),
    }
