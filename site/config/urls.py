"""URL map: the Wagtail admin and APIs without a language prefix; the public site in German at
/ and in English under /en/ (plain links switch languages, so public pages carry no form)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import urls as accounts_urls
from pages import views as pages_views
from pages.sitemaps import PagesSitemap
from vocabulary import urls as vocabulary_urls

handler500 = "config.views.server_error"

urlpatterns = [
    # The admin logs in through the site's own login (email + password or emailed code).
    path(
        "admin/login/",
        RedirectView.as_view(url=settings.WAGTAILADMIN_LOGIN_URL, query_string=True),
        name="admin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("orte/", include(vocabulary_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PagesSitemap}}, name="sitemap"),
    path("robots.txt", pages_views.robots_txt, name="robots_txt"),
    # The mail provider's delivery reports, behind basic auth (ANYMAIL_WEBHOOK_SECRET).
    path("anymail/", include("anymail.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include(accounts_urls)),
    path("hilfe-anfragen/", include("founders.urls")),
    path("expertin-werden/", include("mentors.urls")),
    path("meine-daten/", include("privacy.urls")),
    path("vermittlung/", include("matching.urls")),
    path("", include("consultations.urls")),
    path("", include("support.urls")),
    # Last: every other address is a Wagtail page.
    path("", include("pages.urls")),
    prefix_default_language=False,
)
