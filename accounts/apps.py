"""Accounts: the user model (email is the login), roles, and the allauth adapter."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Konten")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from accounts.services import (
            roles_sync_after_migrate,
            user_session_record_receiver,
            user_sessions_schedule_sync_after_migrate,
        )

        post_migrate.connect(roles_sync_after_migrate, dispatch_uid="accounts.roles_sync")
        post_migrate.connect(
            user_sessions_schedule_sync_after_migrate, dispatch_uid="accounts.sessions_schedule"
        )
        user_logged_in.connect(user_session_record_receiver, dispatch_uid="accounts.sessions")
