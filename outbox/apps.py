"""The outbox: every mail is a row written with the change that causes it, sent after commit."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _schedule_after_migrate(sender, **kwargs) -> None:
    from outbox.services import outbox_schedules_sync

    outbox_schedules_sync()


class OutboxConfig(AppConfig):
    name = "outbox"
    verbose_name = _("E-Mails")

    def ready(self) -> None:
        from anymail.signals import tracking

        from outbox.receivers import tracking_received
        from outbox.services import consent_withdrawn_receiver
        from privacy.signals import consent_withdrawn

        tracking.connect(tracking_received, dispatch_uid="outbox.tracking")
        consent_withdrawn.connect(consent_withdrawn_receiver, dispatch_uid="outbox.consent")
        post_migrate.connect(_schedule_after_migrate, sender=self, dispatch_uid="outbox.schedules")
