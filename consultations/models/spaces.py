"""An Innovationsort: a place of the region where founders can work, meet and be advised."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InnovationSpace(models.Model):
    """A coworking space, Dorfbüro, makerspace, Bürgerhaus or pop-up shop; the venue of
    Sprechtage. Not a `Place`: that is the gazetteer entry it lies at."""

    class Kind(models.TextChoices):
        COWORKING = "coworking", _("Coworking-Space")
        VILLAGE_OFFICE = "village_office", _("Dorfbüro")
        MAKERSPACE = "makerspace", _("Makerspace oder offene Werkstatt")
        COMMUNITY_CENTRE = "community_centre", _("Bürgerhaus oder Dorfgemeinschaftshaus")
        POPUP_SHOP = "popup_shop", _("Pop-up-Laden")
        OTHER = "other", _("anderer Ort")

    name = models.CharField(_("Name"), max_length=120)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("Ort"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Postleitzahl und Ort, wie im Ortsverzeichnis."),
    )
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    description = models.TextField(
        _("Was der Ort Gründer:innen bietet"),
        help_text=_("Zum Beispiel: Arbeitsplätze, Besprechungsraum, Werkstatt, WLAN, Beratung."),
    )
    opening_notes = models.TextField(
        _("Öffnungszeiten und Hinweise"),
        blank=True,
        help_text=_("Zum Beispiel: „Dienstag bis Freitag 9–17 Uhr, sonst nach Absprache“."),
    )
    step_free = models.BooleanField(_("stufenlos erreichbar"), default=False)
    accessible_toilet = models.BooleanField(_("barrierefreies WC"), default=False)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("E-Mail des Ortes"), blank=True)
    contact_phone = models.CharField(_("Telefon des Ortes"), max_length=40, blank=True)
    website = models.URLField(_("Website"), blank=True)
    listed = models.BooleanField(
        _("öffentlich gezeigt"),
        default=True,
        help_text=_("Nur gezeigte Orte erscheinen im Verzeichnis der Website."),
    )
    is_example = models.BooleanField(
        _("Beispiel"),
        default=False,
        help_text=_("Ein erfundener Ort der Demo-Region; die Website kennzeichnet ihn so."),
    )
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Innovationsort")
        verbose_name_plural = _("Innovationsorte")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "place"], name="innovation_space_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.place.locality})"
