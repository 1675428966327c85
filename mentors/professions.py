"""Placing a job title as people write it ("Rechtsanwältin", "Fachanwalt für Arbeitsrecht",
"StB", "Bankkauffrau") in a profession category. Pure Python: the titles a coordinator keeps
(ProfessionTitle) come in as a dict from the selector.

Both the kept titles and the title being placed go through the same key, so a coordinator's
"Steuerberaterin" and a list's "Steuerberater:innen" meet at "steuerberater".
"""

import re
import unicodedata

# Gender markers: Berater:in, Berater*innen, Berater_in, Berater/in, Berater/-in, Berater(in).
_GENDER_MARK = re.compile(r"(?:[:*_/]|/-)\s*(?:in|innen)\b|\((?:in|innen)\)", re.IGNORECASE)
# The Binnen-I of "BeraterIn"/"BeraterInnen": only readable before case is folded.
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])In(?:nen)?\b")
# Academic and similar prefixes say nothing about the field.
_DEGREES = re.compile(
    r"\b(?:dr|prof|dipl|mag|ing|rer|nat|oec|jur|med|kfm|kff)\b\.?-?", re.IGNORECASE
)
# "Fachanwalt für Arbeitsrecht", "Steuerberater bei XY", "Designerin (freiberuflich)": the head
# noun carries the category, what follows narrows it.
_QUALIFIER = re.compile(r"\s+(?:für|fuer|bei|im|in der|mit|at|for)\s+.*$", re.IGNORECASE)
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
# Several roles in one cell: the first one we can place wins.
_SEVERAL = re.compile(r"\s+(?:und|and|u\.)\s+|[/,;&+|]")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
MIN_SUFFIX = 5  # "designer" inside "grafikdesigner"; shorter keys would place too much


def _fold(word: str) -> str:
    """One word, case and gender folded: "Rechtsanwältinnen" → "rechtsanwalt"."""
    word = re.sub(r"[^a-z0-9]", "", word.casefold().translate(_UMLAUTS))
    for ending, replacement in (("leute", "mann"), ("frauen", "mann"), ("frau", "mann")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    if word.endswith("innen") and len(word) > 7:
        return word[:-5]
    if word.endswith("in") and len(word) > 5:
        return word[:-2]
    if word.endswith("e") and len(word) > 5:
        return word[:-1]  # plural Anwälte, Landwirte; "Angestellte" folds the same on both sides
    return word


def _cleaned(title: str) -> str:
    text = _BINNEN_I.sub("", unicodedata.normalize("NFC", title or ""))
    text = _GENDER_MARK.sub("", text)
    return _DEGREES.sub(" ", _BRACKETS.sub(" ", text))


def _roles(title: str) -> list[list[str]]:
    """The words of every role a title names, folded: [["it", "berater"], ["coach"]]."""
    roles = []
    for part in _SEVERAL.split(_cleaned(title)):
        words = [_fold(word) for word in re.split(r"[\s-]+", _QUALIFIER.sub("", part))]
        if words := [word for word in words if word]:
            roles.append(words)
    return roles


def profession_title_keys(title: str) -> list[str]:
    """What a title may be known as, best first: each role whole ("itberater"), then each of
    its words alone ("mediengestalter" of "Mediengestalterin Digital")."""
    keys: list[str] = []
    for words in _roles(title):
        for key in ["".join(words), *words]:
            if key not in keys:
                keys.append(key)
    return keys


def profession_title_key(title: str) -> str:
    """The key of a title's first role, whole: what a kept title is known by."""
    roles = _roles(title)
    return "".join(roles[0]) if roles else ""


def profession_guess(*, title: str, known: dict[str, str], default: str) -> str:
    """The category of a title: a kept title with the same key, else one the title ends with
    ("Grafikdesigner" → "designer"), else ``default``."""
    keys = profession_title_keys(title)
    for key in keys:
        if key in known:
            return known[key]
    for key in keys:
        endings = [k for k in known if len(k) >= MIN_SUFFIX and key.endswith(k)]
        if endings:
            return known[max(endings, key=len)]
    return default
