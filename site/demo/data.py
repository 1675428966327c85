"""Who lives in the demo region: fictional people in real places of the two districts."""

from dataclasses import dataclass

DEMO_PASSWORD = "Landvorteil-Demo-2026"  # noqa: S105 (printed for the demo, never in production)


@dataclass(frozen=True)
class DemoPerson:
    email: str
    first_name: str
    last_name: str
    postcode: str = ""
    locality: str = ""


@dataclass(frozen=True)
class DemoFounder(DemoPerson):
    """A founder with one confirmed, open help request."""

    topics: tuple[str, ...] = ()
    stage: str = "founding"
    sector: str = ""
    formats: tuple[str, ...] = ("in_person", "video")
    description: str = ""


@dataclass(frozen=True)
class DemoMentor(DemoPerson):
    profession: str = "entrepreneur"
    organisation: str = ""
    bio: str = ""
    travel_radius_km: int = 30
    remote: bool = True
    capacity: int = 2
    topics: tuple[str, ...] = ()


COORDINATOR = DemoPerson("koordination@example.org", "Katrin", "Brandt")
EDITOR = DemoPerson("redaktion@example.org", "Jonas", "Wiese")

MENTORS = (
    DemoMentor(
        "anwaeltin.petersen@example.org",
        "Heike",
        "Petersen",
        "23909",
        "Ratzeburg",
        profession="lawyer",
        organisation="Kanzlei am Domsee",
        topics=("recht",),
        bio="Vertragsrecht, Gesellschaftsrecht und Arbeitsrecht für kleine Unternehmen.",
        travel_radius_km=40,
        capacity=2,
    ),
    DemoMentor(
        "steuer.hansen@example.org",
        "Torben",
        "Hansen",
        "23879",
        "Mölln",
        profession="tax_adviser",
        organisation="Steuerbüro Hansen",
        topics=("steuern", "finanzierung"),
        bio="Steuerliche Erfassung, Kleinunternehmerregelung, Buchhaltung für Gründer:innen.",
        travel_radius_km=35,
        capacity=3,
    ),
    DemoMentor(
        "design.kaya@example.org",
        "Selin",
        "Kaya",
        "21502",
        "Geesthacht",
        profession="designer",
        organisation="Studio Elbhang",
        topics=("design", "marketing"),
        bio="Marke, Logo, Verpackung und Website für Hofläden und Handwerk.",
        travel_radius_km=50,
        capacity=2,
    ),
    DemoMentor(
        "unternehmer.voss@example.org",
        "Dirk",
        "Voß",
        "21493",
        "Schwarzenbek",
        profession="entrepreneur",
        organisation="Voß Metallbau GmbH",
        topics=("nachfolge", "personal", "finanzierung"),
        bio="30 Jahre Handwerksbetrieb, Personal, Nachfolge und Finanzierung mit der Hausbank.",
        travel_radius_km=30,
        remote=False,
        capacity=1,
    ),
    DemoMentor(
        "finanzierung.mueller@example.org",
        "Anja",
        "Müller",
        "19370",
        "Parchim",
        profession="finance",
        organisation="Sparkasse (Firmenkunden)",
        topics=("finanzierung", "businessplan"),
        bio="Finanzierungsplan, Förderkredite, Gespräche mit der Bank vorbereiten.",
        travel_radius_km=60,
        capacity=3,
    ),
    DemoMentor(
        "marketing.schulz@example.org",
        "Lena",
        "Schulz",
        "19288",
        "Ludwigslust",
        profession="marketing",
        organisation="Schulz Kommunikation",
        topics=("marketing", "digital"),
        bio="Marketing und Vertrieb im ländlichen Raum, soziale Medien, Direktvermarktung.",
        travel_radius_km=45,
        capacity=2,
    ),
    DemoMentor(
        "it.nowak@example.org",
        "Piotr",
        "Nowak",
        "19230",
        "Hagenow",
        profession="it",
        organisation="Nowak IT-Service",
        topics=("digital",),
        bio="Webshop, Kassensystem, Datenschutz in der Praxis, digitale Buchhaltung.",
        travel_radius_km=40,
        capacity=2,
    ),
    DemoMentor(
        "tourismus.lange@example.org",
        "Birgit",
        "Lange",
        "19395",
        "Plau am See",
        profession="entrepreneur",
        organisation="Ferienhof am See",
        topics=("landwirtschaft", "standort", "marketing"),
        bio="Tourismus, Gastronomie, Ferienwohnungen und Direktvermarktung vom Hof.",
        travel_radius_km=30,
        capacity=2,
    ),
)

