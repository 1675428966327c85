"""A deliberately broken build for the postgres fault (FAULTS_BROKEN=no-reconnect): the HTTP
bench's settings, but a database connection, once open, is kept whatever happens to it: no
health check, and Django's closing of unusable connections after an error switched off. After a
restart of PostgreSQL every worker keeps its dead connection, so the site must not come back."""

from django.db.backends.base.base import BaseDatabaseWrapper
from http_settings import *  # noqa: F403

DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = False  # noqa: F405
BaseDatabaseWrapper.close_if_unusable_or_obsolete = lambda self: None
