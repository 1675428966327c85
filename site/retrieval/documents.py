"""What a page says, field by field, as the index weighs it (read from its Wagtail search fields).

Wagtail's `search_fields` already name what each page type offers to search; this maps them to
the index's fields: the title, the editors' keywords, the intro (or the search description), the
topics, and everything else as the body."""

from collections import defaultdict

from django.db.models import Manager
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

FIELD_OF = {
    "title": "title",
    "search_keywords": "keywords",
    "intro": "intro",
    "search_description": "intro",
    "topics": "topics",
}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return strip_tags(str(value))


def _related_texts(page: Page, field: index.RelatedFields) -> list[str]:
    related = field.get_value(page)
    if related is None:
        return []
    objects = related.all() if isinstance(related, Manager) else [related]
    return [
        _text(sub.get_value(obj))
        for obj in objects
        for sub in field.fields
        if isinstance(sub, index.SearchField)
    ]


def page_fields(page: Page) -> dict[str, str]:
    """The index's fields of a page (its specific instance) with their plain text."""
    texts: dict[str, list[str]] = defaultdict(list)
    texts["intro"].append(page.search_description or "")
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField):
            texts[FIELD_OF.get(field.field_name, "body")].append(_text(field.get_value(page)))
        elif isinstance(field, index.RelatedFields):
            texts[FIELD_OF.get(field.field_name, "body")].extend(_related_texts(page, field))
    return {name: " ".join(t for t in parts if t) for name, parts in texts.items()}


def page_language(page: Page) -> str:
    return (page.locale.language_code if page.locale_id else "de").split("-")[0]
