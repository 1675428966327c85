"""An event's schema.org Event for search engines (the page template places it in <head>)."""

from django import template

from events.selectors import event_structured_data
from pages.templatetags.seo import json_ld, page_canonical_url

register = template.Library()


@register.simple_tag
def event_json_ld(event) -> str:
    return json_ld(event_structured_data(event=event, url=page_canonical_url(event)))