FOUNDERS = (
    DemoFounder(
        "gruenderin.koch@example.org",
        "Mara",
        "Koch",
        "21481",
        "Lauenburg/Elbe",
        topics=("recht", "steuern"),
        stage="founding",
        sector="Café und Hofladen",
        description="Ich eröffne im Frühjahr ein kleines Café mit Hofladen an der Elbe. Welche "
        "Rechtsform passt, und was muss ich beim Finanzamt beachten?",
    ),
    DemoFounder(
        "gruender.yilmaz@example.org",
        "Emre",
        "Yılmaz",
        "21514",
        "Büchen",
        topics=("digital", "marketing"),
        stage="young",
        sector="Fahrradwerkstatt",
        description="Meine Fahrradwerkstatt läuft seit einem Jahr. Ich möchte einen Webshop für "
        "Ersatzteile aufbauen und online besser gefunden werden.",
    ),
    DemoFounder(
        "gruenderin.berg@example.org",
        "Svenja",
        "Berg",
        "19386",
        "Lübz",
        topics=("finanzierung", "businessplan"),
        stage="idea",
        sector="Keramikwerkstatt",
        formats=("in_person",),
        description="Ich möchte eine Keramikwerkstatt mit Kursen gründen und brauche Hilfe beim "
        "Businessplan und bei der Frage, welche Förderung es in Mecklenburg-Vorpommern gibt.",
    ),
    DemoFounder(
        "gruender.wendt@example.org",
        "Malte",
        "Wendt",
        "19089",
        "Crivitz",
        topics=("nachfolge", "finanzierung"),
        stage="succession",
        sector="Tischlerei",
        description="Mein Meister geht in Rente und bietet mir die Tischlerei an. Wie bewerte "
        "ich den Betrieb, und wie finanziere ich die Übernahme?",
    ),
    DemoFounder(
        "gruenderin.rohde@example.org",
        "Ida",
        "Rohde",
        "19246",
        "Zarrentin am Schaalsee",
        topics=("landwirtschaft", "marketing"),
        stage="founding",
        sector="Direktvermarktung",
        description="Wir wollen Gemüse und Eier direkt vom Hof verkaufen, mit Verkaufsautomat "
        "und Wochenmarkt. Welche Regeln gelten, und wie finden wir Kundschaft?",
    ),
)


@dataclass(frozen=True)
class DemoPage:
    setting: str  # the FooterLinks field that points to it
    slug: str
    title: str
    intro: str
    body: str


# Example content in German, to be replaced by the region's editors in the CMS.
LEGAL_PAGES = (
    DemoPage(
        "imprint",
        "impressum",
        "Impressum",
        "Beispielinhalt der Demo-Region – bitte durch die echten Angaben ersetzen.",
        "<p>Landvorteil Mentoring<br>Musterstraße 1<br>23909 Ratzeburg</p>",
    ),
    DemoPage(
        "privacy",
        "datenschutz",
        "Datenschutz",
        "Wie wir mit Ihren Daten umgehen.",
        "<p>Wir speichern nur, was für die Vermittlung nötig ist. Expert:innen sehen Ihre "
        "Kontaktdaten erst, wenn die Vermittlung bestätigt und angenommen ist.</p>",
    ),
    DemoPage(
        "accessibility",
        "barrierefreiheit",
        "Barrierefreiheit",
        "Diese Website soll für alle gut nutzbar sein.",
        "<p>Wir richten uns nach WCAG 2.1 AA (BITV 2.0). Wenn Sie auf Hindernisse stoßen, "
        "schreiben Sie uns bitte über die Kontaktseite.</p>",
    ),
)

CONTACT_PAGE = {
    "slug": "kontakt",
    "title": "Kontakt",
    "intro": "Schreiben Sie uns: Wir antworten in der Regel innerhalb von zwei Werktagen.",
    "thank_you_text": "<p>Vielen Dank! Wir melden uns innerhalb von zwei Werktagen.</p>",
    "address": "mentoring@example.org",
    "subject": "Nachricht über das Kontaktformular",
    # (label, field type, required, help text)
    "fields": (
        ("Ihr Name", "singleline", True, ""),
        ("Ihre E-Mail-Adresse", "email", True, "Damit wir Ihnen antworten können."),
        ("Ihre Nachricht", "multiline", True, ""),
    ),
}
