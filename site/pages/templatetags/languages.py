"""The language switch: the address of the current page in another language, and the note on
a page whose text is not in the language of the site around it."""

import functools

from django import template
from django.urls import get_urlconf, translate_url
from django.utils import translation
from wagtail.models import Page

from pages.translations import page_content_language
from pages.translations import page_in_language as page_version

register = template.Library()


@functools.lru_cache(maxsize=4096)
def path_in_language(urlconf, active: str, path: str, language: str) -> str:
    # Every page links both languages: resolving and reversing its path twice per request cost
    # more than the rest of the footer. The answer depends on these arguments only.
    with translation.override(active):
        return translate_url(path, language)


@register.simple_tag(takes_context=True)
def page_in_language(context, language: str) -> str:
    request = context.get("request")
    if not request:
        return "/"
    path, mark, query = request.get_full_path().partition("?")
    page = _wagtail_page(context)
    version = page_version(page, language) if page is not None else None
    if version is not None:
        # The other tree's version of a page has its own address (a translated slug).
        return (version.url or "/") + mark + query
    return path_in_language(get_urlconf(), translation.get_language(), path, language) + (
        mark + query
    )


@register.simple_tag(takes_context=True)
def content_language(context) -> str:
    """The language of the page's own text: German for a page not yet translated."""
    page = _wagtail_page(context)
    return translation.get_language() if page is None else page_content_language(page)


def _wagtail_page(context) -> Page | None:
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None
