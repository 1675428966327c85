"""Every address of the site, read from the URLconf, with what protects it.

Each of our routes is listed here with its kind; tests/security/test_idor.py attacks every
"owned", "self" and "admin" route with every other role, test_signed_links.py every "token"
route. A route that appears in the URLconf without an entry here fails test_url_coverage.py.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

# Wagtail's own admin areas (pages, images, users …) and wagtail-localize's (locales,
# translations): guarded by Wagtail's permissions and their own tests. Anything else under
# /admin/ is ours and must be attacked below.
WAGTAIL_ADMIN_AREAS = frozenset(
    [
        "^.*",
        "account",
        "api",
        "block-preview",
        "bulk",
        "choose-anchor-link",
        "choose-email-link",
        "choose-external-link",
        "choose-page",
        "choose-phone-link",
        "collections",
        "dismissibles",
        "documents",
        "editing-sessions",
        "embeds",
        "failwhale",
        "forms",
        "groups",
        "images",
        "jsi18n",
        "locales",
        "localize",
        "login",
        "logout",
        "pages",
        "password_reset",
        "redirects",
        "reports",
        "settings",
        "sites",
        "snippets",
        "sprite",
        "tag-autocomplete",
        "test404",
        "users",
        "workflows",
    ]
)
# Our admin areas and the object of the world fixture their <pk> stands for.
ADMIN_OBJECTS = {
    "help-requests": "request",
    "mentors": "pending_mentor",
    "matching/runs": "run",
    "matching/matches": "proposal",
    "matching/requests": "request",
    "matching/stalled": None,
    "outbox/mails": "mail",
    "outbox/suppressed": "suppressed",
    "place": "place",
    "berichte": None,
    "imports": None,
    "berufe": "profession_title",
    "consultations/days": "day",
    "support/tracks": "track",
}
# Libraries' public endpoints: nothing of ours behind them, or protected by the library.
LIBRARY_PREFIXES = ("anymail/", "documents/", "_util/")


@dataclass(frozen=True)
class Route:
    """kind: "owned" (one user's object by pk), "self" (acts only on the logged-in user),
    "token" (a signed link), "public" (no object, open to all), "admin" (coordinators)."""

    kind: str
    url: Callable[[dict], str] | None = None
    owners: tuple[str, ...] = ()
    attack: dict = field(default_factory=dict)  # what another role posts
    why: str = ""


ROUTES: dict[str, Route] = {
    # founders
    "hilfe-anfragen/": Route("public", why="the request form (CSRF, rate limit, injection)"),
    "hilfe-anfragen/gesendet/": Route("public", why="a thank-you page"),
    "hilfe-anfragen/bestaetigen/<str:token>/": Route("token"),
    "hilfe-anfragen/weiter-suchen/<str:token>/": Route("token"),
    "hilfe-anfragen/meine-anfragen/": Route("self", lambda w: "/hilfe-anfragen/meine-anfragen/"),
    "hilfe-anfragen/meine-anfragen/<int:pk>/aendern/": Route(
        "owned",
        lambda w: f"/hilfe-anfragen/meine-anfragen/{w['request'].pk}/aendern/",
        owners=("founder_a",),
        attack={"description": "übernommen " * 10, "stage": "idea", "place": "23909"},
    ),
    "hilfe-anfragen/meine-anfragen/<int:pk>/zurueckziehen/": Route(
        "owned",
        lambda w: f"/hilfe-anfragen/meine-anfragen/{w['request'].pk}/zurueckziehen/",
        owners=("founder_a",),
    ),
    "hilfe-anfragen/leitfaeden/": Route("public", why="published guides as JSON"),
    "hilfe-anfragen/beantwortet/": Route("public", why="an anonymous count"),
    # mentors
    "expertin-werden/": Route("public", why="the registration form"),
    "expertin-werden/danke/": Route("public", why="a thank-you page"),
    "expertin-werden/profil/": Route("self", lambda w: "/expertin-werden/profil/"),
    "expertin-werden/profil/kapazitaet/": Route(
        "self", lambda w: "/expertin-werden/profil/kapazitaet/", attack={"capacity": "9"}
    ),
    "expertin-werden/profil/pause/": Route(
        "self", lambda w: "/expertin-werden/profil/pause/", attack={"paused_until": "2099-01-01"}
    ),
    "expertin-werden/wieder-da/<str:token>/": Route("token"),
    "expertin-werden/profil/bearbeiten/": Route(
        "self", lambda w: "/expertin-werden/profil/bearbeiten/", attack={"bio": "übernommen"}
    ),
    # privacy
    "meine-daten/": Route("self", lambda w: "/meine-daten/"),
    "meine-daten/herunterladen/": Route("self", lambda w: "/meine-daten/herunterladen/"),
    "meine-daten/einwilligung-widerrufen/": Route(
        "self", lambda w: "/meine-daten/einwilligung-widerrufen/", attack={"confirm": "on"}
    ),
    "meine-daten/konto-loeschen/": Route(
        "self", lambda w: "/meine-daten/konto-loeschen/", attack={"confirm": "on"}
    ),
    "meine-daten/geloescht/": Route("public", why="a goodbye page"),
    # matching
    "vermittlung/": Route("self", lambda w: "/vermittlung/"),
    "vermittlung/angebote/<int:pk>/zusagen/": Route(
        "owned",
        lambda w: f"/vermittlung/angebote/{w['offer'].pk}/zusagen/",
        owners=("mentor_a",),
    ),
    "vermittlung/angebote/<int:pk>/absagen/": Route(
        "owned",
        lambda w: f"/vermittlung/angebote/{w['offer'].pk}/absagen/",
        owners=("mentor_a",),
        attack={"reason": "too_far", "note": "übernommen"},
    ),
    "vermittlung/antwort/<str:token>/": Route("token"),
    "vermittlung/<int:pk>/": Route(
        "owned",
        lambda w: f"/vermittlung/{w['introduced'].pk}/",
        owners=("founder_a", "mentor_a"),
        attack={"step": "met"},
    ),
    "vermittlung/<int:pk>/beenden/": Route(
        "owned",
        lambda w: f"/vermittlung/{w['introduced'].pk}/beenden/",
        owners=("founder_a", "mentor_a"),
        attack={"note": "übernommen"},
    ),
    "vermittlung/rueckmeldung/<str:token>/": Route("token"),
    "vermittlung/laeuft-es/<str:token>/": Route("token"),
    # accounts (allauth, mounted by us)
    "accounts/signup/": Route("public", why="sign-up form"),
    "accounts/login/": Route("public", why="login form"),
    "accounts/login/code/": Route("public", why="login-code request"),
    "accounts/login/code/confirm/": Route("public", why="code entry, bound to the session"),
    "accounts/logout/": Route("public", why="ends the own session only"),
    "accounts/inactive/": Route("public", why="an explanation page"),
    "accounts/reauthenticate/": Route("self", lambda w: "/accounts/reauthenticate/"),
    "accounts/email/": Route("self", lambda w: "/accounts/email/"),
    "accounts/password/change/": Route("self", lambda w: "/accounts/password/change/"),
    "accounts/password/set/": Route("self", lambda w: "/accounts/password/set/"),
    "accounts/password/reset/": Route("public", why="asks for a reset mail"),
    "accounts/password/reset/done/": Route("public", why="a thank-you page"),
    "accounts/password/reset/key/done/": Route("public", why="a thank-you page"),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": Route("token"),
    "accounts/confirm-email/": Route("public", why="a please-check-your-mail page"),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": Route("token"),
    # pages
    "suche/": Route("public", why="search over published pages"),
    "innovationsorte/": Route("public", why="the directory of Innovationsorte, read-only"),
    "sprechtage/einladung/<str:token>/": Route("token"),
    "sprechtage/ablauf/<str:token>/": Route("token"),
    "sprechtage/buchung/bestaetigen/<str:token>/": Route("token"),
    "sprechtage/buchung/absagen/<str:token>/": Route("token"),
    "sprechtage/rueckmeldung/<str:token>/": Route("token"),
    # Begleitung
    "begleitung/": Route("self", lambda w: "/begleitung/", attack={"action": "leave"}),
    "begleitung/fahrplan.ics": Route("self", lambda w: "/begleitung/fahrplan.ics"),
    "begleitung/zustimmen/<str:token>/": Route("token"),
    "begleitung/anfrage/<str:token>/": Route("token"),
    "begleitung/mitwirken/<int:pk>/": Route(
        "owned",
        lambda w: f"/begleitung/mitwirken/{w['role'].pk}/",
        owners=("mentor_a",),
        attack={"action": "leave"},
    ),
    "sprechtage/rueckmeldung-expertin/<str:token>/": Route("token"),
    "sprechtage/<int:pk>/": Route("public", why="a confirmed Sprechtag's experts and free times"),
    "sprechtage/<int:pk>/angefragt/": Route("public", why="static text: check your mail"),
    "datenquellen/": Route("public", why="data sources and licences, static text"),
    "sitemap.xml": Route("public", why="the live public pages (Wagtail's sitemap)"),
    "robots.txt": Route("public", why="static text"),
    "orte/suche/": Route("public", why="the public gazetteer"),
    "^((?:[\\w\\-]+/)*)$": Route("public", why="Wagtail pages; restrictions by Wagtail"),
}


def _walk(patterns, prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def all_routes() -> list[str]:
    return sorted(set(_walk(get_resolver().url_patterns)))


def admin_area(route: str) -> str | None:
    """ "matching/runs" for admin/matching/runs/…; None outside /admin/."""
    if not route.startswith("admin/"):
        return None
    rest = route.removeprefix("admin/")
    for area in ADMIN_OBJECTS:
        if rest == f"{area}/" or rest.startswith(f"{area}/"):
            return area
    return rest.split("/")[0]


def admin_routes() -> list[str]:
    return [route for route in all_routes() if admin_area(route) in ADMIN_OBJECTS]


def admin_url(route: str, world: dict) -> str:
    """The concrete address of an admin route for the world's objects."""
    name = ADMIN_OBJECTS[admin_area(route)]
    pk = str(world[name].pk) if name else "0"
    path = route.replace("<int:pk>", pk).replace("<int:step_pk>", str(world["step"].pk))
    return "/" + path.replace("<str:job_id>", "unbekannt")
