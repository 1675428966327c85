"""The demo guides: plain German, "Sie", concrete next steps, sources named in the text.

Example content of the demo region. Facts follow /work/shared/REGION.md and the laws named in the
text; the region's editors check every guide before publication ("Stand" = ``reviewed``).
Links between guides use the paths the demo creates under /leitfaeden/.
"""

from demo.content import example_notice, experts, orientation_law, orientation_tax

_GUIDE = "/leitfaeden/{}/"


def _link(slug: str, text: str) -> str:
    return f'<a href="{_GUIDE.format(slug)}">{text}</a>'


GEWERBE = {
    "slug": "gewerbe-anmelden",
    "keywords": (
        "Gewerbeschein, Gewerbeamt, Ordnungsamt, Anmeldung, Gebühr, Formular, Verkauf starten"
    ),
    "title": "Gewerbe anmelden: So geht's",
    "intro": (
        "Wer ein Gewerbe betreibt, muss es vor dem Start anmelden. Hier lesen Sie, wer eine "
        "Gewerbeanmeldung braucht, wo Sie Ihr Gewerbe anmelden und was danach passiert."
    ),
    "topics": ["recht", "steuern"],
    "stages": ["founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "text",
            "<h2>Wer braucht eine Gewerbeanmeldung?</h2>"
            "<p>Fast alle, die selbstständig etwas verkaufen, herstellen oder als Dienstleistung "
            "anbieten. Die Pflicht zur Anzeige steht in § 14 der Gewerbeordnung (GewO).</p>"
            "<p><b>Ausnahme: freie Berufe.</b> Dazu gehören zum Beispiel viele Designer:innen, "
            "Berater:innen, Anwält:innen und Steuerberater:innen. Sie melden kein Gewerbe an. "
            "Sie melden sich nur beim Finanzamt. Auch Land- und Forstwirtschaft ist in der "
            "Regel kein Gewerbe.</p>"
            "<p>Ob Ihre Tätigkeit ein Gewerbe oder ein freier Beruf ist, ist nicht immer klar. "
            "Fragen Sie im Zweifel beim Gewerbeamt oder beim Finanzamt nach.</p>",
        ),
        (
            "steps",
            {
                "title": "In vier Schritten zur Gewerbeanmeldung",
                "steps": [
                    {
                        "title": "Das zuständige Gewerbeamt finden",
                        "text": "<p>Zuständig ist das Gewerbeamt Ihrer Stadt, Ihrer Gemeinde "
                        "oder Ihres Amtes – dort, wo Ihr Betrieb liegt. Arbeiten Sie von zu "
                        "Hause aus, ist das Ihr Wohnort. Viele Gemeinden und Ämter bieten die "
                        "Anmeldung auch online an. Schauen Sie auf deren Website nach.</p>",
                    },
                    {
                        "title": "Unterlagen bereitlegen",
                        "text": "<p>Sie brauchen Ihren Personalausweis oder Reisepass und eine "
                        "kurze Beschreibung Ihrer Tätigkeit. Für manche Tätigkeiten brauchen Sie "
                        "zusätzlich eine Erlaubnis oder einen Nachweis, zum Beispiel die "
                        "Eintragung in die Handwerksrolle. Gründen Sie eine UG oder GmbH, "
                        "braucht das Amt auch den Auszug aus dem Handelsregister.</p>",
                    },
                    {
                        "title": "Anmelden und Gebühr zahlen",
                        "text": "<p>Sie füllen das Formular aus, auf Papier oder online. Die "
                        "Anmeldung kostet eine Gebühr. Wie hoch sie ist, legt jede Gemeinde "
                        "selbst fest. Fragen Sie vorher nach.</p>",
                    },
                    {
                        "title": "Die Bestätigung aufheben",
                        "text": "<p>Sie bekommen eine Bestätigung über Ihre Anmeldung. Viele "
                        "nennen sie „Gewerbeschein“. Heben Sie sie gut auf: Banken, "
                        "Lieferanten und Förderstellen fragen oft danach.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Erst anmelden, dann starten",
                "text": "<p>Melden Sie Ihr Gewerbe an, bevor Sie die ersten Aufträge annehmen. "
                "Wer ohne Anmeldung arbeitet, riskiert ein Bußgeld.</p>",
            },
        ),
        (
            "text",
            "<h2>Was passiert nach der Gewerbeanmeldung?</h2>"
            "<ul>"
            "<li>Das Gewerbeamt gibt Ihre Angaben an andere Stellen weiter, zum Beispiel an das "
            "Finanzamt und an die zuständige Kammer.</li>"
            "<li>Mit einem Gewerbe sind Sie in der Regel Mitglied der Industrie- und "
            "Handelskammer (IHK) oder – im Handwerk – der Handwerkskammer.</li>"
            "<li>Das Finanzamt erwartet innerhalb eines Monats den „Fragebogen zur steuerlichen "
            "Erfassung“ (§ 138 AO). Wie das geht, lesen Sie im Leitfaden "
            + _link("steuern-fuer-gruenderinnen", "Steuern für Gründer:innen")
            + ".</li>"
            "</ul>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Im Kreis Herzogtum Lauenburg ist Ihre Kammer für die meisten "
                "Gewerbe die IHK zu Lübeck, für Handwerksbetriebe die "
                "Handwerkskammer Lübeck. Fragen Sie dort nach Angeboten für Gründer:innen.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Im Landkreis Ludwigslust-Parchim ist Ihre Kammer für die meisten "
                "Gewerbe die IHK zu Schwerin, für Handwerksbetriebe "
                "die Handwerkskammer Schwerin. Fragen Sie dort nach Angeboten für "
                "Gründer:innen.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Vor dem Termin beim Gewerbeamt",
                "items": [
                    "Ich kann meine Tätigkeit in ein, zwei Sätzen beschreiben.",
                    "Ich weiß, ob ich ein Gewerbe betreibe oder einen freien Beruf ausübe.",
                    "Ich weiß, ob ich eine Erlaubnis oder einen Nachweis brauche.",
                    "Ich habe einen gültigen Ausweis.",
                    "Ich habe ein Startdatum festgelegt.",
                    "Ich kenne die Gebühr meiner Gemeinde oder meines Amtes.",
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Muss ich auch anmelden, wenn ich nur nebenbei verkaufe?",
                        "answer": "<p>Ja, wenn Sie regelmäßig verkaufen und damit Geld verdienen "
                        "wollen. Wer nur ab und zu eigene gebrauchte Sachen verkauft, betreibt "
                        "kein Gewerbe. Mehr dazu im Leitfaden "
                        + _link("gruenden-im-nebenerwerb", "Gründen im Nebenerwerb")
                        + ".</p>",
                    },
                    {
                        "question": "Was mache ich, wenn ich umziehe oder aufhöre?",
                        "answer": "<p>Auch das melden Sie beim Gewerbeamt: als Ummeldung oder "
                        "als Abmeldung. Das gilt auch, wenn sich Ihre Tätigkeit deutlich "
                        "ändert.</p>",
                    },
                    {
                        "question": "Ich übernehme einen bestehenden Betrieb. Muss ich ihn neu "
                        "anmelden?",
                        "answer": "<p>Ja. Sie melden das Gewerbe auf Ihren Namen an, die "
                        "bisherigen Inhaber:innen melden ab. Lesen Sie dazu den Leitfaden "
                        + _link("unternehmensnachfolge", "Unternehmensnachfolge")
                        + ".</p>",
                    },
                ],
            },
        ),
        orientation_law(),
        experts("recht", "Fragen zur Gewerbeanmeldung?"),
    ],
}

