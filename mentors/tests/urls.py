"""The site's URLs plus the mentor pages, until the lead includes them in config.urls."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(
        path("expertin-werden/", include("mentors.urls")), prefix_default_language=False
    ),
    *site_urlpatterns,
]
