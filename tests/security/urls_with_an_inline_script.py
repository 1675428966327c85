"""The site's URLs plus a page with an inline script, on the public side and under /admin/."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def inline_script(request: HttpRequest) -> HttpResponse:
    return HttpResponse(f'<script nonce="{request.csp_nonce}">console.log(1)</script>')


urlpatterns = [
    path("nonce-probe/", inline_script),
    path("admin/nonce-probe/", inline_script),
    *site_urlpatterns,
]