RECHTSFORM = {
    "slug": "rechtsform-waehlen",
    "keywords": "GmbH, UG, GbR, Einzelunternehmen, Haftung, Partner, Gesellschaft, Stammkapital",
    "title": "Rechtsform wählen: Welche passt zu Ihnen?",
    "intro": (
        "Die Rechtsform legt fest, wer für Schulden haftet, was die Gründung kostet und wie viel "
        "Buchhaltung auf Sie zukommt. Hier finden Sie die Formen, die kleine Gründungen am "
        "häufigsten wählen."
    ),
    "topics": ["recht", "steuern"],
    "stages": ["idea", "founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "text",
            "<h2>Einzelunternehmen</h2>"
            "<p>Sie gründen allein. Das geht schnell und kostet wenig. Sie haften aber mit Ihrem "
            "ganzen privaten Vermögen. Die meisten kleinen Gründungen starten so.</p>"
            "<h2>GbR – Gesellschaft bürgerlichen Rechts</h2>"
            "<p>Zwei oder mehr Personen gründen gemeinsam. Dafür reicht ein Vertrag zwischen "
            "Ihnen. Schreiben Sie ihn auf, auch wenn das Gesetz es nicht verlangt. Jede Person "
            "haftet mit ihrem privaten Vermögen für alle Schulden der GbR.</p>"
            "<p>Seit 2024 kann sich eine GbR in das Gesellschaftsregister eintragen lassen. Sie "
            "heißt dann „eingetragene GbR“ (eGbR). Das ist nötig, wenn die GbR in andere "
            "Register eingetragen werden soll, zum Beispiel als Eigentümerin eines Grundstücks "
            "ins Grundbuch.</p>"
            "<h2>UG (haftungsbeschränkt)</h2>"
            "<p>Die „kleine GmbH“. Sie können sie schon mit sehr wenig Stammkapital gründen. "
            "Die Gesellschaft haftet nur mit ihrem eigenen Vermögen, nicht mit Ihrem privaten. "
            "Dafür brauchen Sie einen Notartermin und eine Eintragung ins Handelsregister. "
            "Ein Teil des Gewinns muss in der Firma bleiben, bis das Kapital einer GmbH erreicht "
            "ist (§ 5a GmbHG).</p>"
            "<h2>GmbH</h2>"
            "<p>Wie die UG, aber mit 25.000 Euro Stammkapital (§ 5 GmbHG). Die GmbH wirkt auf "
            "Banken und Geschäftspartner oft solider. Gründung und Buchhaltung sind aufwendiger "
            "und teurer als beim Einzelunternehmen.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Auch mit UG oder GmbH haften Sie manchmal selbst",
                "text": "<p>Banken verlangen für Kredite oft eine persönliche Bürgschaft. Und "
                "wer als Geschäftsführer:in Pflichten verletzt, kann persönlich haften. Die "
                "Haftungsbeschränkung schützt also nicht in jedem Fall.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Fragen, die Ihnen bei der Wahl helfen",
                "items": [
                    "Gründe ich allein oder mit anderen?",
                    "Wie groß ist das Risiko, dass hohe Schulden entstehen?",
                    "Wie viel Geld kann ich am Anfang einbringen?",
                    "Wie viel Zeit und Geld will ich für Buchhaltung ausgeben?",
                    "Brauche ich einen Kredit – und was verlangt die Bank?",
                    "Will ich später Partner:innen aufnehmen oder den Betrieb verkaufen?",
                ],
            },
        ),
        (
            "steps",
            {
                "title": "So kommen Sie zur Entscheidung",
                "steps": [
                    {
                        "title": "Überblick verschaffen",
                        "text": "<p>Beantworten Sie die Fragen oben für sich. Notieren Sie, "
                        "welche Rechtsformen danach in Frage kommen.</p>",
                    },
                    {
                        "title": "Zahlen vergleichen",
                        "text": "<p>Lassen Sie sich die Kosten für Gründung, Buchhaltung und "
                        "Steuern der Formen gegenüberstellen. Das kann eine Steuerberatung.</p>",
                    },
                    {
                        "title": "Beraten lassen und entscheiden",
                        "text": "<p>Für Verträge, etwa den Gesellschaftsvertrag einer GbR, holen "
                        "Sie sich Rat von Anwält:innen oder Notar:innen. Bei UG und GmbH ist der "
                        "Notartermin ohnehin Pflicht.</p>",
                    },
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Kann ich die Rechtsform später wechseln?",
                        "answer": "<p>Ja, zum Beispiel vom Einzelunternehmen in eine GmbH. Das "
                        "kostet aber Zeit und Geld. Viele starten einfach und wechseln, wenn "
                        "der Betrieb wächst.</p>",
                    },
                    {
                        "question": "Muss ich als Einzelunternehmer:in ins Handelsregister?",
                        "answer": "<p>Nur wenn Ihr Betrieb nach Art und Umfang einen "
                        "kaufmännischen Geschäftsbetrieb braucht. Dann heißen Sie „eingetragene "
                        "Kauffrau“ oder „eingetragener Kaufmann“ (e. K.). Kleine Betriebe "
                        "können sich freiwillig eintragen lassen.</p>",
                    },
                ],
            },
        ),
        orientation_law(),
        experts("recht", "Hilfe bei der Wahl der Rechtsform"),
    ],
}

