"""Close support for promising ideas (issue 19): a Begleitung with its Gründungsfahrplan, the
steps of a founding routed to the offices of the founder's Land."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _schedule_after_migrate(sender, **kwargs) -> None:
    from support.reminders import support_schedules_sync

    support_schedules_sync()


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = _("Begleitung")

    def ready(self) -> None:
        from privacy.registry import not_personal
        from support.endings import endings_connect

        endings_connect()
        post_migrate.connect(_schedule_after_migrate, sender=self, dispatch_uid="support.schedules")

        # The templates and offices are the editors' public content, not anyone's data.
        reason = "editorial content of the roadmap templates and the Land's offices"
        for model, fields in {
            "support.office": ("name", "url", "note"),
            "support.roadmaptemplate": ("name", "description"),
            "support.milestonetemplate": ("title", "description"),
        }.items():
            for field in fields:
                not_personal(model, field, reason=reason)
