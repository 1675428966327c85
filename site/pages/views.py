"""Site search: a GET form over guides, events and standard pages; thin, the query is a selector."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from pages.selectors import pages_search
from retrieval.models import UnansweredQuestion
from retrieval.services import question_unanswered_record

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def _found(query: str) -> list:
    pages = pages_search(query=query)
    if not pages:  # a question the site has no page for: editors see its words
        question_unanswered_record(text=query, source=UnansweredQuestion.Source.SEARCH)
    return pages


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    number = request.GET.get("seite") or ""
    paginator = results = None
    if query:
        # Lazy: the results are a cached fragment, so the database is asked only to render it.
        paginator = SimpleLazyObject(lambda: Paginator(_found(query), RESULTS_PER_PAGE))
        # get_page answers page numbers that are out of range or not numbers with a valid page.
        results = SimpleLazyObject(lambda: paginator.get_page(number))
    return TemplateResponse(
        request,
        "pages/search.html",
        {"query": query, "results": results, "paginator": paginator, "number": number},
    )


def data_sources(request: HttpRequest) -> HttpResponse:
    """Where the gazetteer's data come from and their licences (attribution they require)."""
    description = _(
        "Woher die Orts- und Postleitzahldaten dieser Website stammen und unter welchen "
        "Lizenzen sie stehen."
    )
    return TemplateResponse(request, "pages/data_sources.html", {"meta_description": description})


# Private and per-person addresses: nothing for a search engine (signed links included).
ROBOTS_DISALLOWED = (
    "/admin/",
    "/accounts/",
    "/meine-daten/",
    "/vermittlung/",
    "/hilfe-anfragen/meine-anfragen/",
    "/hilfe-anfragen/bestaetigen/",
    "/hilfe-anfragen/weiter-suchen/",
    "/expertin-werden/profil/",
    "/expertin-werden/wieder-da/",
    "/suche/",
)


def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    for path in ROBOTS_DISALLOWED:
        lines.append(f"Disallow: {path}")
        if not path.startswith("/admin/"):
            lines.append(f"Disallow: /en{path}")
    lines.append(f"Sitemap: {settings.SITE_URL.rstrip('/')}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
