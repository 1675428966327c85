"""The vocabulary a list's cells are read against — topics, places, professions, languages,
formats, stages — by their German or English names, codes or slugs; fetched once per file."""

import re

from django.utils import translation
from django.utils.translation import gettext as _

from imports.values import name_key, names_parse, postcode_parse, spaces_tidied
from mentors.models import Mentor
from mentors.professions import profession_title_key
from mentors.selectors import profession_for_title, profession_titles_known
from vocabulary.choices import Language, MeetingFormat, Stage
from vocabulary.models import Place, Topic
from vocabulary.selectors import place_for_postcode

# What the English-speaking half of a region's lists calls the languages Language names.
_LANGUAGE_NAMES_EN = {
    "de": ("German", "deu", "ger"),
    "en": ("English", "eng", "Englisch"),
    "pl": ("Polish", "pol"),
    "uk": ("Ukrainian", "ukr"),
    "ru": ("Russian", "rus"),
    "tr": ("Turkish", "tur"),
    "ar": ("Arabic", "ara"),
    "fa": ("Persian", "Farsi", "Dari", "fas"),
    "ro": ("Romanian", "ron"),
    "bg": ("Bulgarian", "bul"),
    "da": ("Danish", "dan"),
    "nl": ("Dutch", "nld"),
    "fr": ("French", "fra"),
    "es": ("Spanish", "spa"),
    "it": ("Italian", "ita"),
    "vi": ("Vietnamese", "vie"),
}
_FORMAT_NAMES = {
    "in_person": ("in person", "persönlich", "Präsenz", "vor Ort", "Treffen", "face to face"),
    "video": ("online", "Videocall", "Zoom", "Videokonferenz", "digital"),
    "phone": ("Telefon", "telefonisch", "Anruf", "phone call"),
}
_STAGE_NAMES = {
    "idea": ("Idee", "Ideenphase", "idea stage"),
    "founding": ("Gründung", "in Gründung", "Gründungsphase", "founding"),
    "young": ("gegründet", "jung", "junges Unternehmen", "Startup", "young company"),
    "succession": ("Nachfolge", "Übernahme", "succession"),
}


def _choice_names(choices, extra: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Keys, German labels and the extra names of a choice list, all by name_key."""
    known: dict[str, str] = {}
    with translation.override("de"):
        for value, label in choices.choices:
            for name in (value, str(label), *extra.get(value, ())):
                known.setdefault(name_key(name), value)
    return known


def _topic_names() -> dict[str, str]:
    """Slug, German and English name of every topic, and each part of a name joined by "&"
    or a comma ("Recht" of "Recht & Verträge"), since that is how people shorten them."""
    known: dict[str, str] = {}
    for topic in Topic.objects.all():
        for name in (topic.slug, topic.name, topic.name_en):
            known[name_key(name)] = topic.slug
        for name in (topic.name, topic.name_en):
            for part in re.split(r"\s*(?:&|,|\bund\b|\band\b)\s*", name or ""):
                known.setdefault(name_key(part), topic.slug)
    known.pop("", None)
    return known


class Lookups:
    def __init__(self):
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self.topic_names = _topic_names()
        self.languages = _choice_names(Language, _LANGUAGE_NAMES_EN)
        self.formats = _choice_names(MeetingFormat, _FORMAT_NAMES)
        self.stages = _choice_names(Stage, _STAGE_NAMES)
        self.categories = _choice_names(Mentor.Profession, {"other": ("Other", "sonstige")})
        self.titles = profession_titles_known()
        # A "title" that is only a category as this program writes it ("lawyer", "IT") is
        # no title of the person's own; "Rechtsanwältin" is.
        self.category_words: set[str] = set()
        with translation.override("de"):
            for value, label in Mentor.Profession.choices:
                self.category_words |= {value.casefold(), str(label).casefold()}
                for name in (value, str(label)) if value != Mentor.Profession.OTHER else ():
                    self.titles.setdefault(profession_title_key(name), value)
        self._places: dict[str, Place | None] = {}

    def topics_parse(self, value: str) -> list[Topic]:
        slugs = self._topic_slugs(value)
        if not slugs:
            raise ValueError(_("Mindestens ein Thema angeben"))
        return [self.topics[slug] for slug in slugs]

    def _topic_slugs(self, value: str) -> list[str]:
        try:
            return names_parse(
                value, known=self.topic_names, unknown_reason=_("Unbekanntes Thema „%s“")
            )
        except ValueError:
            # "Design, Marke & Produkt" is one name with a comma in it: read it by its parts.
            parts = re.split(r"\s*(?:&|\bund\b|\band\b|\+)\s*", value)
            return names_parse(
                ";".join(parts), known=self.topic_names, unknown_reason=_("Unbekanntes Thema „%s“")
            )

    def place_parse(self, value: str) -> Place:
        postcode = postcode_parse(value)
        if postcode not in self._places:
            self._places[postcode] = place_for_postcode(postcode)
        place = self._places[postcode]
        if place is None:
            raise ValueError(_("Unbekannte Postleitzahl „%s“") % postcode)
        return place

    def profession_parse(self, title: str, category: str) -> tuple[str, str]:
        """(category, the person's own title): the title as written unless it only names a
        category ("lawyer", "Steuerberater:in"); an unplaced title is "Sonstiges"."""
        title = spaces_tidied(title)
        if category.strip():
            key = self.categories.get(name_key(category))
            if key is None:
                raise ValueError(_("Unbekannte Berufsgruppe „%s“") % category)
        elif not title:
            raise ValueError(_("Beruf fehlt"))
        else:
            key = profession_for_title(title=title, known=self.titles)
        if len(title) > 200:
            raise ValueError(_("Beruf ist länger als 200 Zeichen"))
        if title.casefold() in self.category_words:
            title = ""
        return key, title

    def languages_parse(self, value: str) -> list[str]:
        found = names_parse(
            value, known=self.languages, unknown_reason=_("Unbekannte Sprache „%s“")
        )
        return found or [Language.DE.value]

    def formats_parse(self, value: str) -> list[str]:
        found = names_parse(
            value, known=self.formats, unknown_reason=_("Unbekannte Gesprächsform „%s“")
        )
        return found or list(MeetingFormat.values)

    def stage_parse(self, value: str) -> str:
        stage = self.stages.get(name_key(value))
        if stage is None:
            raise ValueError(_("Unbekannte Gründungsphase „%s“") % spaces_tidied(value))
        return stage