STEUERN = {
    "slug": "steuern-fuer-gruenderinnen",
    "keywords": (
        "Steuernummer, Fragebogen, ELSTER, Umsatzsteuer, Mehrwertsteuer, Buchhaltung, "
        "Belege, Steuerberatung, Rechnung"
    ),
    "title": "Steuern für Gründer:innen: der Start beim Finanzamt",
    "intro": (
        "Nach der Gründung meldet sich das Finanzamt – oder Sie melden sich dort. Hier lesen "
        "Sie, was der Fragebogen zur steuerlichen Erfassung ist, welche Steuern auf Sie "
        "zukommen und wann die Kleinunternehmerregelung passt."
    ),
    "topics": ["steuern"],
    "stages": ["founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-02-15",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "Der Fragebogen zur steuerlichen Erfassung",
                "steps": [
                    {
                        "title": "ELSTER-Konto einrichten",
                        "text": "<p>Den Fragebogen schicken Sie online über ELSTER, das Portal "
                        "der Finanzverwaltung. Für die Registrierung kommt ein Brief mit der "
                        "Post. Das dauert einige Tage. Fangen Sie also früh an.</p>",
                    },
                    {
                        "title": "Fragebogen ausfüllen",
                        "text": "<p>Sie beschreiben Ihre Tätigkeit und schätzen Umsatz und "
                        "Gewinn für das erste Jahr und das Folgejahr. Schätzen Sie ehrlich und "
                        "vorsichtig: Danach richten sich Ihre Vorauszahlungen.</p>",
                    },
                    {
                        "title": "Innerhalb eines Monats abschicken",
                        "text": "<p>Sie haben einen Monat nach dem Start Zeit (§ 138 AO). Das "
                        "gilt für Gewerbe und für freie Berufe.</p>",
                    },
                    {
                        "title": "Steuernummer abwarten",
                        "text": "<p>Das Finanzamt schickt Ihnen Ihre Steuernummer. Heben Sie "
                        "den Brief gut auf: Die Steuernummer brauchen Sie für alle Schreiben an "
                        "das Finanzamt und meist auch auf Ihren Rechnungen.</p>",
                    },
                ],
            },
        ),
        (
            "text",
            "<h2>Welche Steuern kommen auf Sie zu?</h2>"
            "<ul>"
            "<li><b>Einkommensteuer</b> auf Ihren Gewinn – wie bei Angestellten, nur zahlen Sie "
            "selbst. Das Finanzamt kann vierteljährliche Vorauszahlungen festsetzen.</li>"
            "<li><b>Umsatzsteuer</b> auf Ihre Verkäufe – außer Sie nutzen die "
            "Kleinunternehmerregelung (siehe unten).</li>"
            "<li><b>Gewerbesteuer</b> nur für Gewerbe, nicht für freie Berufe. Einzelunternehmen "
            "und Personengesellschaften haben einen Freibetrag (§ 11 GewStG). Kleine Betriebe "
            "zahlen deshalb oft keine Gewerbesteuer.</li>"
            "<li><b>Körperschaftsteuer</b> nur für UG und GmbH.</li>"
            "</ul>",
        ),
        (
            "text",
            "<h2>Die Kleinunternehmerregelung (§ 19 UStG)</h2>"
            "<p>Als Kleinunternehmer:in berechnen Sie keine Umsatzsteuer. Ihre Rechnungen werden "
            "einfacher, und Sie sparen Arbeit. Seit dem 1. Januar 2025 gilt:</p>"
            "<ul>"
            "<li>Ihr Umsatz im Vorjahr war nicht höher als <b>25.000 Euro</b>, und</li>"
            "<li>Ihr Umsatz im laufenden Jahr ist nicht höher als <b>100.000 Euro</b>.</li>"
            "</ul>"
            "<p>Auf die Rechnung schreiben Sie einen Hinweis, dass Sie nach § 19 UStG keine "
            "Umsatzsteuer berechnen.</p>"
            "<p>Der Nachteil: Sie können sich die Umsatzsteuer auf Ihre Einkäufe (Vorsteuer) "
            "nicht vom Finanzamt zurückholen. Wer am Anfang viel investiert oder vor allem an "
            "Unternehmen verkauft, fährt ohne die Regelung manchmal besser. An diese Wahl sind "
            "Sie dann mehrere Jahre gebunden.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Das Gründungsjahr ist ein Sonderfall",
                "text": "<p>Im ersten Jahr gibt es noch keinen Vorjahresumsatz. Lassen Sie sich "
                "die Grenze für Ihr Gründungsjahr vom Finanzamt oder von einer Steuerberatung "
                "bestätigen, bevor Sie Ihre ersten Rechnungen schreiben.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Legen Sie Geld für Steuern zurück",
                "text": "<p>Ein Teil jedes Gewinns gehört dem Finanzamt. Überweisen Sie einen "
                "festen Anteil Ihrer Einnahmen auf ein eigenes Konto. Dann trifft Sie die erste "
                "Steuerzahlung nicht unvorbereitet.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Buchhaltung vom ersten Tag an",
                "items": [
                    "Ein eigenes Konto für den Betrieb eröffnen.",
                    "Jede Rechnung und jeden Kassenbon aufheben, am besten digital geordnet.",
                    "Einnahmen und Ausgaben regelmäßig erfassen, zum Beispiel jede Woche.",
                    "Kleine Betriebe ermitteln den Gewinn meist mit der "
                    "Einnahmen-Überschuss-Rechnung (EÜR).",
                    "Fristen für Steuererklärungen im Kalender eintragen.",
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Muss ich als Kleinunternehmer:in eine Steuererklärung "
                        "abgeben?",
                        "answer": "<p>Ja. Die Einkommensteuererklärung bleibt. Ihren Gewinn "
                        "weisen Sie mit der EÜR nach. Welche weiteren Erklärungen Sie abgeben "
                        "müssen, sagt Ihnen das Finanzamt oder eine Steuerberatung.</p>",
                    },
                    {
                        "question": "Brauche ich eine Steuerberatung?",
                        "answer": "<p>Pflicht ist sie nicht. Für das erste Jahr ist sie aber oft "
                        "eine gute Investition. Die Kosten können Sie als Betriebsausgabe "
                        "absetzen.</p>",
                    },
                ],
            },
        ),
        orientation_tax(),
        experts("steuern", "Fragen zu Steuern und Buchhaltung?"),
    ],
}

NEBENERWERB = {
    "slug": "gruenden-im-nebenerwerb",
    "keywords": (
        "nebenberuflich, nebenbei, Feierabend, Wochenende, Festanstellung, Angestellte, "
        "ausprobieren"
    ),
    "title": "Gründen im Nebenerwerb: erst einmal ausprobieren",
    "intro": (
        "Viele starten neben dem Job. So testen Sie Ihre Idee mit wenig Risiko. Hier lesen Sie, "
        "was Sie mit Ihrem Arbeitgeber klären und was für Sie genauso gilt wie für alle "
        "anderen Gründer:innen."
    ),
    "topics": ["businessplan", "recht", "steuern"],
    "stages": ["idea", "founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "text",
            "<p>Gründen im Nebenerwerb heißt: Sie bleiben angestellt und arbeiten zusätzlich "
            "selbstständig. Ihr Gehalt sichert Sie ab. Sie lernen Kundschaft und Preise kennen, "
            "bevor Sie alles auf eine Karte setzen.</p>"
            "<p>Auf dem Land ist das oft ein guter Weg: etwa mit Ferienwohnung, Hofladen, "
            "Handwerk am Wochenende oder Beratung am Abend.</p>",
        ),
        (
            "steps",
            {
                "title": "So starten Sie neben dem Job",
                "steps": [
                    {
                        "title": "Arbeitsvertrag lesen",
                        "text": "<p>Schauen Sie nach, was Ihr Vertrag zu Nebentätigkeiten sagt. "
                        "Er kann Tätigkeiten einschränken, mit denen Sie Ihrem Arbeitgeber "
                        "Konkurrenz machen.</p>",
                    },
                    {
                        "title": "Arbeitgeber informieren",
                        "text": "<p>In der Regel müssen Sie Ihrem Arbeitgeber die "
                        "Nebentätigkeit mitteilen. Tun Sie das schriftlich und bevor Sie "
                        "starten. Beamt:innen brauchen meist eine Genehmigung.</p>",
                    },
                    {
                        "title": "Anmelden wie alle anderen",
                        "text": "<p>Auch im Nebenerwerb melden Sie ein Gewerbe an (siehe "
                        + _link("gewerbe-anmelden", "Gewerbe anmelden")
                        + "; freie Berufe ausgenommen). Und Sie schicken dem Finanzamt den "
                        "Fragebogen zur steuerlichen Erfassung (§ 138 AO).</p>",
                    },
                    {
                        "title": "Zeit ehrlich planen",
                        "text": "<p>Wie viele Stunden pro Woche haben Sie wirklich? Denken Sie "
                        "an Familie, Ehrenamt und Erholung. Planen Sie Aufträge so, dass Ihr "
                        "Hauptjob nicht leidet.</p>",
                    },
                    {
                        "title": "Nach einem Jahr Bilanz ziehen",
                        "text": "<p>Trägt die Idee? Wollen Sie wachsen, so bleiben oder "
                        "aufhören? Ein Mentoring-Gespräch hilft, ehrlich hinzuschauen.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Die Kleinunternehmerregelung passt oft",
                "text": "<p>Wer nebenbei wenig Umsatz macht, kann oft die "
                "Kleinunternehmerregelung nutzen (§ 19 UStG). Die Grenzen stehen im Leitfaden "
                + _link("steuern-fuer-gruenderinnen", "Steuern für Gründer:innen")
                + ".</p>",
            },
        ),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Bleibe ich über meinen Job krankenversichert?",
                        "answer": "<p>Solange die Selbstständigkeit nur ein Nebenerwerb ist, "
                        "meist ja. Wird sie größer als Ihr Job, kann sich das ändern. Fragen "
                        "Sie Ihre Krankenkasse, bevor Sie die Stunden ausweiten.</p>",
                    },
                    {
                        "question": "Ich bekomme Arbeitslosengeld. Darf ich nebenbei gründen?",
                        "answer": "<p>Sprechen Sie vorher mit Ihrer Agentur für Arbeit. Sie "
                        "müssen die Tätigkeit dort melden; sie kann Ihren Anspruch "
                        "beeinflussen.</p>",
                    },
                    {
                        "question": "Bekomme ich den Gründungszuschuss für den Nebenerwerb?",
                        "answer": "<p>Nein. Der Gründungszuschuss (§ 93 SGB III) fördert nur eine "
                        "hauptberufliche Selbstständigkeit. Mehr im Leitfaden "
                        + _link("finanzierung-und-foerderung", "Finanzierung und Förderung")
                        + ".</p>",
                    },
                ],
            },
        ),
        orientation_law(),
        experts("businessplan", "Ihre Idee im Nebenerwerb besprechen"),
    ],
}

