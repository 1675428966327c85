"""Configuration: production refuses to start without its secrets, passes the deploy check."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3Jd9-vQ2x_Lw8Zp4rT6yN1bH5mF7cG0aS2dE9uR4tY8iO3pLq",
    "ALLOWED_HOSTS": "mentoring.example.org",
    "SITE_URL": "https://mentoring.example.org",
    "DATABASE_URL": f"sqlite:///{ROOT / 'var' / 'deploy-check.sqlite3'}",
    "EMAIL_PROVIDER": "brevo",
    "EMAIL_API_KEY": "test-key",
    "ANYMAIL_WEBHOOK_SECRET": "provider:Wq7-hook-secret",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    inherited = (*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "ALLOWED_HOSTS"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must name" in result.stderr


def test_production_refuses_to_start_without_a_webhook_secret_for_its_mail_provider():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "ANYMAIL_WEBHOOK_SECRET"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "ANYMAIL_WEBHOOK_SECRET must be set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout


def test_esp_is_chosen_by_environment():
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.EMAIL_BACKEND)",
        env={**PRODUCTION_ENV, "EMAIL_PROVIDER": "mailjet"},
    )
    assert result.stdout.strip().endswith("anymail.backends.mailjet.EmailBackend")


def test_task_broker_is_the_database_unless_redis_is_configured():
    show = "from django.conf import settings; print(sorted(settings.Q_CLUSTER))"
    dev = {"DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    without = _manage("shell", "-c", show, env=dev).stdout
    with_redis = _manage("shell", "-c", show, env={**dev, "REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert "'orm'" in without and "'redis'" not in without
    assert "'redis'" in with_redis.stdout and "'orm'" not in with_redis.stdout
