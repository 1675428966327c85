"""The language switch: the address of the current page in another language."""

import functools

from django import template
from django.urls import get_urlconf, translate_url
from django.utils import translation

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
    return path_in_language(get_urlconf(), translation.get_language(), path, language) + (
        mark + query
    )