FINANZIERUNG = {
    "slug": "finanzierung-und-foerderung",
    "keywords": (
        "Kredit, Darlehen, Bank, Zuschuss, Fördergeld, Gründungszuschuss, Startkapital, "
        "Mikrokredit, Investition"
    ),
    "title": "Finanzierung und Förderung: Geld für den Start",
    "intro": (
        "Wie viel Geld brauchen Sie, und woher kommt es? Hier finden Sie die wichtigsten Wege: "
        "eigenes Geld, die Hausbank, Förderkredite, den Gründungszuschuss und die "
        "Förderinstitute der beiden Länder."
    ),
    "topics": ["finanzierung", "businessplan"],
    "stages": ["idea", "founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-02-15",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "Erst rechnen, dann suchen",
                "steps": [
                    {
                        "title": "Kapitalbedarf ermitteln",
                        "text": "<p>Listen Sie auf, was Sie kaufen müssen (Maschinen, "
                        "Fahrzeug, Einrichtung), was der Start kostet (Anmeldungen, Website, "
                        "erste Ware) und wovon Sie leben, bis der Betrieb trägt. Planen Sie "
                        "eine Reserve für Unvorhergesehenes ein.</p>",
                    },
                    {
                        "title": "Eigenes Geld einbringen",
                        "text": "<p>Was können Sie selbst beitragen? Eigenkapital zeigt der "
                        "Bank, dass Sie an Ihre Idee glauben.</p>",
                    },
                    {
                        "title": "Mit der Hausbank sprechen",
                        "text": "<p>Vereinbaren Sie einen Termin und bringen Sie Ihren "
                        + _link("businessplan", "Businessplan")
                        + " mit. Über die Hausbank beantragen Sie auch Förderkredite.</p>",
                    },
                    {
                        "title": "Förderung prüfen – vor dem Start",
                        "text": "<p>Klären Sie, welche Programme passen, bevor Sie Verträge "
                        "unterschreiben oder investieren.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Erst beantragen, dann anfangen",
                "text": "<p>Viele Förderprogramme verlangen, dass Sie den Antrag stellen, bevor "
                "Sie mit dem Vorhaben beginnen. Wer zuerst kauft und dann beantragt, geht oft "
                "leer aus. Prüfen Sie die Bedingungen jedes Programms vorher.</p>",
            },
        ),
        (
            "text",
            "<h2>Gründungszuschuss der Agentur für Arbeit (§ 93 SGB III)</h2>"
            "<p>Der Gründungszuschuss ist für Menschen, die Arbeitslosengeld I bekommen und sich "
            "hauptberuflich selbstständig machen. Sie brauchen bei der Gründung noch mindestens "
            "150 Tage Anspruch auf Arbeitslosengeld.</p>"
            "<p>Sie müssen mit einer „Tragfähigkeitsbescheinigung“ zeigen, dass Ihre Idee "
            "tragfähig ist. Diese stellt eine fachkundige Stelle aus, zum Beispiel eine Kammer, "
            "eine Steuerberatung oder eine Bank.</p>"
            "<p>Wichtig: Es gibt keinen Rechtsanspruch. Die Agentur für Arbeit entscheidet nach "
            "Ermessen. Sprechen Sie früh mit Ihrer Vermittlungsfachkraft, bevor Sie starten.</p>"
            "<h2>ERP-Gründerkredit – StartGeld (KfW)</h2>"
            "<p>Ein Förderkredit der KfW für Gründer:innen und junge Unternehmen. Sie "
            "beantragen ihn nicht direkt bei der KfW, sondern über Ihre Bank oder Sparkasse. "
            "Die aktuellen Bedingungen nennt Ihnen Ihre Bank.</p>"
            "<h2>Programme der Länder</h2>"
            "<p>Beide Länder haben ein eigenes Förderinstitut. Welche Programme es dort für "
            "Gründungen gibt, ändert sich von Zeit zu Zeit. Fragen Sie direkt nach dem "
            "aktuellen Stand:</p>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Ansprechpartnerin für Förderprogramme des "
                "Landes ist die Investitionsbank Schleswig-Holstein (IB.SH). Auch die IHK zu "
                "Lübeck und die Handwerkskammer Lübeck kennen die Programme.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Ansprechpartner für Förderprogramme "
                "des Landes ist das Landesförderinstitut Mecklenburg-Vorpommern (LFI). Auch die "
                "IHK zu Schwerin und die Handwerkskammer Schwerin kennen die Programme.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Für das Bankgespräch",
                "items": [
                    "Businessplan mit Finanzteil (Kapitalbedarf, Umsatz- und Liquiditätsplan)",
                    "Übersicht über Ihr Eigenkapital",
                    "Lebenslauf und Nachweise Ihrer Qualifikation",
                    "Angebote oder Kostenvoranschläge für geplante Anschaffungen",
                    "Liste der Förderprogramme, nach denen Sie fragen wollen",
                ],
            },
        ),
        experts("finanzierung", "Ihre Finanzierung besprechen"),
    ],
}

BUSINESSPLAN = {
    "slug": "businessplan",
    "keywords": "Konzept, Plan, Umsatz, Kosten, Rentabilität, Vorlage, Finanzplan, Geschäftsidee",
    "title": "Businessplan: Ihre Idee auf Papier",
    "intro": (
        "Ein Businessplan zwingt Sie, Ihre Idee zu Ende zu denken. Sie brauchen ihn für sich "
        "selbst, für die Bank und für viele Förderungen. So gehen Sie vor."
    ),
    "topics": ["businessplan", "finanzierung"],
    "stages": ["idea", "founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "text",
            "<p>Ein Businessplan beschreibt, was Sie anbieten, für wen, wie Sie Kundschaft "
            "gewinnen und ob sich das rechnet. Er ist kein Formular, sondern Ihr Werkzeug. "
            "Schreiben Sie ihn selbst – Hilfe beim Prüfen holen Sie sich dazu.</p>"
            "<p>Sie brauchen ihn zum Beispiel für ein Kreditgespräch und für den "
            "Gründungszuschuss (für die Tragfähigkeitsbescheinigung).</p>",
        ),
        (
            "steps",
            {
                "title": "Die Teile eines Businessplans",
                "steps": [
                    {
                        "title": "Zusammenfassung",
                        "text": "<p>Eine Seite: Idee, Kundschaft, Ziel, Geldbedarf. Schreiben "
                        "Sie sie zum Schluss.</p>",
                    },
                    {
                        "title": "Angebot und Nutzen",
                        "text": "<p>Was verkaufen Sie? Welches Problem lösen Sie für Ihre "
                        "Kundschaft?</p>",
                    },
                    {
                        "title": "Kundschaft und Markt",
                        "text": "<p>Wer kauft bei Ihnen? Wie viele solche Menschen oder Betriebe "
                        "gibt es in Ihrer Gegend? Wer bietet schon Ähnliches an?</p>",
                    },
                    {
                        "title": "Marketing und Vertrieb",
                        "text": "<p>Wie erfahren Kund:innen von Ihnen, und wie kaufen sie? "
                        "Welche Preise verlangen Sie, und warum?</p>",
                    },
                    {
                        "title": "Sie und Ihr Team",
                        "text": "<p>Was können Sie? Was fehlt noch, und wer hilft Ihnen dabei?</p>",
                    },
                    {
                        "title": "Rechtsform und Standort",
                        "text": "<p>Welche Rechtsform wählen Sie, und wo arbeiten Sie? Siehe "
                        + _link("rechtsform-waehlen", "Rechtsform wählen")
                        + ".</p>",
                    },
                    {
                        "title": "Finanzteil",
                        "text": "<p>Kapitalbedarf, Finanzierung, eine Vorschau auf Umsatz und "
                        "Gewinn für drei Jahre und ein <b>Liquiditätsplan</b>: Er zeigt Monat "
                        "für Monat, ob genug Geld auf dem Konto ist, um Rechnungen zu "
                        "bezahlen.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Rechnen Sie vorsichtig",
                "text": "<p>Setzen Sie Umsätze eher zu niedrig und Kosten eher zu hoch an. "
                "Vergessen Sie Ihren eigenen Lebensunterhalt, Krankenversicherung und "
                "Steuern nicht.</p>",
            },
        ),
        (
            "text",
            "<h2>Der ländliche Raum als Vorteil</h2>"
            "<p>Schreiben Sie auf, was Ihr Standort Ihnen bietet: günstigere Räume, treue "
            "Kundschaft, Nähe zu Erzeuger:innen, Tourismus, weniger Konkurrenz. Und bedenken Sie "
            "die Wege: Lieferfahrten, Internetanschluss, Erreichbarkeit für Kundschaft ohne "
            "Auto.</p>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Die IHK zu Lübeck und die Handwerkskammer "
                "Lübeck beraten Gründer:innen. Fragen Sie dort auch, ob sie eine "
                "Tragfähigkeitsbescheinigung ausstellen.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Die IHK zu Schwerin und die "
                "Handwerkskammer Schwerin beraten Gründer:innen. Fragen Sie dort auch, ob sie "
                "eine Tragfähigkeitsbescheinigung ausstellen.</p>",
            },
        ),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Wie lang muss ein Businessplan sein?",
                        "answer": "<p>So kurz wie möglich, so lang wie nötig. Für einen kleinen "
                        "Betrieb reichen oft wenige Seiten Text und ein gut gemachter "
                        "Finanzteil.</p>",
                    },
                    {
                        "question": "Darf ich eine Vorlage verwenden?",
                        "answer": "<p>Ja. Kammern, Banken und Förderstellen haben Vorlagen. "
                        "Füllen Sie sie mit Ihren eigenen Gedanken und Zahlen.</p>",
                    },
                ],
            },
        ),
        experts("businessplan", "Ihren Businessplan gegenlesen lassen"),
    ],
}

