"""The site's URLs and /bench/minimal/: a Django view through the same middleware, doing nothing."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler500  # noqa: F401 (Django looks for it in the root URLconf)
from config.urls import urlpatterns as site_urlpatterns


def minimal(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal), *site_urlpatterns]
