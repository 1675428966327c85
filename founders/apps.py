"""Founders: the people who ask for help, their help requests and dashboard."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FoundersConfig(AppConfig):
    name = "founders"
    verbose_name = _("Gründer:innen")

    def ready(self) -> None:
        from founders.services import (
            cleanup_schedule_sync_after_migrate,
            founder_consent_withdrawn_receiver,
        )
        from privacy.signals import consent_withdrawn

        consent_withdrawn.connect(
            founder_consent_withdrawn_receiver, dispatch_uid="founders.consent_withdrawn"
        )
        post_migrate.connect(
            cleanup_schedule_sync_after_migrate, dispatch_uid="founders.cleanup_schedule"
        )
