"""Addresses of pages other issues build; one place to change them when they exist."""

from django.conf import settings
from django.utils import translation

# The mentor sign-up ("Expert:in werden") and the help request form come with later issues.
MENTOR_SIGNUP_PATH = "/expertin-werden/"
HELP_REQUEST_PATH = "/hilfe-anfragen/"


def in_current_language(path: str) -> str:
    """German lives at /, other languages under their prefix (/en/...)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"
