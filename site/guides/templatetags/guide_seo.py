"""A guide's schema.org Article for search engines (the page template places it in <head>)."""

from django import template

from guides.selectors import guide_structured_data
from pages.templatetags.seo import json_ld, page_canonical_url

register = template.Library()


@register.simple_tag
def guide_json_ld(guide) -> str:
    return json_ld(guide_structured_data(guide=guide, url=page_canonical_url(guide)))