VERSICHERUNGEN = {
    "slug": "versicherungen",
    "keywords": (
        "Haftpflicht, Betriebshaftpflicht, Krankenversicherung, Krankenkasse, "
        "Berufsunfähigkeit, Krankentagegeld, Unfall, Schaden, Rente"
    ),
    "title": "Versicherungen: Was Sie wirklich brauchen",
    "intro": (
        "Als Selbstständige:r sorgen Sie selbst für Ihre Absicherung. Manche Versicherungen "
        "sind Pflicht, andere sinnvoll, viele überflüssig. Dieser Überblick hilft beim "
        "Sortieren."
    ),
    "topics": ["versicherung"],
    "stages": ["founding", "young"],
    # Deliberately overdue: the demo shows the editors' review reminder.
    "reviewed": "2026-03-02",
    "review_due": "2026-09-01",
    "body": [
        example_notice(),
        (
            "text",
            "<h2>Für Sie persönlich</h2>"
            "<ul>"
            "<li><b>Krankenversicherung – Pflicht.</b> In Deutschland müssen alle "
            "krankenversichert sein. Als Selbstständige:r wählen Sie zwischen freiwilliger "
            "gesetzlicher und privater Versicherung. Den Beitrag zahlen Sie allein.</li>"
            "<li><b>Rentenversicherung – für manche Pflicht.</b> Einige Selbstständige sind "
            "pflichtversichert, zum Beispiel viele Handwerker:innen und Lehrende. Künstler:innen "
            "und Publizist:innen versichern sich über die Künstlersozialkasse. Fragen Sie die "
            "Deutsche Rentenversicherung, ob das für Sie gilt.</li>"
            "<li><b>Arbeitslosenversicherung – freiwillig.</b> Unter bestimmten Bedingungen "
            "können Sie sich bei der Agentur für Arbeit weiter versichern. Dafür gilt eine kurze "
            "Frist nach dem Start. Fragen Sie früh nach.</li>"
            "<li><b>Berufsunfähigkeit</b> – sinnvoll, wenn Sie von Ihrer Arbeitskraft "
            "leben.</li>"
            "</ul>"
            "<h2>Für Ihren Betrieb</h2>"
            "<ul>"
            "<li><b>Betriebshaftpflicht</b> – zahlt, wenn Sie oder Ihr Betrieb anderen einen "
            "Schaden zufügen. Für fast alle sinnvoll.</li>"
            "<li><b>Berufshaftpflicht</b> – deckt Schäden durch Fehler in Ihrer Arbeit, zum "
            "Beispiel eine falsche Beratung. Für manche Berufe ist sie vorgeschrieben.</li>"
            "<li><b>Unfallversicherung</b> – für Mitarbeitende Pflicht, über die zuständige "
            "Berufsgenossenschaft. Für Sie selbst je nach Branche Pflicht oder freiwillig.</li>"
            "<li><b>Inhalt, Geräte, Waren</b> – gegen Feuer, Wasser, Einbruch. Prüfen Sie, was "
            "ein Ausfall Sie kosten würde.</li>"
            "</ul>",
        ),
        (
            "steps",
            {
                "title": "So finden Sie die passende Absicherung",
                "steps": [
                    {
                        "title": "Risiken aufschreiben",
                        "text": "<p>Was kann im Alltag schiefgehen? Was davon könnten Sie "
                        "selbst bezahlen, was würde Sie ruinieren?</p>",
                    },
                    {
                        "title": "Pflichten klären",
                        "text": "<p>Kranken-, Renten- und Unfallversicherung: Fragen Sie "
                        "Krankenkasse, Rentenversicherung und Berufsgenossenschaft, was für Sie "
                        "gilt.</p>",
                    },
                    {
                        "title": "Angebote vergleichen",
                        "text": "<p>Holen Sie mehrere Angebote ein. Achten Sie auf "
                        "Versicherungssumme, Selbstbeteiligung und Ausschlüsse – nicht nur auf "
                        "den Preis.</p>",
                    },
                    {
                        "title": "Jedes Jahr prüfen",
                        "text": "<p>Ihr Betrieb wächst, der Schutz sollte mitwachsen.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Unabhängig beraten lassen",
                "text": "<p>Wer Versicherungen verkauft, verdient daran. Eine zweite Meinung, "
                "zum Beispiel von einer Expert:in im Mentoring, hilft beim Einordnen.</p>",
            },
        ),
        experts("versicherung", "Ihre Absicherung besprechen"),
    ],
}

MARKE = {
    "slug": "marke-und-design",
    "keywords": "Logo, Firmenname, Markenschutz, DPMA, Farben, Schrift, Erscheinungsbild",
    "title": "Marke und Design: ein Gesicht für Ihren Betrieb",
    "intro": (
        "Name, Logo, Farben, Verpackung: Daran erkennt man Sie wieder. Hier lesen Sie, wie Sie "
        "einen Namen prüfen, eine Marke schützen und mit Designer:innen gut zusammenarbeiten."
    ),
    "topics": ["design", "marketing", "recht"],
    "stages": ["idea", "founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "Vom Namen zur Marke",
                "steps": [
                    {
                        "title": "Namen finden",
                        "text": "<p>Ein guter Name ist kurz, leicht zu sprechen und zu "
                        "schreiben. Sagen Sie ihn laut, am Telefon und auf Plattdeutsch – passt "
                        "er noch?</p>",
                    },
                    {
                        "title": "Namen prüfen",
                        "text": "<p>Suchen Sie, ob es den Namen schon gibt: im Internet, im "
                        "Handelsregister und im Markenregister des Deutschen Patent- und "
                        "Markenamts (DPMA). Prüfen Sie auch, ob die passende Internetadresse "
                        "frei ist.</p>",
                    },
                    {
                        "title": "Marke anmelden – wenn es sich lohnt",
                        "text": "<p>Eine Marke melden Sie beim DPMA an. Der Schutz gilt zehn "
                        "Jahre und lässt sich verlängern. Eine Markenanmeldung kostet Gebühren; "
                        "lassen Sie sich bei wichtigen Namen anwaltlich beraten.</p>",
                    },
                    {
                        "title": "Erscheinungsbild gestalten",
                        "text": "<p>Logo, Farben und Schriften sollten überall gleich "
                        "aussehen: auf dem Schild, der Visitenkarte, der Website und der "
                        "Verpackung.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Klären Sie die Nutzungsrechte",
                "text": "<p>Wer ein Logo, ein Foto oder einen Text gestaltet, hat daran das "
                "Urheberrecht. Vereinbaren Sie schriftlich, wofür Sie das Ergebnis nutzen "
                "dürfen – auch für Schriften und Bilder aus dem Internet braucht es eine "
                "Lizenz.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Für das erste Gespräch mit Designer:innen",
                "items": [
                    "Was machen Sie, und für wen?",
                    "Drei Wörter, die Ihren Betrieb beschreiben sollen",
                    "Beispiele, die Ihnen gefallen – und solche, die nicht",
                    "Wo der Auftritt überall erscheint (Schild, Etikett, Website, Fahrzeug)",
                    "Ihr Budget und Ihr Zeitplan",
                    "Welche Rechte und Dateien Sie am Ende bekommen",
                ],
            },
        ),
        (
            "text",
            "<h2>Verpackung und Etikett</h2>"
            "<p>Wer verpackte Ware an private Kundschaft verkauft, muss sich in der Regel vor dem "
            "ersten Verkauf im Verpackungsregister LUCID registrieren (Verpackungsgesetz). Für "
            "Lebensmittel gelten Pflichtangaben auf dem Etikett. Mehr dazu im Leitfaden "
            + _link("hofladen-und-direktvermarktung", "Hofladen und Direktvermarktung")
            + ".</p>"
            "<h2>Das Land als Marke</h2>"
            "<p>Herkunft verkauft sich: die Elbe, der Schaalsee, die Seen bei Plau, der Hof "
            "im Nachbardorf. Echte Fotos von Ihrem Ort und Ihren Menschen wirken "
            "stärker als Bilder aus der Datenbank.</p>",
        ),
        orientation_law(),
        experts("design", "Hilfe bei Marke und Design"),
    ],
}

ONLINE = {
    "slug": "online-sichtbar-werden",
    "keywords": (
        "Homepage, Internetseite, Impressum, Google, Instagram, Facebook, "
        "soziale Medien, Datenschutzerklärung"
    ),
    "title": "Online sichtbar werden: Website, Profile, Pflichtangaben",
    "intro": (
        "Kundschaft sucht zuerst im Internet – auch auf dem Land. Hier lesen Sie, wie Sie "
        "gefunden werden und welche Pflichtangaben auf jede geschäftliche Website gehören. "
        "Zur ersten Orientierung."
    ),
    "topics": ["digital", "marketing", "recht"],
    "stages": ["founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "Gefunden werden",
                "steps": [
                    {
                        "title": "Einträge in Karten und Verzeichnissen",
                        "text": "<p>Tragen Sie Ihren Betrieb in Kartendiensten und regionalen "
                        "Verzeichnissen ein: mit Öffnungszeiten, Adresse und Fotos. Für viele "
                        "Hofläden und Handwerksbetriebe ist das der wichtigste Schritt.</p>",
                    },
                    {
                        "title": "Eine einfache Website",
                        "text": "<p>Eine Seite reicht für den Anfang: was Sie anbieten, wo Sie "
                        "sind, wie man Sie erreicht. Sichern Sie sich eine eigene "
                        "Internetadresse.</p>",
                    },
                    {
                        "title": "Soziale Medien mit Maß",
                        "text": "<p>Wählen Sie ein oder zwei Kanäle, auf denen Ihre Kundschaft "
                        "wirklich ist. Lieber regelmäßig wenig als selten viel.</p>",
                    },
                ],
            },
        ),
        (
            "text",
            "<h2>Pflichtangaben: Impressum und Datenschutz</h2>"
            "<p><b>Impressum:</b> Jede geschäftliche Website braucht ein Impressum (§ 5 DDG). "
            "Darin stehen unter anderem Ihr Name, Ihre Anschrift und wie man Sie schnell "
            "erreicht. Es muss von jeder Seite aus leicht zu finden sein. Das gilt auch für "
            "geschäftlich genutzte Profile in sozialen Medien.</p>"
            "<p><b>Datenschutzerklärung:</b> Wer Daten von Besucher:innen verarbeitet, muss "
            "darüber informieren (Art. 13 DSGVO) – also fast jede Website, schon wegen des "
            "Kontaktformulars.</p>"
            "<p><b>Online-Shop:</b> Wer online verkauft, hat weitere Pflichten, zum Beispiel die "
            "Widerrufsbelehrung. Seit Juni 2025 müssen außerdem viele Online-Shops barrierefrei "
            "sein (Barrierefreiheitsstärkungsgesetz); für Kleinstunternehmen gibt es "
            "Ausnahmen. Lassen Sie sich hier beraten.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Weniger fremde Dienste, weniger Pflichten",
                "text": "<p>Eingebundene Karten, Videos, Schriften oder Zähldienste anderer "
                "Anbieter übertragen oft Daten Ihrer Besucher:innen. Dafür brauchen Sie dann "
                "meist eine Einwilligung und mehr Text in der Datenschutzerklärung. Eine "
                "schlichte Website ohne solche Dienste ist einfacher und schneller.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Vor dem Start der Website",
                "items": [
                    "Impressum vollständig und von jeder Seite aus verlinkt",
                    "Datenschutzerklärung passt zu dem, was die Website wirklich tut",
                    "Vertrag zur Auftragsverarbeitung mit dem Hosting-Anbieter (Art. 28 DSGVO)",
                    "Fotos und Texte: Rechte geklärt",
                    "Auf dem Handy getestet",
                    "Öffnungszeiten und Kontakt aktuell",
                ],
            },
        ),
        orientation_law(),
        experts("digital", "Hilfe bei Website und Datenschutz"),
    ],
}

