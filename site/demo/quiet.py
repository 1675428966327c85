"""The demo's past, lived through under time travel, reaches nobody."""

import logging

from django.test.utils import override_settings
from django_q.conf import Conf


class quiet_outbox(override_settings):
    """Mails are written and "sent" as always, to a transport that drops them, and the
    worker's tasks run in-line: a simulated past must not reach anyone or fill a queue."""

    def __init__(self) -> None:
        super().__init__(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")

    def enable(self) -> None:
        super().enable()
        self._sync, Conf.SYNC = Conf.SYNC, True
        logging.disable(logging.INFO)  # a year of routine lines would bury the figures

    def disable(self) -> None:
        logging.disable(logging.NOTSET)
        Conf.SYNC = self._sync
        super().disable()
