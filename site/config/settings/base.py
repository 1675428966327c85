"""Settings shared by every environment; everything that differs comes from the environment."""

import secrets
import socket
from pathlib import Path

import environ
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # the repository
VAR_DIR = BASE_DIR / "var"  # runtime files of the embedded default: database, mail, media

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://localhost:8000")

INSTALLED_APPS = [
    # our apps first, so their templates override those of the libraries
    "common",
    "accounts",
    "vocabulary",
    "antispam",
    "privacy",
    "imports",
    "founders",
    "mentors",
    "matching",
    "consultations",
    "support",
    "outbox",
    "reporting",
    "retrieval",
    "pages",
    "guides",
    "events",
    "demo",
    # Translated page trees: editors translate in wagtail-localize; new German pages appear
    # under /en/ as aliases until translated (pages/migrations: the English locale syncs).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.usersessions",  # every login's session, so erasure finds a person's sessions
    "django_q",
    "anymail",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.csp.SiteCSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Does nothing while USERSESSIONS_TRACK_ACTIVITY is off; there for when it is switched on.
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Browser features the site never uses are switched off for it and anything it might embed.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- database -------------------------------------------------------------------------------
# The embedded default is an SQLite file, tuned so the django-q2 worker can write beside the web
# process: WAL lets readers and one writer work at once, the busy timeout waits for a lock instead
# of failing, and IMMEDIATE transactions take the write lock up front (no deadlock on upgrade).
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA foreign_keys=ON;"
        "PRAGMA busy_timeout=20000;"
    ),
}


def database_from_env(default_url: str) -> dict:
    """One place that turns DATABASE_URL into Django's settings, with per-engine tuning."""
    database = env.db_url("DATABASE_URL", default=default_url)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        Path(database["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        database["OPTIONS"] = {**SQLITE_OPTIONS, **database.get("OPTIONS", {})}
    else:
        database.setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
        database["CONN_HEALTH_CHECKS"] = True
    return database


DATABASES = {"default": database_from_env(f"sqlite:///{VAR_DIR / 'landvorteil.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache ---------------------------------------------------------------------------------
# The embedded default shares its cache between the web process and the django-q2 worker
# (import progress, rate limits, cached pages) through files; production uses Redis or the database.
# Two caches with different promises. "default" guards: rate-limit counters (ours and allauth's,
# which always uses "default") and import jobs, in a database table that only a million live
# entries would cull. "pages" holds what can be rendered again (pages, fragments, routes) and
# may evict: visitors' query strings fill it, never the guards.
GUARD_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "guard_cache",
    "OPTIONS": {"MAX_ENTRIES": 1_000_000},
}
CACHES = {
    "default": GUARD_CACHE,
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache",
    },
}

# --- accounts ------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
# A login's IP address and browser are recorded once, at the login (allauth.usersessions), not
# updated on every request; accounts deletes the record daily once its session has ended.
USERSESSIONS_TRACK_ACTIVITY = False
# An authenticated user sent to the login page (e.g. a founder who tried the admin) sees the
# form with the reason instead of bouncing back and forth between admin and login.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Landvorteil] "
# Behind this many reverse proxies the visitor's address is taken from X-Forwarded-For (the
# proxies' own addresses last); rate limits and spam limits then count per visitor, not per proxy.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
# allauth's default rate limits apply: per IP and per address for logins, codes, resets.

# --- language and time ---------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
# Our catalogue first, then formal German ("Sie") for allauth, whose own catalogue says "du".
LOCALE_PATHS = [SITE_DIR / "locale", SITE_DIR / "locale_formal"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Event times are entered and shown in the region's time zone, whatever an editor's profile says.
WAGTAIL_USER_TIME_ZONES = ["Europe/Berlin"]

# --- static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Anonymous page views are kept this long (pages/cache.py); 0 switches the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Parts of pages that every visitor sees alike (pages/fragments.py) are kept this long; each
# publish starts a new content version anyway, so the timeout only frees memory.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=60 * 60)

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Landvorteil Mentoring"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
# No avatars from gravatar.com: nothing is loaded from (or leaks an email hash to) another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Passwords are managed in one place, the site's account pages (allauth).
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# On PostgreSQL Wagtail's database backend uses full-text search; German stems compounds' parts.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- mail ----------------------------------------------------------------------------------
# EMAIL_PROVIDER picks a django-anymail ESP (brevo, mailjet, scaleway, postmark, …) with its
# API key in EMAIL_API_KEY; without one, mails are printed and kept as files (see dev settings).
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Landvorteil Mentoring <mentoring@localhost>"
)
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
MAIL_SUBJECT_PREFIX = ACCOUNT_EMAIL_SUBJECT_PREFIX  # every mail, allauth's and ours
EMAIL_PROVIDER = env("EMAIL_PROVIDER", default="")
EMAIL_FILE_PATH = env.path("EMAIL_FILE_PATH", default=VAR_DIR / "mail")
# Tracking webhooks (/anymail/<provider>/tracking/) answer only to basic auth with this
# "user:password"; without one set, a random secret nobody knows keeps them closed.
ANYMAIL = {
    "WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET", default=f"closed:{secrets.token_urlsafe(32)}")
}
if EMAIL_PROVIDER:
    EMAIL_BACKEND = f"anymail.backends.{EMAIL_PROVIDER}.EmailBackend"
    ANYMAIL[f"{EMAIL_PROVIDER.upper()}_API_KEY"] = env("EMAIL_API_KEY")
else:
    EMAIL_BACKEND = "config.mail.ReadableMailBackend"
# The outbox (outbox app): failed sends are retried after 1, 2, 4 … × OUTBOX_RETRY_SECONDS,
# at most OUTBOX_MAX_ATTEMPTS times, then shown to coordinators as failed. Mails are deleted
# after OUTBOX_KEEP_DAYS. MAIL_FAIL_RATE (0–1) makes that share of sends fail, for fault tests.
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=6)
OUTBOX_RETRY_SECONDS = env.int("OUTBOX_RETRY_SECONDS", default=60)
OUTBOX_KEEP_DAYS = env.int("OUTBOX_KEEP_DAYS", default=90)
MAIL_FAIL_RATE = env.float("MAIL_FAIL_RATE", default=0.0)
# A mail claimed this long ago and never marked sent was held by a worker that died: it is sent
# again, within Brevo's 15-30 minute window for dropping a repeat (outbox/providers.py).
OUTBOX_SENDING_STALE_SECONDS = env.int("OUTBOX_SENDING_STALE_SECONDS", default=10 * 60)

