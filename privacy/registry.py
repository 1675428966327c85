"""The personal-data registry: which model fields hold personal data, whose they are, and how
each is erased. Models register where they are declared; no database access happens here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from django.db.models import Model, Q

ERASED_TEXT = "gelöscht"


class Erasure(StrEnum):
    """What happens to one field when its owner deletes their account."""

    ANONYMISE = "anonymise"  # text → "gelöscht", email → "geloescht-<pk>@invalid"
    BLANK = "blank"  # → ""
    NULL = "null"  # → None
    DELETE_FILE = "delete_file"  # the stored file is deleted, the field blanked
    UNUSABLE_PASSWORD = "unusable_password"  # noqa: S105 (a rule name, not a password)
    KEEP = "keep"  # exported, but kept for reporting (coarse, not identifying on its own)


# Owner: a lookup path from the model to the user ("user", "founder__user", "pk" for the user
# itself) or a function user → Q for rows found another way (e.g. by email address).
Owner = str | Callable[[Model], Q]


@dataclass(frozen=True)
class PersonalData:
    model: type[Model]
    fields: dict[str, Erasure]
    owner: Owner
    delete_rows: bool = False  # erase by deleting the owner's rows instead of field by field
    not_exported: frozenset[str] = field(default_factory=frozenset)

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    def owner_q(self, user: Model) -> Q:
        if callable(self.owner):
            return self.owner(user)
        return Q(**{self.owner: user.pk if self.owner == "pk" else user})

    def rows(self, user: Model):
        return self.model._default_manager.filter(self.owner_q(user)).order_by("pk")


_REGISTRY: dict[str, PersonalData] = {}
# (model label, field name) → why it is not personal data although its name or type suggests so.
_NOT_PERSONAL: dict[tuple[str, str], str] = {}


def personal_data(
    *,
    fields: dict[str, Erasure],
    owner: Owner,
    delete_rows: bool = False,
    not_exported: tuple[str, ...] = (),
):
    """Class decorator: `@personal_data(fields={"email": Erasure.ANONYMISE}, owner="user")`."""

    def register(model: type[Model]) -> type[Model]:
        personal_data_register(
            model, fields=fields, owner=owner, delete_rows=delete_rows, not_exported=not_exported
        )
        return model

    return register


def personal_data_register(
    model: type[Model],
    *,
    fields: dict[str, Erasure],
    owner: Owner,
    delete_rows: bool = False,
    not_exported: tuple[str, ...] = (),
) -> None:
    entry = PersonalData(
        model=model,
        fields=dict(fields),
        owner=owner,
        delete_rows=delete_rows,
        not_exported=frozenset(not_exported),
    )
    _REGISTRY[entry.label] = entry


def not_personal(model_label: str, field_name: str, *, reason: str) -> None:
    """Declare that a field that looks personal is not (the completeness test reads this)."""
    if not reason:
        raise ValueError("Every not-personal entry needs a reason.")
    _NOT_PERSONAL[(model_label.lower(), field_name)] = reason


def registered() -> list[PersonalData]:
    return list(_REGISTRY.values())


def registered_for(model: type[Model]) -> PersonalData | None:
    return _REGISTRY.get(model._meta.label_lower)


def not_personal_reason(model_label: str, field_name: str) -> str | None:
    return _NOT_PERSONAL.get((model_label.lower(), field_name))
