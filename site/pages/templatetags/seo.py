"""What search engines and link previews read in <head>: description, canonical address, the
other language's address, Open Graph, and schema.org data as JSON-LD.

A Wagtail page names its translations as alternates and its own address as canonical; a page
not yet translated (an alias: German text under /en/) names its German original as canonical
and claims no English alternate. The site's own views are translated whole and name both."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import get_urlconf
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from pages.templatetags.languages import path_in_language
from pages.translations import page_content_language, page_translations

register = template.Library()

DESCRIPTION_LENGTH = 160
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def page_description(page) -> str:
    """The page's search description, else its intro, as one plain line of ≤ 160 characters."""
    text = getattr(page, "search_description", "") or getattr(page, "intro", "") or ""
    plain = " ".join(strip_tags(str(text)).split())
    return Truncator(plain).chars(DESCRIPTION_LENGTH)


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def page_canonical_url(page) -> str:
    """The address of the page's text in its own language (an alias's original), with host."""
    original = page_translations(page).get(page_content_language(page))
    return absolute_url((original.url if original else page.url) or "/")


def page_alternates(page) -> list[tuple[str, str]]:
    """hreflang links between a page's translations; none while it has only one language."""
    versions = page_translations(page)
    if len(versions) < 2:
        return []
    alternates = [(code, absolute_url(version.url or "/")) for code, version in versions.items()]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", absolute_url(default.url or "/")))
    return alternates


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context) -> dict:
    request = context.get("request")
    page = context.get("page")
    language = translation.get_language() or settings.LANGUAGE_CODE
    path = request.path if request else "/"
    if page is not None:
        canonical = page_canonical_url(page)
        alternates = page_alternates(page)
    else:
        in_language = {
            code: path_in_language(get_urlconf(), language, path, code)
            for code, _name in settings.LANGUAGES
        }
        canonical = absolute_url(path)
        alternates = [(code, absolute_url(url)) for code, url in in_language.items()]
        alternates.append(("x-default", absolute_url(in_language[settings.LANGUAGE_CODE])))
    description = (
        page_description(page) if page is not None else context.get("meta_description", "")
    ) or _(
        "Gründungshilfe für Herzogtum Lauenburg und Ludwigslust-Parchim: Leitfäden, "
        "Veranstaltungen und Expertinnen und Experten aus der Region, kostenlos."
    )
    title = (getattr(page, "seo_title", "") or page.title) if page is not None else ""
    return {
        "description": description,
        "title": title or "Landvorteil Mentoring",
        "canonical": canonical,
        "alternates": alternates,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": OG_LOCALES.get(
            page_content_language(page) if page is not None else language, "de_DE"
        ),
    }


@register.simple_tag
def json_ld(data: dict | None) -> str:
    """schema.org data as a JSON-LD block (a data block: never executed, no nonce needed)."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
