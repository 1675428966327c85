"""Consultation days in the villages (issue 18): the Innovationsorte they are held at, so far."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Sprechtage")

    def ready(self) -> None:
        from privacy.registry import not_personal

        # A venue's own public details, as it puts them on its door and website.
        reason = "an Innovationsort's public details, not a person's"
        for field in ("name", "street", "description", "photo", "contact_email", "contact_phone"):
            not_personal("consultations.innovationspace", field, reason=reason)
