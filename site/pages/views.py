"""Site search: a GET form over guides, events and standard pages; thin, the query is a selector."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject

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
