"""Consultation days in the villages (issue 18): Sprechtage, their experts and slots, and the
Innovationsorte they are held at."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _schedule_after_migrate(sender, **kwargs) -> None:
    from consultations.reminders import consultations_schedules_sync

    consultations_schedules_sync()


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Sprechtage")

    def ready(self) -> None:
        from privacy.registry import not_personal

        # A venue's own public details, as it puts them on its door and website.
        reason = "an Innovationsort's public details, not a person's"
        for field in ("name", "street", "description", "photo", "contact_email", "contact_phone"):
            not_personal("consultations.innovationspace", field, reason=reason)
        from consultations.after_day import after_day_connect
        from consultations.endings import endings_connect

        after_day_connect()
        endings_connect()
        post_migrate.connect(
            _schedule_after_migrate, sender=self, dispatch_uid="consultations.schedules"
        )
