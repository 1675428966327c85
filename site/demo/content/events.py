"""The demo events: two dates in the region in the coming weeks (example content).

Times are local (Europe/Berlin) as "YYYY-MM-DDTHH:MM"; ``format`` uses the keys of
``events.models.EventFormat``. Venues are placeholders, marked as such: the region's editors
replace them with real places, addresses and registration links.
"""

from demo.content import EXAMPLE_NOTICE_TEXT

EVENTS = [
    {
        "slug": "gruendungssprechstunde-ratzeburg-dezember-2026",
        "title": "Gründungssprechstunde in Ratzeburg",
        "intro": (
            "Sie haben eine Idee oder gerade gegründet? Sprechen Sie 30 Minuten unter vier Augen "
            "mit Expert:innen aus der Region – kostenlos."
        ),
        "description": (
            f"<p><i>{EXAMPLE_NOTICE_TEXT}</i></p>"
            "<p>In der Gründungssprechstunde nehmen sich Expert:innen aus dem Kreis Herzogtum "
            "Lauenburg Zeit für Ihre Fragen. Zum Beispiel:</p>"
            "<ul>"
            "<li>Muss ich ein Gewerbe anmelden, und wo?</li>"
            "<li>Passt die Kleinunternehmerregelung zu mir?</li>"
            "<li>Welche Rechtsform ist die richtige?</li>"
            "<li>Wie baue ich meinen Businessplan auf?</li>"
            "</ul>"
            "<p>Jedes Gespräch dauert 30 Minuten. Bringen Sie gern Unterlagen mit. Wenn Sie "
            "danach mehr Begleitung möchten, vermitteln wir Ihnen eine Mentorin oder einen "
            "Mentor.</p>"
            "<p>Die Expert:innen geben Ihnen Orientierung. Rechts- und Steuerberatung im "
            "Einzelfall geben nur Anwält:innen und Steuerberater:innen.</p>"
        ),
        "start": "2026-12-09T15:00",
        "end": "2026-12-09T18:00",
        "format": "office_hours",
        "venue": "Gründungsraum Ratzeburg (Beispielort)",
        "postcode": "23909",
        "locality": "Ratzeburg",
        "registration_note": (
            "Kostenlos. Bitte bis 7. Dezember über die Kontaktseite anmelden; "
            "wir schicken Ihnen Ihre Uhrzeit."
        ),
        "topics": ["recht", "steuern", "businessplan"],
        "organiser": "Landvorteil Mentoring (Beispiel)",
    },
    {
        "slug": "pop-up-gruenden-auf-dem-land-parchim-januar-2027",
        "title": "Pop-up: Gründen auf dem Land",
        "intro": (
            "Ein Tag im leeren Laden: Gründer:innen aus Ludwigslust-Parchim erzählen, "
            "Expert:innen beantworten Fragen, und Sie probieren Ihre Idee aus."
        ),
        "description": (
            f"<p><i>{EXAMPLE_NOTICE_TEXT}</i></p>"
            "<p>Für einen Tag wird ein leerstehender Laden in Parchim zum Treffpunkt für alle, "
            "die auf dem Land etwas gründen wollen – ob Hofladen, Handwerk, Café oder "
            "Dienstleistung.</p>"
            "<h2>Was Sie erwartet</h2>"
            "<ul>"
            "<li>Kurze Erfahrungsberichte von Gründer:innen aus der Region</li>"
            "<li>Kurzvorträge: Gründen im Nebenerwerb, Hofladen und Direktvermarktung, einen "
            "Betrieb übernehmen</li>"
            "<li>Tisch der Expert:innen: Finanzierung, Förderung und Businessplan</li>"
            "<li>Ideenwand: Schreiben Sie auf, was Ihrem Ort fehlt</li>"
            "</ul>"
            "<p>Das Pop-up gehört zu den Kreativ- und Innovationsorten von Landvorteil: Orte "
            "auf Zeit, die Ortskerne beleben und zeigen, was auf dem Land möglich ist.</p>"
        ),
        "start": "2027-01-16T10:00",
        "end": "2027-01-16T16:00",
        "format": "pop_up",
        "venue": "Leerstehender Laden in der Innenstadt (Beispielort)",
        "postcode": "19370",
        "locality": "Parchim",
        "registration_note": (
            "Eintritt frei, ohne Anmeldung. Für ein Gespräch am Tisch der Expert:innen bitte "
            "vorher über die Kontaktseite anmelden."
        ),
        "topics": ["businessplan", "finanzierung", "landwirtschaft", "nachfolge"],
        "organiser": "Landvorteil Mentoring (Beispiel)",
    },
]
