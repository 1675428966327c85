"""The weights of the score, editable by coordinators in the admin (one set for the site)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from matching.engine.weights import Weights

WEIGHT_FIELDS = ("topic", "text", "distance", "fit", "waiting", "load")
_DEFAULTS = Weights()


def _weight(label: str, help_text: str, default: float) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label,
        default=round(default * 100),
        validators=[MaxValueValidator(100)],
        help_text=help_text,
    )


@register_setting(icon="sliders")
class MatchingSettings(BaseGenericSetting):
    """Relative weights (0–100) of the parts of a score; only their proportions matter."""

    weight_topic = _weight(
        _("Themen"), _("Wie viele der gewünschten Themen die Expert:in abdeckt."), _DEFAULTS.topic
    )
    weight_text = _weight(
        _("Beschreibung"),
        _("Wie gut die Beschreibung der Anfrage zum Profil der Expert:in passt."),
        _DEFAULTS.text,
    )
    weight_distance = _weight(
        _("Entfernung"), _("Nähere Expert:innen für Treffen vor Ort zuerst."), _DEFAULTS.distance
    )
    weight_fit = _weight(
        _("Gesprächsform und Sprache"),
        _("Passen Gesprächsformen und Sprachen der Gründer:in?"),
        _DEFAULTS.fit,
    )
    weight_waiting = _weight(
        _("Wartezeit"), _("Wer länger wartet, kommt eher an die Reihe."), _DEFAULTS.waiting
    )
    weight_load = _weight(
        _("Auslastung"),
        _("Arbeit auf mehr Expert:innen verteilen: freie Plätze zählen."),
        _DEFAULTS.load,
    )
    distance_km = models.PositiveSmallIntegerField(
        _("Entfernung, ab der es deutlich weniger zählt (km)"),
        default=round(_DEFAULTS.distance_km),
        validators=[MinValueValidator(1), MaxValueValidator(300)],
    )
    waiting_days = models.PositiveSmallIntegerField(
        _("Wartezeit, ab der sie deutlich zählt (Tage)"),
        default=round(_DEFAULTS.waiting_days),
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    suggestions = models.PositiveSmallIntegerField(
        _("Vorschläge je Anfrage"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel(f"weight_{name}") for name in WEIGHT_FIELDS],
            heading=_("Gewichte"),
            help_text=_("Nur das Verhältnis zählt: 0 schaltet einen Teil ab."),
        ),
        FieldPanel("distance_km"),
        FieldPanel("waiting_days"),
        FieldPanel("suggestions"),
    ]

    class Meta:
        verbose_name = _("Vermittlung: Gewichte")

    def clean(self) -> None:
        if not any(getattr(self, f"weight_{name}") for name in WEIGHT_FIELDS):
            raise ValidationError(
                {"weight_topic": _("Mindestens ein Gewicht muss größer als 0 sein.")}
            )

    def weights(self) -> Weights:
        return Weights(
            **{name: getattr(self, f"weight_{name}") / 100 for name in WEIGHT_FIELDS},
            distance_km=float(self.distance_km),
            waiting_days=float(self.waiting_days),
        )
