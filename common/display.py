"""A model field's value as people read it: ja/nein, the labels of choices (also inside lists),
German dates, "—" for nothing. The apps hand in their own choices; common knows none of them."""

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeData
from django.utils.translation import gettext

NOTHING = "—"

Choices = Iterable[tuple[object, object]] | Mapping[object, object]


def _labels(choices: Choices | None) -> dict:
    if not choices:
        return {}
    return dict(choices.items() if isinstance(choices, Mapping) else choices)


def readable(value: object, *, choices: Choices | None = None) -> str:
    """One value in words; a list becomes its items' words joined by commas."""
    labels = _labels(choices)
    if isinstance(value, Promise | SafeData):
        return str(value) or NOTHING
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return gettext("ja") if value else gettext("nein")
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, float | Decimal):
        return formats.number_format(value)
    if isinstance(value, models.Manager):
        value = value.all()
    if isinstance(value, models.QuerySet | list | tuple | set | frozenset):
        return ", ".join(readable(item, choices=labels) for item in value) or NOTHING
    if isinstance(value, Mapping):
        # Plain data (engine parameters, score parts): "name: value", nested in brackets.
        parts = [f"{key}: {_nested(item)}" for key, item in value.items()]
        return "; ".join(parts) or NOTHING
    if labels and _hashable(value) and value in labels:
        return str(labels[value])
    return str(value)


def _nested(value: object) -> str:
    text = readable(value)
    return f"({text})" if isinstance(value, Mapping) and value else text


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def field_readable(instance: models.Model, name: str, *, choices: Choices | None = None) -> str:
    """The value of `instance.name` in words: a field with choices shows its label, a relation
    the related object's name, a many-to-many field its objects' names."""
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is not None and field.choices and not field.many_to_many:
        return readable(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, name)
    if callable(value) and not isinstance(value, models.Manager):
        value = value()
    return readable(value, choices=choices)