PERSONAL = {
    "slug": "erste-mitarbeitende",
    "keywords": (
        "Minijob, Aushilfe, Angestellte, Arbeitgeber, Lohn, Arbeitsvertrag, "
        "Betriebsnummer, Teilzeit, Personal"
    ),
    "title": "Erste Mitarbeitende: vom Minijob bis zur festen Stelle",
    "intro": (
        "Die erste Einstellung ist ein großer Schritt. Hier lesen Sie, welche Anmeldungen "
        "nötig sind – beim Minijob und bei einer regulären Stelle – und woran Sie sonst denken "
        "sollten."
    ),
    "topics": ["personal", "recht", "versicherung"],
    "stages": ["young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-02-15",
    "body": [
        example_notice(),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Hinweis für die Redaktion",
                "text": "<p>Verdienstgrenzen, Abgaben und Meldewege ändern sich regelmäßig. "
                "Vor der Veröffentlichung mit den Angaben der Minijob-Zentrale, der "
                "Bundesagentur für Arbeit und der Krankenkassen abgleichen. Deshalb nennt "
                "dieser Leitfaden keine Beträge.</p>",
            },
        ),
        (
            "text",
            "<h2>Minijob</h2>"
            "<p>Bei einem Minijob verdienen Mitarbeitende bis zu einer festen Grenze im Monat. "
            "Diese Grenze hängt am Mindestlohn und steigt mit ihm. Den aktuellen Betrag nennt "
            "die Minijob-Zentrale.</p>"
            "<p>Sie melden Minijobber:innen bei der <b>Minijob-Zentrale</b> an. Dorthin zahlen "
            "Sie als Arbeitgeber:in auch die pauschalen Abgaben.</p>"
            "<h2>Reguläre Stelle (sozialversicherungspflichtig)</h2>"
            "<p>Für eine Teilzeit- oder Vollzeitstelle melden Sie die Person bei ihrer "
            "Krankenkasse an. Die Krankenkasse zieht die Beiträge zur Sozialversicherung ein. "
            "Die Lohnsteuer melden Sie beim Finanzamt an.</p>",
        ),
        (
            "steps",
            {
                "title": "Vor dem ersten Arbeitstag",
                "steps": [
                    {
                        "title": "Betriebsnummer beantragen",
                        "text": "<p>Jeder Betrieb mit Beschäftigten braucht eine "
                        "Betriebsnummer. Sie bekommen sie beim Betriebsnummern-Service der "
                        "Bundesagentur für Arbeit. Das gilt auch für Minijobs.</p>",
                    },
                    {
                        "title": "Bei der Berufsgenossenschaft anmelden",
                        "text": "<p>Ihre Mitarbeitenden sind über die gesetzliche "
                        "Unfallversicherung versichert. Melden Sie Ihren Betrieb bei der "
                        "Berufsgenossenschaft Ihrer Branche an.</p>",
                    },
                    {
                        "title": "Arbeitsvertrag schreiben",
                        "text": "<p>Halten Sie die wesentlichen Arbeitsbedingungen schriftlich "
                        "fest: Aufgaben, Arbeitszeit, Lohn, Urlaub. Das verlangt das "
                        "Nachweisgesetz. Es gilt der gesetzliche Mindestlohn.</p>",
                    },
                    {
                        "title": "Anmelden",
                        "text": "<p>Minijob bei der Minijob-Zentrale, reguläre Stelle bei der "
                        "Krankenkasse. In manchen Branchen, zum Beispiel Bau und Gastronomie, "
                        "muss die Meldung spätestens bei Arbeitsbeginn erfolgen "
                        "(Sofortmeldung).</p>",
                    },
                    {
                        "title": "Lohnabrechnung organisieren",
                        "text": "<p>Die Meldungen laufen elektronisch, über ein "
                        "Abrechnungsprogramm oder Ihr Steuerbüro. Klären Sie das, bevor der "
                        "erste Lohn fällig ist.</p>",
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Woran Sie außerdem denken sollten",
                "items": [
                    "Arbeitsschutz: Gefährdungen am Arbeitsplatz beurteilen und dokumentieren",
                    "Arbeitszeiten aufschreiben",
                    "Wer mit Lebensmitteln arbeitet, braucht oft eine Belehrung durch das "
                    "Gesundheitsamt",
                    "Einarbeitung planen: Wer zeigt was, in welcher Woche?",
                ],
            },
        ),
        (
            "text",
            "<h2>Ausbilden</h2>"
            "<p>Auszubildende sind für viele Betriebe auf dem Land der beste Weg zu Fachkräften. "
            "Ob Ihr Betrieb ausbilden darf und wie das geht, klärt die zuständige Kammer.</p>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Fragen zur Ausbildung beantworten die IHK "
                "zu Lübeck und – für das Handwerk – die Handwerkskammer Lübeck.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Fragen zur Ausbildung beantworten die "
                "IHK zu Schwerin und – für das Handwerk – die Handwerkskammer Schwerin.</p>",
            },
        ),
        orientation_law(),
        experts("personal", "Hilfe bei der ersten Einstellung"),
    ],
}

