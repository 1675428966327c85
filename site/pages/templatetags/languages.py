"""The language switch: the address of the current page in another language."""

from django import template
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def page_in_language(context, language: str) -> str:
    request = context.get("request")
    return translate_url(request.get_full_path(), language) if request else "/"
