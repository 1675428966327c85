"""The gazetteer: every German postcode with its localities and a coordinate."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vocabulary import names


class Land(models.TextChoices):
    """German federal states, keyed by their ISO 3166-2:DE suffix as the postcode data uses."""

    BW = "BW", _("Baden-Württemberg")
    BY = "BY", _("Bayern")
    BE = "BE", _("Berlin")
    BB = "BB", _("Brandenburg")
    HB = "HB", _("Bremen")
    HH = "HH", _("Hamburg")
    HE = "HE", _("Hessen")
    MV = "MV", _("Mecklenburg-Vorpommern")
    NI = "NI", _("Niedersachsen")
    NW = "NW", _("Nordrhein-Westfalen")
    RP = "RP", _("Rheinland-Pfalz")
    SL = "SL", _("Saarland")
    SN = "SN", _("Sachsen")
    ST = "ST", _("Sachsen-Anhalt")
    SH = "SH", _("Schleswig-Holstein")
    TH = "TH", _("Thüringen")


class Place(models.Model):
    """One locality within one postcode; a postcode with several villages has several rows."""

    postcode = models.CharField(_("PLZ"), max_length=5, db_index=True)
    locality = models.CharField(_("Ort"), max_length=120)
    land = models.CharField(_("Bundesland"), max_length=2, choices=Land.choices)
    latitude = models.FloatField(_("Breitengrad"))
    longitude = models.FloatField(_("Längengrad"))
    approximate = models.BooleanField(
        _("Koordinate geschätzt"),
        default=False,
        help_text=_("Kein eigener Eintrag in den Ortsdaten: Lage aus Nachbarorten geschätzt."),
    )
    # Search key for what people type: "Moelln", "mölln" and "MÖLLN" all find Mölln.
    locality_key = models.CharField(
        _("Suchschlüssel"), max_length=120, db_index=True, editable=False, default=""
    )
    population = models.PositiveIntegerField(
        _("Einwohnerzahl"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Laut GeoNames; bestimmt die Reihenfolge der Vorschläge und den Hauptort."),
    )

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        ordering = ["postcode", "locality"]
        constraints = [
            models.UniqueConstraint(fields=["postcode", "locality"], name="place_unique_locality")
        ]
        indexes = [models.Index(fields=["locality"], name="place_locality_idx")]

    def __str__(self) -> str:
        return f"{self.postcode} {self.locality}"

    def save(self, *args, **kwargs) -> None:
        # bulk_create in services.places_load sets the key itself; this covers single saves.
        self.locality_key = names.locality_key(self.locality)
        super().save(*args, **kwargs)
