"""Public addresses of the page app: site search, then every Wagtail page with the cache in front.

Included once inside i18n_patterns in config/urls.py, in place of wagtail.urls. No namespace:
Wagtail reverses its own names ("wagtail_serve", "wagtailcore_login").
"""

from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls

from pages import cache, views

urlpatterns = [
    path("suche/", views.search, name="site_search"),
    path("datenquellen/", views.data_sources, name="data_sources"),
    # Same pattern and name as Wagtail's page view; listed first, so it answers.
    re_path(wagtail_urls.serve_pattern, cache.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