# --- background jobs -----------------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
Q_CLUSTER = {
    "name": "landvorteil",
    "workers": env.int("Q_WORKERS", default=2),
    "timeout": 600,
    "retry": 900,
    "max_attempts": 3,
    "catch_up": False,
    "label": _("Hintergrundaufgaben"),
    **({"redis": REDIS_URL} if REDIS_URL else {"orm": "default", "poll": 1}),
}
# A matching run begun this long ago and still holding its slot was left by a dead worker: the
# stale rule (matching.recovery) carries it out again. Longer than the task timeout above, so a
# slow run is never overtaken; in seconds, so the fault scripts can shorten it.
MATCHING_RUN_STALE_SECONDS = env.int("MATCHING_RUN_STALE_SECONDS", default=30 * 60)
# Split each global run into one task per service area, worked out by whichever workers are free
# (several clusters on one broker), and assigned at once by the last: the same proposals.
MATCHING_RUN_SPLIT_BY_AREA = env.bool("MATCHING_RUN_SPLIT_BY_AREA", default=False)
# Names this worker's machine in the parts of split runs (the host name, unless told otherwise).
WORKER_NAME = env.str("WORKER_NAME", default=socket.gethostname())
# Mentors a global run considers per request (the most promising by topics, distance and free
# places): in a small region nearly every mentor reaches nearly every founder, millions of pairs;
# bench/matching.py measures what the cap costs against the optimum over all feasible pairs.
MATCHING_CANDIDATES_PER_REQUEST = env.int("MATCHING_CANDIDATES_PER_REQUEST", default=40)
# An offer the mentor has not answered: a reminder after this many days, expiry after that many.
MATCHING_OFFER_REMINDER_DAYS = env.int("MATCHING_OFFER_REMINDER_DAYS", default=3)
MATCHING_OFFER_EXPIRY_DAYS = env.int("MATCHING_OFFER_EXPIRY_DAYS", default=7)
# A mentor who lets two offers in a row expire is paused this long (one click ends it).
MATCHING_SILENT_PAUSE_DAYS = env.int("MATCHING_SILENT_PAUSE_DAYS", default=30)
# Introduced this many days ago and never "we have met": the mentoring counts as stalled.
MATCHING_STALLED_DAYS = env.int("MATCHING_STALLED_DAYS", default=21)
# Both sides are asked for short feedback this many weeks after their introduction.
MATCHING_FEEDBACK_WEEKS = env.int("MATCHING_FEEDBACK_WEEKS", default=6)
# "Läuft es?": both sides are asked how it goes this many days after their introduction.
MATCHING_CHECKIN_DAYS = tuple(env.list("MATCHING_CHECKIN_DAYS", cast=int, default=[30, 90]))

# --- security ------------------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per background task is noise in the console where mails are read.
        "django_tasks": {"level": "WARNING"},
    },
}
