"""Shared choice lists: founding stages, meeting formats and spoken languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where a founder stands; guides, help requests and matching use the same keys."""

    IDEA = "idea", _("Idee")
    FOUNDING = "founding", _("in Gründung")
    YOUNG = "young", _("gegründet (jünger als 3 Jahre)")
    SUCCESSION = "succession", _("Nachfolge")


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("vor Ort")
    VIDEO = "video", _("Video")
    PHONE = "phone", _("Telefon")


class Language(models.TextChoices):
    """ISO 639-1 codes of the languages founders and mentors in the region speak most."""

    DE = "de", _("Deutsch")
    EN = "en", _("Englisch")
    PL = "pl", _("Polnisch")
    UK = "uk", _("Ukrainisch")
    RU = "ru", _("Russisch")
    TR = "tr", _("Türkisch")
    AR = "ar", _("Arabisch")
    FA = "fa", _("Persisch")
    RO = "ro", _("Rumänisch")
    BG = "bg", _("Bulgarisch")
    DA = "da", _("Dänisch")
    NL = "nl", _("Niederländisch")
    FR = "fr", _("Französisch")
    ES = "es", _("Spanisch")
    IT = "it", _("Italienisch")
    VI = "vi", _("Vietnamesisch")
