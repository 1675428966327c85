"""Content Security Policy: strict with nonces on the public site, looser under the Wagtail admin.

The admin's own scripts use inline handlers and styles that a nonce cannot cover; the public
pages, which strangers' input reaches, keep the strict policy.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_REPLACEMENTS = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIXES):
            # A nonce beside 'unsafe-inline' would switch 'unsafe-inline' off again.
            parts.replace = {**ADMIN_REPLACEMENTS, **(parts.replace or {})}
            parts.nonce = None
        return parts
