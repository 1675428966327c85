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


class EndReason(models.TextChoices):
    """Why a match ended before its time. Founders, mentors and matching share the keys: the
    side that changes its mind names the reason, the match lifecycle records it and picks the
    notice that goes with it."""

    REQUEST_WITHDRAWN = "request_withdrawn", _("Anfrage zurückgezogen")
    FOUNDER_CONSENT = "founder_consent", _("Gründer:in hat die Einwilligung widerrufen")
    FOUNDER_DELETED = "founder_deleted", _("Gründer:in hat das Konto gelöscht")
    FOUNDER_ENDED = "founder_ended", _("von der Gründer:in beendet")
    MENTOR_PAUSED = "mentor_paused", _("Expert:in pausiert")
    MENTOR_CONSENT = "mentor_consent", _("Expert:in hat die Einwilligung widerrufen")
    MENTOR_DELETED = "mentor_deleted", _("Expert:in hat das Konto gelöscht")
    MENTOR_RETIRED = "mentor_retired", _("Expert:in von der Koordination beendet")
    MENTOR_ENDED = "mentor_ended", _("von der Expert:in beendet")
    COORDINATOR = "coordinator", _("von der Koordination abgebrochen")
    REMATCH = "rematch", _("stockte; von der Koordination neu vermittelt")


FOUNDER_SIDE_ENDS = frozenset(
    {
        EndReason.REQUEST_WITHDRAWN,
        EndReason.FOUNDER_CONSENT,
        EndReason.FOUNDER_DELETED,
        EndReason.FOUNDER_ENDED,
    }
)
MENTOR_SIDE_ENDS = frozenset(
    {
        EndReason.MENTOR_PAUSED,
        EndReason.MENTOR_CONSENT,
        EndReason.MENTOR_DELETED,
        EndReason.MENTOR_RETIRED,
        EndReason.MENTOR_ENDED,
    }
)
