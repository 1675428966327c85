"""A page's language and its versions in the other languages.

Each language has its own page tree (Wagtail's localisation). The English tree follows the
German one: a German page that nobody has translated yet stands there as an alias, which shows
the German text. Such a page is German content under an English address, so it is announced as
German (a note and ``lang="de"``), never offered to search engines as an English alternate, and
not counted twice in lists and search.
"""

from typing import NamedTuple

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale, Page

from pages.cache import VERSION_KEY, cache, page_cache_version

VERSIONS_PREFIX = "pages:versions:"
VERSIONS_SECONDS = 60 * 60  # a new content version makes entries stale sooner; this frees memory


class Version(NamedTuple):
    """One language's version of a page: a translation, or an alias (``alias_of`` set)."""

    language: str
    alias_of: int | None
    pk: int
    url: str


def active_locale() -> Locale:
    """The locale of the active language; the German one where that has no locale."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def tree_locale() -> Locale:
    """The locale of the tree that answers in the active language: its own, or the German one
    while that language has no home page of its own (as Wagtail routes, Page.localized)."""
    locale = active_locale()
    if (
        locale.pk != Locale.get_default().pk
        and not Page.objects.filter(depth=2, locale=locale).exists()
    ):
        return Locale.get_default()
    return locale


def in_tree(pages: QuerySet[Page], *, locale_id: int) -> QuerySet[Page]:
    """Only the pages of one language's tree: each page once, not once per tree."""
    return pages.filter(locale_id=locale_id)


def originals(pages: QuerySet[Page]) -> QuerySet[Page]:
    """Pages with text of their own: no alias (an alias repeats another page's text)."""
    return pages.filter(alias_of__isnull=True)


def _versions_read(page: Page) -> list[Version]:
    return [
        Version(version.locale.language_code, version.alias_of_id, version.pk, version.get_url())
        for version in page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .order_by("locale__language_code")
    ]


def _versions(page: Page) -> list[Version]:
    """The page's live versions, kept with the content version (they change only on publish,
    move or delete, which start a new one) and on the page object for the rest of the request."""
    found = page.__dict__.get("_language_versions")
    if found is not None:
        return found
    key = f"{VERSIONS_PREFIX}{page.pk}"
    stored = cache.get_many([VERSION_KEY, key])
    content_version = stored.get(VERSION_KEY) or page_cache_version()
    entry = stored.get(key)
    if entry is not None and entry[0] == content_version:
        found = entry[1]
    else:
        found = _versions_read(page)
        cache.set(key, (content_version, found), timeout=VERSIONS_SECONDS)
    page.__dict__["_language_versions"] = found
    return found


def page_content_language(page: Page) -> str:
    """The language the page's text is written in. Aliases come only from the English tree's
    synchronisation with the German one (pages/migrations/0004), so an alias's text is German."""
    if page.alias_of_id is None:
        for version in _versions(page):
            if version.pk == page.pk:
                return version.language
    return settings.LANGUAGE_CODE


def page_in_language(page: Page, language: str) -> Version | None:
    """The page's version in the tree of ``language`` (a translation or an alias), if live."""
    return next((version for version in _versions(page) if version.language == language), None)


def page_translations(page: Page) -> dict[str, Version]:
    """The versions with text of their own, by language: what hreflang may name."""
    return {version.language: version for version in _versions(page) if version.alias_of is None}
