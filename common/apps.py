"""Common: the ground floor's shared helpers (schedules, admin pieces, the calendar writer).

It imports nothing of the project, so every app may use it (one-way dependencies)."""

from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "common"
