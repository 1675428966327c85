"""Consent texts: what a person agrees to, with a version recorded beside each agreement.

Change a text → give it a new version, so every stored consent still says which words were agreed.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ConsentText:
    version: str
    text: Promise


FOUNDER_CONSENT = ConsentText(
    version="2026-11-founder-1",
    text=_(
        "Ich habe die Datenschutzhinweise gelesen. Ich bin einverstanden, dass Landvorteil "
        "Mentoring meine Angaben speichert, um eine passende Expert:in zu finden. Meine "
        "Kontaktdaten erhält eine Expert:in erst, wenn ich der Vermittlung zugestimmt habe und "
        "sie angenommen wurde. Ich kann die Einwilligung jederzeit widerrufen."
    ),
)
MENTOR_CONSENT = ConsentText(
    version="2026-11-mentor-1",
    text=_(
        "Ich habe die Datenschutzhinweise gelesen. Ich bin einverstanden, dass Landvorteil "
        "Mentoring mein Profil speichert und Koordinator:innen es prüfen. Gründer:innen sehen "
        "meinen Namen und meine Kontaktdaten erst nach einer angenommenen Vermittlung. Ich kann "
        "die Einwilligung jederzeit widerrufen."
    ),
)
BOOKING_CONSENT = ConsentText(
    version="2026-12-booking-1",
    text=_(
        "Ich habe die Datenschutzhinweise gelesen. Ich bin einverstanden, dass Landvorteil "
        "Mentoring meine Angaben für dieses Gespräch speichert. Die Expert:in sieht meinen Namen, "
        "mein Thema und meine Frage am Tag vor dem Sprechtag. Ich kann die Buchung jederzeit "
        "absagen."
    ),
)
EXPERT_SHOWN_CONSENT = ConsentText(
    version="2026-12-expert-shown-1",
    text=_("Mein Vorname, mein Beruf und meine Themen dürfen auf der Seite des Sprechtags stehen."),
)
SUPPORT_CONSENT = ConsentText(
    version="2026-12-support-1",
    text=_(
        "Ich möchte eng begleitet werden. Ich bin einverstanden, dass Landvorteil Mentoring meinen "
        "Gründungsfahrplan und die Notizen zu unseren Gesprächen speichert. Eine Expert:in sieht "
        "nur die Schritte, bei denen sie hilft, und was ich mit ihr teile. Ich kann die Begleitung "
        "jederzeit beenden."
    ),
)
