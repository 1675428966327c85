"""The address of site search for the header, and nothing while search is not wired up."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def site_search_url() -> str:
    try:
        return reverse("site_search")
    except NoReverseMatch:
        return ""
