"""The site's URLs plus two addresses nobody has tested: the coverage test must name them."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def _page(request, pk: int = 0) -> HttpResponse:
    return HttpResponse("")


urlpatterns = [
    path("hilfe-anfragen/geheim/<int:pk>/", _page),
    path("admin/neu/", _page),
    *site_urlpatterns,
]
