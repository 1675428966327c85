"""Close support for promising ideas (issue 19): a Begleitung with its Gründungsfahrplan, the
steps of a founding routed to the offices of the founder's Land."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _places_held(*, engaged: bool):
    # One place per Begleitung an expert is in (or has been offered, for the engine's load).
    from support.models import TrackExpert

    Role = TrackExpert.Status
    statuses = (Role.ACCEPTED,) if engaged else (Role.OFFERED, Role.ACCEPTED)
    return TrackExpert.objects.filter(status__in=statuses, track__status="active")


def _schedule_after_migrate(sender, **kwargs) -> None:
    from support.reminders import support_schedules_sync

    support_schedules_sync()


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = _("Begleitung")

    def ready(self) -> None:
        from wagtail import hooks

        from matching.places import PLACES_HELD_HOOK
        from mentors.selectors import DASHBOARD_SECTIONS_HOOK
        from privacy.registry import not_personal
        from support.dashboard import mentor_dashboard_section
        from support.endings import endings_connect

        endings_connect()
        hooks.register(PLACES_HELD_HOOK, _places_held)
        hooks.register(DASHBOARD_SECTIONS_HOOK, mentor_dashboard_section)
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
