"""The place form field: postcode, place name or both, cleaned to a Place, with suggestions.

Works without JavaScript (the server resolves what was typed); with it, a self-hosted script
fills a <datalist> from the autocomplete endpoint as the user types.
"""

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms import Script
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from vocabulary.geo import great_circle_km
from vocabulary.models import Place
from vocabulary.selectors import place_for_postcode, places_named

# Places of one name lying this close together are one town spread over several postcodes
# (Hamburg, or a village split between two), not namesakes to choose between.
SAME_TOWN_KM = 15.0

_POSTCODE_FIRST = re.compile(r"^(?P<postcode>\d{5})(?:[\s,]+(?P<name>\D.*))?$")
_NAME_FIRST = re.compile(r"^(?P<name>\D.*?)[\s,]+(?P<postcode>\d{5})$")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


class PlaceInput(forms.TextInput):
    """A text input tied to a <datalist> of suggestions (filled by place-autocomplete.js)."""

    template_name = "vocabulary/widgets/place_input.html"

    def __init__(self, attrs: dict | None = None) -> None:
        defaults = {
            # Postcode alone is complete input, so the browser's saved postcode is a good
            # suggestion; it also names the field's purpose for assistive technology (WCAG 1.3.5).
            "autocomplete": "postal-code",
            "spellcheck": "false",
            "data-place-autocomplete": reverse_lazy("vocabulary:place_search"),
        }
        super().__init__(attrs={**defaults, **(attrs or {})})

    class Media:
        js = [Script("vocabulary/place-autocomplete.js", defer=True)]

    def get_context(self, name: str, value: Any, attrs: dict | None) -> dict:
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs["data-place-autocomplete"] = str(widget_attrs["data-place-autocomplete"])
        list_id = f"{widget_attrs.get('id') or name}-suggestions"
        widget_attrs["list"] = list_id
        context["widget"]["list_id"] = list_id
        return context


class PlaceField(forms.Field):
    """Takes "23909", "Ratzeburg" or "23909 Ratzeburg" and cleans it to a Place."""

    widget = PlaceInput
    default_error_messages = {
        "required": _("Bitte geben Sie Ihre Postleitzahl oder Ihren Ort ein."),
        "malformed": _(
            "Bitte geben Sie eine fünfstellige Postleitzahl, einen Ortsnamen oder beides ein, "
            "zum Beispiel „23909 Ratzeburg“."
        ),
        "unknown_postcode": _(
            "Diese Postleitzahl kennen wir nicht. Bitte prüfen Sie die fünf Ziffern."
        ),
        "unknown_name": _(
            "Einen Ort „%(name)s“ kennen wir nicht. Bitte prüfen Sie die Schreibweise oder geben "
            "Sie die Postleitzahl ein."
        ),
        "name_not_in_postcode": _(
            "Unter der Postleitzahl %(postcode)s kennen wir keinen Ort „%(name)s“. Bitte prüfen "
            "Sie beide Angaben."
        ),
        "ambiguous": _(
            "Es gibt mehrere Orte namens „%(name)s“. Bitte geben Sie die Postleitzahl mit an, "
            "zum Beispiel „%(example)s“."
        ),
    }

    def prepare_value(self, value: Any) -> Any:
        # Bound to a model instance the initial value is a pk; show it as "23909 Ratzeburg".
        if isinstance(value, Place):
            return str(value)
        if isinstance(value, int):
            place = Place.objects.filter(pk=value).first()
            return str(place) if place else ""
        return value

    def to_python(self, value: Any) -> Place | None:
        if isinstance(value, Place):
            return value
        text = " ".join(str(value or "").split())
        if not text:
            return None
        match = _POSTCODE_FIRST.match(text) or _NAME_FIRST.match(text)
        if match:
            return self._resolve(postcode=match["postcode"], name=match["name"] or "")
        if any(char.isdigit() for char in text) or len(_LETTERS.findall(text)) < 2:
            raise ValidationError(self.error_messages["malformed"], code="malformed")
        return self._resolve(postcode="", name=text)

    def _resolve(self, *, postcode: str, name: str) -> Place:
        if postcode:
            main = place_for_postcode(postcode)
            if main is None:
                raise ValidationError(
                    self.error_messages["unknown_postcode"], code="unknown_postcode"
                )
            if not name:
                return main
            found = places_named(name=name, postcode=postcode)
            if not found:
                raise ValidationError(
                    self.error_messages["name_not_in_postcode"],
                    code="name_not_in_postcode",
                    params={"postcode": postcode, "name": name},
                )
            return found[0]
        found = places_named(name=name)
        if not found:
            raise ValidationError(
                self.error_messages["unknown_name"], code="unknown_name", params={"name": name}
            )
        main = found[0]
        spread = great_circle_km(
            lat1=main.latitude,
            lon1=main.longitude,
            lat2=[place.latitude for place in found],
            lon2=[place.longitude for place in found],
        )
        if len({place.locality for place in found}) > 1 or max(spread) > SAME_TOWN_KM:
            raise ValidationError(
                self.error_messages["ambiguous"],
                code="ambiguous",
                params={"name": name, "example": str(main)},
            )
        return main

    def has_changed(self, initial: Any, data: Any) -> bool:
        if self.disabled:
            return False
        initial_pk = initial.pk if isinstance(initial, Place) else initial
        try:
            cleaned = self.to_python(data)
        except ValidationError:
            return True
        return (cleaned.pk if cleaned else None) != (initial_pk or None)
