"""The service region: areas coordinators keep as plain lists of postcodes."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from vocabulary import names
from vocabulary.models.places import Place

_POSTCODE = re.compile(r"\d{5}")
# Entries are separated by line breaks, commas or semicolons; "#" starts a comment that runs
# to the end of its line (and may itself contain commas).
_SEPARATORS = re.compile(r"[,;]")


@dataclass(frozen=True, slots=True)
class CoverageEntry:
    """A whole postcode (``locality_key`` empty) or one locality within it."""

    postcode: str
    locality_key: str = ""
    text: str = ""


def coverage_parse(text: str) -> tuple[list[CoverageEntry], list[str]]:
    """Split the coordinators' list into entries; the second list holds what is not one."""
    entries, invalid = [], []
    lines = (line.split("#", 1)[0] for line in text.splitlines())
    for raw in (part for line in lines for part in _SEPARATORS.split(line)):
        line = raw.strip()
        if not line:
            continue
        words = line.split()
        if all(_POSTCODE.fullmatch(word) for word in words):
            # "23909 23911 23919": several postcodes pasted on one line.
            entries.extend(CoverageEntry(postcode=word, text=word) for word in words)
        elif _POSTCODE.fullmatch(words[0]) and not any(char.isdigit() for char in line[5:]):
            key = names.locality_key(line[5:])
            entries.append(CoverageEntry(postcode=words[0], locality_key=key, text=line))
        else:
            invalid.append(line)
    return entries, invalid


class ServiceArea(models.Model):
    """A district (or any area) where the service is offered, as the postcodes it covers."""

    name = models.CharField(_("Name"), max_length=120, unique=True)
    postcodes = models.TextField(
        _("Postleitzahlen"),
        help_text=_(
            "Eine Postleitzahl je Zeile, zum Beispiel „23909“. Teilt sich der Kreis eine "
            "Postleitzahl mit Nachbarn, nur die eigenen Orte eintragen: „21039 Börnsen“. "
            "Text nach # ist ein Kommentar."
        ),
    )
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Dienstgebiet")
        verbose_name_plural = _("Dienstgebiete")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def entries(self) -> list[CoverageEntry]:
        return coverage_parse(self.postcodes)[0]

    def clean(self) -> None:
        super().clean()
        errors = coverage_errors(self.postcodes)
        if errors:
            raise ValidationError({"postcodes": errors})


def coverage_errors(text: str) -> list[str]:
    """German messages for every entry that is malformed or not in the gazetteer."""
    entries, invalid = coverage_parse(text)
    errors = []
    if invalid:
        errors.append(
            format_lazy(
                _(
                    "Diese Zeilen verstehen wir nicht: {lines}. Erwartet wird je Zeile eine "
                    "fünfstellige Postleitzahl, wahlweise gefolgt vom Ortsnamen."
                ),
                lines=", ".join(f"„{line}“" for line in invalid),
            )
        )
    if not entries and not invalid:
        errors.append(_("Bitte tragen Sie mindestens eine Postleitzahl ein."))
    if not entries:
        return errors
    if not Place.objects.exists():
        return [*errors, _("Das Ortsverzeichnis ist leer: bitte zuerst „load_places“ ausführen.")]
    known = set(
        Place.objects.filter(postcode__in={entry.postcode for entry in entries}).values_list(
            "postcode", "locality_key"
        )
    )
    known_postcodes = {postcode for postcode, _key in known}
    unknown = [entry.postcode for entry in entries if entry.postcode not in known_postcodes]
    if unknown:
        errors.append(
            format_lazy(
                _("Diese Postleitzahlen kennen wir nicht: {postcodes}."),
                postcodes=", ".join(dict.fromkeys(unknown)),
            )
        )
    missing = [
        entry.text
        for entry in entries
        if entry.locality_key
        and entry.postcode in known_postcodes
        and (entry.postcode, entry.locality_key) not in known
    ]
    if missing:
        errors.append(
            format_lazy(
                _("Diese Orte gibt es unter der angegebenen Postleitzahl nicht: {places}."),
                places=", ".join(f"„{text}“" for text in missing),
            )
        )
    return errors
