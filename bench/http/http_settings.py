"""Production settings plus one minimal view to measure the rest against (bench/http/run.py), and
the bench's way to serve a request as the first one after a publish (http_cold.py): requests
with the header X-Bench-Publish: 1 only; all others are served as in production."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "http_urls"
MIDDLEWARE = ["http_cold.PublishBeforeRequestMiddleware", *MIDDLEWARE]  # noqa: F405
if CACHES["pages"]["BACKEND"] == "config.cache.RedisCache":  # noqa: F405 (REDIS_URL is set)
    CACHES["pages"] = {**CACHES["pages"], "BACKEND": "http_cold.PinnedVersionRedisCache"}  # noqa: F405
