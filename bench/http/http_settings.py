"""Production settings plus one minimal view to measure the rest against (bench/http/run.py)."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "http_urls"
