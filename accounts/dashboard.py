"""Links other apps add to a person's dashboards (e.g. matching's "Meine Vermittlungen"),
and the page a person lands on after logging in, so accounts never imports those apps."""

from django.http import HttpRequest
from django.urls import reverse
from wagtail import hooks


def dashboard_links(request: HttpRequest) -> list[tuple[str, str]]:
    """(label, url) pairs from every `dashboard_links` hook that offers one to this user."""
    return [link for hook in hooks.get_hooks("dashboard_links") if (link := hook(request))]


# fn(user) -> URL of that person's own page, or None; the lowest `order` that answers wins
# (a mentor who also asked for help lands on her mentor page).
LOGIN_DESTINATION_HOOK = "login_destination"


def login_destination(user) -> str | None:
    """Where a person lands after logging in: their own page (a mentor's, a founder's), the
    admin for coordinators and editors, or None for the site's default."""
    for hook in hooks.get_hooks(LOGIN_DESTINATION_HOOK):
        if url := hook(user):
            return url
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return None
