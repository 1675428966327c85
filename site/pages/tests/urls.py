"""The site's URLs with pages.urls in place of wagtail.urls, for as long as config.urls lacks it."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import LocalePrefixPattern, include, path

from accounts import urls as accounts_urls
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    pattern
    for pattern in site_urlpatterns
    if not isinstance(getattr(pattern, "pattern", None), LocalePrefixPattern)
]
urlpatterns += i18n_patterns(
    path("accounts/", include(accounts_urls)),
    path("", include("pages.urls")),
    prefix_default_language=False,
)
