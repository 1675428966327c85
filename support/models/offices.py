"""The offices a founding passes through, by Land where the Land decides who it is (chambers,
the development bank), and once for all where it is local (trade office, tax office)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vocabulary.models import Land


class OfficeKind(models.TextChoices):
    CHAMBER_COMMERCE = "chamber_commerce", _("Industrie- und Handelskammer")
    CHAMBER_CRAFTS = "chamber_crafts", _("Handwerkskammer")
    TRADE_OFFICE = "trade_office", _("Gewerbeamt")
    TAX_OFFICE = "tax_office", _("Finanzamt")
    EMPLOYMENT_AGENCY = "employment_agency", _("Agentur für Arbeit")
    DEVELOPMENT_BANK = "development_bank", _("Förderbank des Landes")
    HOUSE_BANK = "house_bank", _("Hausbank")


class Office(models.Model):
    kind = models.CharField(_("Art"), max_length=30, choices=OfficeKind.choices)
    land = models.CharField(
        _("Bundesland"),
        max_length=2,
        choices=Land.choices,
        blank=True,
        help_text=_("Leer: gilt überall (zum Beispiel das Gewerbeamt der eigenen Gemeinde)."),
    )
    name = models.CharField(_("Name"), max_length=120)
    url = models.URLField(_("Internetseite"), blank=True)
    note = models.CharField(
        _("Wofür"), max_length=300, blank=True, help_text=_("Ein Satz: wofür man dorthin geht.")
    )

    class Meta:
        verbose_name = _("Stelle")
        verbose_name_plural = _("Stellen")
        ordering = ["kind", "land"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "land"], name="one_office_per_kind_and_land")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_land_display()})" if self.land else self.name
