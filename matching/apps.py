"""Matching: the pure engine core and its Django adapter (runs, proposals, the match lifecycle)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _suggest_for_confirmed(sender, *, help_request_id: int, **kwargs) -> None:
    from matching.services import suggestions_store_after_confirmation

    suggestions_store_after_confirmation(help_request_id=help_request_id)


def _schedule_after_migrate(sender, **kwargs) -> None:
    from matching.services import schedules_sync

    schedules_sync()


def _engine_preload(sender, **kwargs) -> None:
    # In each background worker as it is spawned: its first global run or suggestion would
    # otherwise spend seconds importing numpy, scipy, scikit-learn and OR-Tools while a
    # coordinator watches the progress. Django itself, and gunicorn, never import them.
    import matching.computing  # noqa: F401


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = _("Vermittlung")

    def ready(self) -> None:
        from django_q.signals import post_spawn
        from wagtail import hooks

        from founders.signals import help_request_confirmed, help_request_reopened
        from matching.dashboard import mentor_dashboard_section
        from matching.endings import endings_connect
        from matching.selectors import mentor_places_taken
        from mentors.selectors import DASHBOARD_SECTIONS_HOOK
        from mentors.services import PLACES_TAKEN_HOOK

        help_request_confirmed.connect(_suggest_for_confirmed, dispatch_uid="matching.suggest")
        help_request_reopened.connect(_suggest_for_confirmed, dispatch_uid="matching.resuggest")
        endings_connect()
        post_spawn.connect(_engine_preload, dispatch_uid="matching.engine_preload")
        hooks.register(PLACES_TAKEN_HOOK, mentor_places_taken)
        hooks.register(DASHBOARD_SECTIONS_HOOK, mentor_dashboard_section)
        # Once per migrate, after every app's migrations (django_q's tables included).
        post_migrate.connect(_schedule_after_migrate, sender=self, dispatch_uid="matching.nightly")
