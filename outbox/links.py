"""Absolute links for mails: a mail is read outside the site, in its reader's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def mail_link(*, name: str, language: str, **kwargs: object) -> str:
    """The URL named `name` with `kwargs`, under the language prefix the reader expects."""
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)
    return settings.SITE_URL.rstrip("/") + path
