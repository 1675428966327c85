"""Error pages that must work without the database."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """A lost database connection is an outage, not a bug: 503 with Retry-After, and a page that
    says the form input is kept (static/js/keep-form.js); anything else, the plain 500 page."""
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        logger.warning("database unreachable: answered 503 for %s", request.path)
        return HttpResponse(
            render_to_string("503.html"),
            status=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    return defaults.server_error(request)