HOFLADEN = {
    "slug": "hofladen-und-direktvermarktung",
    "keywords": (
        "Hofladen, Eier, Marmelade, Milchautomat, Verkaufsautomat, Lebensmittel, "
        "Veterinäramt, Kennzeichnung, Wochenmarkt"
    ),
    "title": "Hofladen und Direktvermarktung",
    "intro": (
        "Eier, Gemüse, Käse, Wurst, Honig – direkt vom Hof. Hier lesen Sie, welche Regeln für den "
        "Verkauf von Lebensmitteln gelten und wie Sie Kundschaft in der Region gewinnen."
    ),
    "topics": ["landwirtschaft", "marketing", "recht"],
    "stages": ["idea", "founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "text",
            "<p>Direktvermarktung heißt: Sie verkaufen ohne Zwischenhandel an Ihre Kundschaft. "
            "Im Hofladen, am Verkaufsautomaten, auf dem Wochenmarkt, mit Abo-Kisten oder "
            "online.</p>"
            "<h2>Landwirtschaft oder Gewerbe?</h2>"
            "<p>Wer eigene, kaum verarbeitete Erzeugnisse verkauft, bleibt meist im Rahmen der "
            "Landwirtschaft. Wer Ware zukauft oder viel verarbeitet, betreibt schnell auch ein "
            "Gewerbe – mit "
            + _link("gewerbe-anmelden", "Gewerbeanmeldung")
            + " und anderen Steuerregeln. Die Grenze ist nicht immer klar. Klären Sie Ihren Fall "
            "mit dem Finanzamt oder einer Steuerberatung.</p>",
        ),
        (
            "steps",
            {
                "title": "Lebensmittel verkaufen: die Grundregeln",
                "steps": [
                    {
                        "title": "Bei der Lebensmittelüberwachung melden",
                        "text": "<p>Wer Lebensmittel herstellt oder verkauft, ist "
                        "Lebensmittelunternehmer:in und muss sich bei der zuständigen Behörde "
                        "registrieren lassen (Art. 6 der Verordnung (EG) Nr. 852/2004). "
                        "Zuständig ist die Lebensmittelüberwachung Ihres Kreises.</p>",
                    },
                    {
                        "title": "Hygiene sicherstellen",
                        "text": "<p>Räume, Kühlung und Abläufe müssen zu Ihren Produkten passen. "
                        "Fragen Sie die Lebensmittelüberwachung früh, am besten vor einem "
                        "Umbau.</p>",
                    },
                    {
                        "title": "Richtig kennzeichnen",
                        "text": "<p>Verpackte Lebensmittel brauchen Pflichtangaben auf dem "
                        "Etikett, zum Beispiel Zutaten und Allergene (Verordnung (EU) Nr. "
                        "1169/2011). Geben Sie Preise vollständig an.</p>",
                    },
                    {
                        "title": "Geeichte Waage und Kasse",
                        "text": "<p>Wer nach Gewicht verkauft, braucht eine geeichte Waage. "
                        "Elektronische Kassen brauchen eine zertifizierte technische "
                        "Sicherheitseinrichtung (§ 146a AO).</p>",
                    },
                ],
            },
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Die Lebensmittelüberwachung sitzt bei der Verwaltung des Kreises "
                "Herzogtum Lauenburg. Verarbeiten Sie im Handwerk (zum Beispiel als "
                "Fleischerei oder Bäckerei), ist die Handwerkskammer Lübeck Ihre Kammer, sonst "
                "meist die IHK zu Lübeck. Für Investitionen fragen Sie die IB.SH nach "
                "Programmen.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Die Lebensmittelüberwachung sitzt bei der Verwaltung des "
                "Landkreises Ludwigslust-Parchim. Verarbeiten Sie im Handwerk (zum Beispiel als "
                "Fleischerei oder Bäckerei), ist die Handwerkskammer Schwerin Ihre Kammer, "
                "sonst meist die IHK zu Schwerin. Für Investitionen fragen Sie das LFI nach "
                "Programmen.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Umbau? Erst zum Bauamt",
                "text": "<p>Soll aus Scheune oder Stall ein Laden werden, brauchen Sie oft eine "
                "Baugenehmigung. Fragen Sie bei der Bauaufsicht nach, bevor Sie bauen.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Kundschaft gewinnen",
                "items": [
                    "Schild an der Straße und Eintrag in Kartendiensten",
                    "Verlässliche Öffnungszeiten – oder ein Automat für rund um die Uhr",
                    "Mit anderen Höfen zusammentun: gemeinsames Sortiment, gemeinsame Werbung",
                    "Hoffest, Markttag oder Pop-up-Stand in der nächsten Stadt",
                    "Geschichte erzählen: Wer steht hinter den Produkten?",
                ],
            },
        ),
        orientation_law(),
        experts("landwirtschaft", "Hilfe für Ihren Hofladen"),
    ],
}

