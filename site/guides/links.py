"""Addresses guides link to that belong to other parts of the site (one place to change them)."""


def help_request_url(topic_slug: str) -> str:
    """The help-request form with the topic pre-filled (the form itself comes in a later issue)."""
    return f"/hilfe-anfragen/?thema={topic_slug}"
