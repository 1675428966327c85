"""Events: workshops, pop-up and festival formats in the region, with calendar downloads; each
confirmed Sprechtag among them."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Veranstaltungen")

    def ready(self) -> None:
        from consultations.signals import consultation_day_cancelled, consultation_day_confirmed
        from events.services import (
            consultation_day_cancelled_receiver,
            consultation_day_confirmed_receiver,
        )

        consultation_day_confirmed.connect(
            consultation_day_confirmed_receiver, dispatch_uid="events.consultation_day"
        )
        consultation_day_cancelled.connect(
            consultation_day_cancelled_receiver, dispatch_uid="events.consultation_day_off"
        )
