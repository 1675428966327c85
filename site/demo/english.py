"""The demo's English tree: translations of the home page, the two indexes, the about page and
the guides of ``demo.content.english``; every other page appears under /en/ as an alias of its
German original (wagtail-localize's tree synchronisation), marked as German.

A page that already has an English version is left exactly as it is: editors may have changed
it. Translations are created as Wagtail does (``copy_for_translation``: same translation key,
below the translated parent), then filled in and published from a revision.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from demo.blocks import raw_block
from demo.content.about import ABOUT as ABOUT_DE
from demo.content.english import ABOUT, EVENT_INDEX, GUIDE_INDEX, GUIDES, HOME
from events.models import EventIndexPage
from guides.models import GuideIndexPage, GuidePage
from pages.models import HomePage, HomePageFeaturedGuide, StandardPage
from vocabulary.models import Topic


def _translated(page: Page, english: Locale, fields: dict) -> tuple[Page, bool]:
    """The page's English version, created from ``fields`` if it has none yet."""
    existing = page.get_translation_or_none(english)
    if existing is not None and existing.alias_of_id is None:
        return existing.specific, False
    if existing is not None:
        # The synchronisation made an alias before the demo knew a translation: replace it.
        existing.delete()
    parent = page.get_parent()
    # What copy_for_translation does, with the English slug and text from the start (a slug
    # changed afterwards would leave redirects from addresses nobody ever used).
    translation = page.specific.copy(
        to=parent if parent.is_root() else parent.get_translation(english),
        update_attrs={"locale": english, "slug": f"{page.slug}-en", **fields},
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        log_action="wagtail.copy_for_translation",
    )
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk), True


def _guide_fields(guide: dict, topics: dict[str, Topic]) -> dict:
    return {
        "title": guide["title"],
        "draft_title": guide["title"],
        "slug": guide["slug"],
        "intro": guide["intro"],
        "search_keywords": guide["keywords"],
        "body": [raw_block(kind, value, topics) for kind, value in guide["body"]],
    }


def _page_fields(content: dict) -> dict:
    return {**content, "draft_title": content["title"]}


@transaction.atomic
def demo_english_seed(*, home: HomePage, featured: tuple[str, ...]) -> int:
    """Translate the demo's pages that have an English text; alias the rest. Returns how many
    translations it created."""
    german, english = Locale.get_default(), Locale.objects.get(language_code="en")
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    created = 0
    english_home, new = _translated(home, english, _page_fields(HOME))
    created += new
    for model, content in ((GuideIndexPage, GUIDE_INDEX), (EventIndexPage, EVENT_INDEX)):
        index = model.objects.child_of(home).first()
        if index is not None:
            created += _translated(index, english, _page_fields(content))[1]
    about = StandardPage.objects.child_of(home).filter(slug=ABOUT_DE["slug"]).first()
    if about is not None:
        created += _translated(about, english, _page_fields(ABOUT))[1]
    for slug, guide in GUIDES.items():
        original = GuidePage.objects.filter(slug=slug, locale=german).first()
        if original is not None:
            created += _translated(original, english, _guide_fields(guide, topics))[1]
    if new:
        _featured_guides(english_home, featured=featured, english=english)
    synchronize_tree(german, english)
    return created


def _featured_guides(home: HomePage, *, featured: tuple[str, ...], english: Locale) -> None:
    """The English home features the English versions of the German home's guides."""
    home = HomePage.objects.get(pk=home.pk)  # with the children added since (numchild)
    guides = {
        guide.translation_key: guide
        for guide in GuidePage.objects.filter(locale=english, alias_of__isnull=True)
    }
    originals = GuidePage.objects.filter(slug__in=featured, locale=Locale.get_default())
    by_slug = {guide.slug: guides.get(guide.translation_key) for guide in originals}
    home.featured_guides = [
        HomePageFeaturedGuide(page=by_slug[slug], sort_order=order)
        for order, slug in enumerate(featured)
        if by_slug.get(slug) is not None
    ]
    home.save_revision().publish()
