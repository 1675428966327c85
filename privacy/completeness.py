"""Which model fields look like personal data, and which of those the registry does not cover."""

import re

from django.apps import apps
from django.db import models

from privacy.registry import not_personal_reason, registered_for

PERSONAL_NAME = re.compile(
    r"e?mail|name|phone|telefon|address|adresse|bio|description|organisation|organization"
    r"|photo|avatar|birth|street|strasse|(^|_)ip(_|$)|postcode|form_data|session_data"
    # a copy of some object's name, as audit logs keep it: that object may be a person
    r"|label|object_repr"
)
PERSONAL_TYPES = (
    models.EmailField,
    models.FileField,  # ImageField too
    models.GenericIPAddressField,
)


def looks_personal(field: models.Field) -> bool:
    return isinstance(field, PERSONAL_TYPES) or bool(PERSONAL_NAME.search(field.name))


def fields_unaccounted() -> list[str]:
    """Fields that look personal but are neither registered nor declared not personal."""
    missing = []
    for model in apps.get_models():
        entry = registered_for(model)
        for field in model._meta.concrete_fields:
            if not looks_personal(field):
                continue
            if entry is not None and field.name in entry.fields:
                continue
            if not_personal_reason(model._meta.label_lower, field.name):
                continue
            missing.append(f"{model._meta.label_lower}.{field.name}")
    return missing
