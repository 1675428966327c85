"""Founding stages a guide suits, stored as a JSON list of stage keys (same on SQLite and
PostgreSQL; edited as checkboxes)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from vocabulary.choices import Stage


def stages_validate(value: object) -> None:
    if not isinstance(value, list) or any(stage not in Stage.values for stage in value):
        raise ValidationError(_("Bitte wählen Sie nur Gründungsphasen aus der Liste."))


def stage_lookup(stage: str) -> dict[str, str]:
    """The filter for guides that suit one stage: the key appears quoted in the JSON list.

    (JSONField's ``contains`` lookup does not exist on SQLite; ``icontains`` on the text does.)
    """
    return {"stages__icontains": f'"{stage}"'}


class StageListField(models.JSONField):
    """A list such as ``["idea", "founding"]``; the form shows one checkbox per stage."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance) -> None:
        super().validate(value, model_instance)
        stages_validate(value)

    def formfield(self, **kwargs) -> forms.Field:
        allowed = {"widget", "label", "help_text", "required", "initial", "disabled"}
        options = {
            "choices": Stage.choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            **{key: value for key, value in kwargs.items() if key in allowed},
        }
        return forms.MultipleChoiceField(**options)
