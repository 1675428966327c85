"""Test runs: fast hashing, mail in memory, tasks run synchronously."""

from .base import *  # noqa: F403
from .base import Q_CLUSTER, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="test-only-insecure-key")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ANYMAIL = {"WEBHOOK_SECRET": "provider:test-webhook-secret"}
# Tasks run in-line, except in a worker process started by a test (Q_SYNC=0, see
# matching/tests/test_worker.py).
Q_CLUSTER = {**Q_CLUSTER, "sync": env.bool("Q_SYNC", default=True)}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests that exercise limits switch them on explicitly.
ACCOUNT_RATE_LIMITS = False
WHITENOISE_AUTOREFRESH = True
# Live-server threads must not keep connections open, or the test database cannot be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# In memory, so that every test starts empty without a database; the guards' store is as
# large as the production table, the pages' as small as Django's default (300 entries).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "guards",
        "OPTIONS": GUARD_CACHE["OPTIONS"],  # noqa: F405
    },
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# On SQLite the test database is a file, not memory, so a worker process started by a test (and
# the live server's threads) share it; TEST_SQLITE=":memory:" goes back to memory.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": env("TEST_SQLITE", default=str(VAR_DIR / "test.sqlite3"))  # noqa: F405
    }
# wagtail-localize synchronises the page trees when a LocaleSynchronization is saved, also while
# a browser test restores the database (serialized rollback), before the locales it names are
# back: its row is not serialized, so such tests run without synchronisation (none needs it).
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]
