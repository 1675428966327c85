"""Founders' questions as people write them, each with the demo guide(s) that answer it.

Written on 2026-12-03 before any tuning of the guide search, and kept fixed since: everyday words,
typos and missing umlauts as people type them, not the guides' own headings. Where two guides
answer a question equally, both count (the first is the better one). Used by
bench/guides_relevance.py; changing a line here changes what the figures mean.
"""

GEWERBE = "gewerbe-anmelden"
RECHTSFORM = "rechtsform-waehlen"
STEUERN = "steuern-fuer-gruenderinnen"
NEBENERWERB = "gruenden-im-nebenerwerb"
GELD = "finanzierung-und-foerderung"
PLAN = "businessplan"
VERSICHERUNG = "versicherungen"
MARKE = "marke-und-design"
ONLINE = "online-sichtbar-werden"
PERSONAL = "erste-mitarbeitende"
HOFLADEN = "hofladen-und-direktvermarktung"
NACHFOLGE = "unternehmensnachfolge"
RAEUME = "raeume-auf-dem-land"

QUESTIONS: list[tuple[str, tuple[str, ...]]] = [
    # Gewerbe anmelden
    ("Wo melde ich meine Firma an?", (GEWERBE,)),
    ("Muss ich zum Amt, bevor ich anfange zu verkaufen?", (GEWERBE,)),
    ("Was kostet der Gewerbeschein?", (GEWERBE,)),
    ("Ich will Kuchen backen und verkaufen, brauche ich eine Anmeldung?", (GEWERBE,)),
    ("gewerbe anmelden online hagenow", (GEWERBE,)),
    ("Welche Papiere brauche ich für das Gewerbeamt?", (GEWERBE,)),
    # Rechtsform
    ("GmbH oder Einzelunternehmen, was ist besser für mich?", (RECHTSFORM,)),
    ("Hafte ich mit meinem privaten Geld, wenn die Firma pleite geht?", (RECHTSFORM,)),
    ("Wir sind zu zweit, welche Firmenform passt?", (RECHTSFORM,)),
    ("Was ist eine UG und wieviel Startkapital braucht man?", (RECHTSFORM,)),
    ("Unterschied GbR und GmbH", (RECHTSFORM,)),
    # Steuern
    ("Was muss ich ans Finanzamt schicken, wenn ich gründe?", (STEUERN,)),
    ("Wie bekomme ich eine Steuernummer?", (STEUERN,)),
    ("Muss ich Mehrwertsteuer auf meine Rechnungen schreiben?", (STEUERN,)),
    ("Wieviel Geld muss ich für die Steuer zurücklegen?", (STEUERN,)),
    ("Fragebogen vom Finanzamt ausfuellen", (STEUERN,)),
    ("Brauche ich einen Steuerberater im ersten Jahr?", (STEUERN,)),
    ("Wie mache ich meine Buchhaltung am Anfang?", (STEUERN,)),
    # Nebenerwerb
    ("Ich habe eine feste Stelle und will nebenbei etwas verkaufen", (NEBENERWERB,)),
    ("Darf mein Chef mir die Selbstständigkeit nebenher verbieten?", (NEBENERWERB,)),
    ("Wie viele Stunden darf ich neben meinem Job selbstständig arbeiten?", (NEBENERWERB,)),
    ("Erst mal nur am Wochenende ausprobieren, geht das?", (NEBENERWERB,)),
    ("nebenberuflich selbststaendig machen", (NEBENERWERB,)),
    # Finanzierung und Förderung
    ("Ich brauche Geld für eine neue Maschine, wer gibt mir einen Kredit?", (GELD,)),
    ("Gibt es Zuschüsse vom Staat für Gründer?", (GELD,)),
    ("Die Bank will mir kein Darlehen geben, was nun?", (GELD,)),
    ("Bekomme ich Geld vom Arbeitsamt, wenn ich mich selbstständig mache?", (GELD,)),
    ("Wie viel Startkapital brauche ich und woher bekomme ich es?", (GELD,)),
    ("Foerdergeld fuer Existenzgruender in Mecklenburg", (GELD,)),
    # Businessplan
    ("Wie schreibe ich ein Konzept für meine Geschäftsidee?", (PLAN,)),
    ("Die Bank will einen Plan sehen, was muss da rein?", (PLAN,)),
    ("Wie rechne ich aus, ob sich meine Idee lohnt?", (PLAN,)),
    ("Vorlage für Umsatzplanung und Kosten", (PLAN,)),
    ("Bussinesplan schreiben Hilfe", (PLAN,)),
    # Versicherungen
    ("Welche Versicherung brauche ich als Selbstständige?", (VERSICHERUNG,)),
    ("Was passiert, wenn ein Kunde sich bei mir verletzt?", (VERSICHERUNG,)),
    ("Muss ich mich selbst krankenversichern, wenn ich gründe?", (VERSICHERUNG,)),
    ("Wer zahlt, wenn ich krank bin und nicht arbeiten kann?", (VERSICHERUNG,)),
    ("Brauche ich eine Haftpflicht für meinen Laden?", (VERSICHERUNG,)),
    # Marke und Design
    ("Wie schütze ich meinen Firmennamen?", (MARKE,)),
    ("Ich brauche ein Logo, was kostet das?", (MARKE,)),
    ("Darf jemand anderes meinen Namen einfach benutzen?", (MARKE,)),
    ("Wo kann ich meinen Namen als Marke eintragen lassen?", (MARKE,)),
    ("Farben und Schrift für meinen Betrieb aussuchen", (MARKE,)),
    # Online sichtbar werden
    ("Brauche ich eine Homepage für meinen Betrieb?", (ONLINE,)),
    ("Was muss ins Impressum?", (ONLINE,)),
    ("Wie finden mich Kunden bei Google?", (ONLINE,)),
    ("Soll ich bei Instagram oder Facebook sein?", (ONLINE,)),
    ("Datenschutzerklärung für meine Internetseite", (ONLINE,)),
    # Erste Mitarbeitende
    ("Ich will eine Aushilfe einstellen, was muss ich beachten?", (PERSONAL,)),
    ("Wie melde ich jemanden auf Minijob-Basis an?", (PERSONAL,)),
    ("Was kostet mich ein Angestellter zusätzlich zum Lohn?", (PERSONAL,)),
    ("Brauche ich einen Arbeitsvertrag für eine Teilzeitkraft?", (PERSONAL,)),
    ("Ich werde Chef, welche Pflichten habe ich dann?", (PERSONAL,)),
    ("Betriebsnummer beantragen", (PERSONAL,)),
    # Hofladen und Direktvermarktung
    ("Ich will Eier und Kartoffeln vom Hof verkaufen", (HOFLADEN,)),
    ("Darf ich selbstgemachte Marmelade auf dem Markt verkaufen?", (HOFLADEN,)),
    ("Regeln für einen Verkaufsautomaten mit Milch", (HOFLADEN,)),
    ("Brauche ich eine Erlaubnis vom Veterinäramt für Fleisch?", (HOFLADEN,)),
    ("Wie kennzeichne ich meine Lebensmittel richtig?", (HOFLADEN,)),
    # Unternehmensnachfolge
    ("Mein Chef hört auf, kann ich seinen Betrieb übernehmen?", (NACHFOLGE,)),
    ("Wie viel ist eine Firma wert, die ich kaufen will?", (NACHFOLGE,)),
    ("Ich suche einen Nachfolger für meine Tischlerei", (NACHFOLGE,)),
    ("Bäckerei kaufen statt neu anfangen", (NACHFOLGE,)),
    ("Was muss ich prüfen, bevor ich einen Laden übernehme?", (NACHFOLGE, RAEUME)),
    # Räume finden
    ("Wo finde ich einen günstigen Laden zur Miete?", (RAEUME,)),
    ("Ich suche eine Werkstatt auf dem Dorf", (RAEUME,)),
    ("Worauf muss ich beim Mietvertrag für Gewerberäume achten?", (RAEUME,)),
    ("Darf ich in meiner Scheune einen Betrieb aufmachen?", (RAEUME,)),
    ("Gibt es Coworking in der Nähe von Ludwigslust?", (RAEUME,)),
]