NACHFOLGE = {
    "slug": "unternehmensnachfolge",
    "keywords": "Übernahme, Nachfolger, Betrieb kaufen, Unternehmenswert, Kaufpreis, Übergabe",
    "title": "Unternehmensnachfolge: einen Betrieb übernehmen",
    "intro": (
        "Viele Betriebe in der Region suchen eine Nachfolge. Eine Übernahme ist eine Gründung "
        "mit Kundschaft, Team und Erfahrung vom ersten Tag an. So gehen Sie vor – als "
        "Übernehmende und als Abgebende."
    ),
    "topics": ["nachfolge", "finanzierung", "recht"],
    "stages": ["succession"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "Schritt für Schritt zur Übernahme",
                "steps": [
                    {
                        "title": "Einen Betrieb finden",
                        "text": "<p>Viele Kammern vermitteln Betriebe, die eine Nachfolge "
                        "suchen. Fragen Sie auch Ihre Hausbank, Steuerbüros und Menschen in "
                        "Ihrem Ort: Viele Übergaben beginnen mit einem Gespräch.</p>",
                    },
                    {
                        "title": "Kennenlernen",
                        "text": "<p>Passt es menschlich? Nehmen Sie sich Zeit, arbeiten Sie "
                        "vielleicht ein paar Tage mit.</p>",
                    },
                    {
                        "title": "Den Betrieb genau prüfen",
                        "text": "<p>Schauen Sie sich die Zahlen der letzten Jahre, Verträge, "
                        "Kundschaft, Gebäude und Maschinen an. Lassen Sie sich dabei von "
                        "Steuerberatung und Anwält:innen helfen.</p>",
                    },
                    {
                        "title": "Preis und Finanzierung klären",
                        "text": "<p>Was ist der Betrieb wert? Dafür gibt es Bewertungsverfahren "
                        "und Gutachten. Für die Finanzierung sprechen Sie mit Ihrer Hausbank; "
                        "auch Förderkredite kommen in Frage (siehe "
                        + _link("finanzierung-und-foerderung", "Finanzierung und Förderung")
                        + ").</p>",
                    },
                    {
                        "title": "Vertrag schließen",
                        "text": "<p>Den Kaufvertrag lassen Sie anwaltlich prüfen. Wer Anteile "
                        "an einer GmbH kauft, braucht dafür einen Notar (§ 15 GmbHG).</p>",
                    },
                    {
                        "title": "Übergabe gestalten",
                        "text": "<p>Planen Sie, wann Sie Mitarbeitende, Kundschaft und "
                        "Lieferanten informieren. Eine Zeit der Einarbeitung mit den "
                        "bisherigen Inhaber:innen hilft allen. Melden Sie das Gewerbe auf Ihren "
                        "Namen an.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": "Die Mitarbeitenden kommen mit",
                "text": "<p>Wer einen Betrieb oder einen Betriebsteil übernimmt, übernimmt in "
                "der Regel auch die Arbeitsverhältnisse mit allen Rechten und Pflichten "
                "(§ 613a BGB).</p>",
            },
        ),
        (
            "text",
            "<h2>Für Abgebende: früh anfangen</h2>"
            "<p>Eine Übergabe braucht Zeit – oft mehrere Jahre. Ordnen Sie rechtzeitig Zahlen "
            "und Verträge, machen Sie den Betrieb unabhängig von Ihrer Person und sprechen Sie "
            "offen über Ihre Pläne.</p>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Die IHK zu Lübeck und die Handwerkskammer "
                "Lübeck unterstützen bei der Nachfolge. Fragen Sie dort nach Beratung und nach "
                "Nachfolgebörsen.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Die IHK zu Schwerin und die "
                "Handwerkskammer Schwerin unterstützen bei der Nachfolge. Fragen Sie dort nach "
                "Beratung und nach Nachfolgebörsen.</p>",
            },
        ),
        (
            "contact",
            {
                "name": "Team Landvorteil Mentoring",
                "organisation": "Landvorteil Mentoring (Beispiel)",
                "role": "Koordination",
                "phone": "",
                "email": "mentoring@example.org",
                "url": "",
                "text": "Wir bringen Übernehmende mit Unternehmer:innen aus der Region zusammen, "
                "die selbst eine Übergabe erlebt haben. Beispieladresse der Demo.",
            },
        ),
        orientation_law(),
        experts("nachfolge", "Hilfe bei der Nachfolge"),
    ],
}

STANDORT = {
    "slug": "raeume-auf-dem-land",
    "keywords": (
        "Miete, Mietvertrag, Laden, Werkstatt, Büro, Coworking, Scheune, Gewerberaum, "
        "Nutzungsänderung"
    ),
    "title": "Räume finden: Laden, Werkstatt und Büro auf dem Land",
    "intro": (
        "Leerstehende Läden, alte Scheunen, Coworking im Dorf: Auf dem Land gibt es Platz. "
        "Hier lesen Sie, worauf Sie bei der Suche und beim Mietvertrag achten."
    ),
    "topics": ["standort", "recht"],
    "stages": ["idea", "founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice(),
        (
            "steps",
            {
                "title": "So finden Sie passende Räume",
                "steps": [
                    {
                        "title": "Bedarf aufschreiben",
                        "text": "<p>Wie viel Fläche brauchen Sie? Strom, Wasser, Lager, "
                        "Parkplätze, Barrierefreiheit, Internet? Was muss sofort da sein, was "
                        "später?</p>",
                    },
                    {
                        "title": "Fragen, bevor Sie suchen",
                        "text": "<p>Ihre Gemeinde oder Ihr Amt weiß oft, welche Räume "
                        "leerstehen. Viele Orte freuen sich über neues Leben im Ortskern.</p>",
                    },
                    {
                        "title": "Nutzung prüfen",
                        "text": "<p>Nicht jeder Raum darf für jeden Zweck genutzt werden. Wird "
                        "aus einer Wohnung ein Laden oder aus einer Scheune eine Werkstatt, "
                        "kann eine Genehmigung nötig sein. Fragen Sie bei der Bauaufsicht "
                        "nach.</p>",
                    },
                    {
                        "title": "Klein anfangen",
                        "text": "<p>Coworking-Räume, geteilte Werkstätten oder ein Pop-up-Laden "
                        "auf Zeit sind ein guter Test, bevor Sie sich lange binden.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Gewerbemiete ist anders als Wohnungsmiete",
                "text": "<p>Viele Schutzregeln für Mieter:innen von Wohnungen gelten für "
                "Geschäftsräume nicht. Lesen Sie den Vertrag genau, vor allem Laufzeit, "
                "Kündigung, Nebenkosten und Umbauten. Lassen Sie ihn im Zweifel prüfen.</p>",
            },
        ),
        orientation_law(),
        experts("standort", "Hilfe bei der Raumsuche"),
    ],
}

GUIDES = [
    GEWERBE,
    RECHTSFORM,
    STEUERN,
    NEBENERWERB,
    FINANZIERUNG,
    BUSINESSPLAN,
    VERSICHERUNGEN,
    MARKE,
    ONLINE,
    PERSONAL,
    HOFLADEN,
    NACHFOLGE,
    STANDORT,
]
