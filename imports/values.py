"""The cell formats the import understands, written the way people fill spreadsheets: lists
separated by ; , / or line breaks, ja/nein/x/1/0, postcodes as Excel numbers or with the town.
Each function returns the value or raises ValueError with a German reason. Pure Python."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

_YES = {"yes", "ja", "y", "j", "1", "true", "wahr", "x", "✓", "✔", "ok"}
_NO = {"no", "nein", "n", "0", "false", "falsch", "", "-", "–"}
_POSTCODE = re.compile(r"^(?:D\s*-\s*)?(\d{4,5})(?:[.,]0+)?(?:\s+\D.*)?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[;,/\n\r|]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def name_key(text: str) -> str:
    """A name as a lookup key, without case, umlauts, brackets or punctuation: "Recht &
    Verträge" and "recht & vertraege" meet at "rechtvertraege"."""
    text = re.sub(r"\(.*?\)", "", str(text))
    return re.sub(r"[^a-z0-9]", "", text.casefold().translate(_FOLD))


def spaces_tidied(value: str) -> str:
    """Stray spaces inside and around a cell (non-breaking ones from Word too) made single."""
    return re.sub(r"[ \t\u00a0]+", " ", str(value)).strip()


def email_parse(value: str) -> str:
    value = re.sub(r"^mailto:", "", spaces_tidied(value), flags=re.IGNORECASE)
    value = value.strip("<>").replace(" ", "").lower()
    if not value:
        raise ValueError(_("E-Mail-Adresse fehlt"))
    try:
        validate_email(value)
    except ValidationError:
        raise ValueError(_("Ungültige E-Mail-Adresse „%s“") % value) from None
    return value


def required_parse(value: str, *, label: str, max_length: int) -> str:
    value = spaces_tidied(value)
    if not value:
        raise ValueError(_("%s fehlt") % label)
    return optional_parse(value, label=label, max_length=max_length)


def optional_parse(value: str, *, label: str, max_length: int) -> str:
    value = spaces_tidied(value)
    if len(value) > max_length:
        raise ValueError(
            _("%(label)s ist länger als %(n)d Zeichen") % {"label": label, "n": max_length}
        )
    return value


def list_parse(value: str) -> list[str]:
    """``a;b, c / d`` → ["a", "b", "c", "d"]; empty parts are dropped, order kept, duplicates
    removed."""
    parts = [spaces_tidied(part) for part in _SEPARATORS.split(str(value))]
    return list(dict.fromkeys(part for part in parts if part))


def names_parse(value: str, *, known: dict[str, str], unknown_reason: str) -> list[str]:
    """A list of names, codes or slugs → their keys in ``known`` (by name_key); every unknown
    name is named in one reason (``unknown_reason`` with a %s)."""
    found, unknown = [], []
    for item in list_parse(value):
        key = known.get(name_key(item))
        if key is None:
            unknown.append(item)
        elif key not in found:
            found.append(key)
    if unknown:
        raise ValueError(unknown_reason % "“, „".join(unknown))
    return found


def yes_no_parse(value: str) -> bool:
    key = spaces_tidied(value).lower().rstrip(".!")
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(_("„%s“ ist weder ja noch nein") % value)


def int_parse(value: str, *, label: str, minimum: int, maximum: int, default: int) -> int:
    value = spaces_tidied(value)
    if not value:
        return default
    match = re.fullmatch(r"(\d+)(?:[.,]0+)?(?:\s*km)?", value, flags=re.IGNORECASE)
    number = int(match[1]) if match else None
    if number is None or not minimum <= number <= maximum:
        raise ValueError(
            _("%(label)s muss eine Zahl von %(min)d bis %(max)d sein, nicht „%(value)s“")
            % {"label": label, "min": minimum, "max": maximum, "value": value}
        )
    return number


def postcode_parse(value: str) -> str:
    """23909, 23909.0 (Excel), "23909 Ratzeburg", "D-23909"; a lost leading zero (1067) back."""
    value = spaces_tidied(value)
    match = _POSTCODE.match(value)
    if not match:
        raise ValueError(_("Ungültige Postleitzahl „%s“") % value)
    return match[1].zfill(5)
