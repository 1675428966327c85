"""Links other apps add to a person's dashboards (e.g. matching's "Meine Vermittlungen"),
so the dashboards never import those apps."""

from django.http import HttpRequest
from wagtail import hooks


def dashboard_links(request: HttpRequest) -> list[tuple[str, str]]:
    """(label, url) pairs from every `dashboard_links` hook that offers one to this user."""
    return [link for hook in hooks.get_hooks("dashboard_links") if (link := hook(request))]
