"""The site's URLs with the founders' pages mounted as the lead will mount them."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(
        path("hilfe-anfragen/", include("founders.urls")),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
