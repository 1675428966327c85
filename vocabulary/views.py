"""Public endpoints of the vocabulary: place suggestions for the place field."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from vocabulary.selectors import places_search

MAX_QUERY_LENGTH = 80
MAX_RESULTS = 10


@require_GET
@cache_control(max_age=3600, public=True)
def place_search(request: HttpRequest) -> JsonResponse:
    """GET ?q=ratz -> {"results": [{"id": 1, "label": "23909 Ratzeburg", ...}]}, at most 10.

    Public on purpose: the gazetteer is open data and sign-up forms need it before login.
    """
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    places = places_search(query=query, limit=MAX_RESULTS)
    return JsonResponse(
        {
            "results": [
                {
                    "id": place.pk,
                    "label": str(place),
                    "postcode": place.postcode,
                    "locality": place.locality,
                }
                for place in places
            ]
        }
    )
