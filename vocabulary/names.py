"""Normalised locality names: one key for matching data sources and for what people type.

Pure Python, no Django: the loader, the form field and the selectors must agree on the key.
"""

import re
import unicodedata

# German transliteration first: "Mölln" and "Moelln" must meet, which stripping accents
# ("Molln") would not achieve.
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SAINT = re.compile(r"\bst\.\s*|\bst\s+(?=\w)")
# Official suffixes people copy from letterheads: "Ratzeburg, Stadt", "Wismar, Hansestadt".
_ADMIN_SUFFIX = re.compile(r",\s*(stadt|gemeinde|flecken|hansestadt|kurort)\s*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Everything after these marks qualifies the name: "Lauenburg/Elbe", "Halle (Westf.)",
# "Dillingen a.d.Donau", "Tessin b. Boizenburg", "Plau am See", "Wentorf bei Hamburg".
_QUALIFIER = re.compile(
    r"\s*(\(|/|,|\s(a|i|b|a\.\s?d|i\.\s?d)\.|\s(an der|am|im|in der|in|bei|ob der|ob|vor der|"
    r"auf der|unter der)\s).*$"
)


def locality_key(name: str) -> str:
    """Lower-case ASCII words: umlauts spelt out, "St." as "Sankt", punctuation as spaces."""
    text = name.strip().casefold()
    text = _ADMIN_SUFFIX.sub("", text)
    text = text.translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _SAINT.sub("sankt ", text)
    return _NON_ALNUM.sub(" ", text).strip()


def locality_base_key(name: str) -> str:
    """The key without qualifiers: "Lauenburg/Elbe" and "Lauenburg" share "lauenburg"."""
    text = _ADMIN_SUFFIX.sub("", name.strip().casefold())
    return locality_key(_QUALIFIER.sub("", " " + text))
