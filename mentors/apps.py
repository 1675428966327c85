"""Mentors: regional experts, their profession, place, reach and capacity."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorsConfig(AppConfig):
    name = "mentors"
    verbose_name = _("Expert:innen")

    def ready(self) -> None:
        from mentors.services import mentor_consent_withdrawn_receiver
        from privacy.signals import consent_withdrawn

        consent_withdrawn.connect(
            mentor_consent_withdrawn_receiver, dispatch_uid="mentors.consent_withdrawn"
        )
