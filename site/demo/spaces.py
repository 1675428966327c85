"""A dozen Innovationsorte of the demo region: invented venues in real towns, marked as examples."""

from dataclasses import dataclass

from consultations.models import InnovationSpace

K = InnovationSpace.Kind


@dataclass(frozen=True)
class DemoSpace:
    name: str
    kind: str
    postcode: str
    locality: str
    street: str
    description: str
    opening_notes: str
    step_free: bool
    accessible_toilet: bool


SPACES = (
    DemoSpace(
        "Coworking am Marktplatz", K.COWORKING, "23879", "Mölln", "Am Markt 3",
        "Zwölf Arbeitsplätze mit WLAN, ein Besprechungsraum für sechs Personen, Kaffee.",
        "Montag bis Freitag 8–18 Uhr; Tagesplatz ohne Anmeldung.", True, True,
    ),
    DemoSpace(
        "Dorfbüro Büchen", K.VILLAGE_OFFICE, "21514", "Büchen", "Amtsplatz 1",
        "Zwei Büroplätze im Amtsgebäude, Drucker, ruhiger Raum für Telefonate.",
        "Dienstag und Donnerstag 9–16 Uhr.", True, True,
    ),
    DemoSpace(
        "Werkstatt Elbufer", K.MAKERSPACE, "21481", "Lauenburg/Elbe", "Elbstraße 40",
        "Holz- und Metallwerkstatt, 3D-Drucker, Lasercutter; Einweisung durch Ehrenamtliche.",
        "Mittwoch 16–21 Uhr, Samstag 10–16 Uhr.", False, False,
    ),
    DemoSpace(
        "Bürgerhaus Schwarzenbek", K.COMMUNITY_CENTRE, "21493", "Schwarzenbek",
        "Ritter-Wulf-Platz 2",
        "Großer Saal und zwei Seminarräume für Sprechtage und Gründungsabende.",
        "Nach Absprache mit der Hausverwaltung.", True, True,
    ),
    DemoSpace(
        "Ladenlokal auf Zeit", K.POPUP_SHOP, "23909", "Ratzeburg", "Herrenstraße 12",
        "Leerstehender Laden für vier Wochen zum Ausprobieren: Schaufenster, Kasse, Regale.",
        "Vergabe monatlich; Bewerbung über das Stadtmarketing.", True, False,
    ),
    DemoSpace(
        "Gründerwerkstatt Geesthacht", K.COWORKING, "21502", "Geesthacht", "Bergedorfer Straße 7",
        "Arbeitsplätze, ein Podcast-Raum und monatliche Gründungsfrühstücke.",
        "Montag bis Freitag 9–20 Uhr.", True, True,
    ),
    DemoSpace(
        "Coworking Schlossstadt", K.COWORKING, "19288", "Ludwigslust", "Schloßstraße 20",
        "Acht Arbeitsplätze, Besprechungsraum, Kinderecke für Eltern mit kleinen Kindern.",
        "Montag bis Freitag 8–17 Uhr.", True, True,
    ),
    DemoSpace(
        "Dorfbüro am Schaalsee", K.VILLAGE_OFFICE, "19246", "Zarrentin am Schaalsee",
        "Amtsstraße 4",
        "Drei Arbeitsplätze mit schnellem Internet, Videokonferenzraum.",
        "Montag bis Donnerstag 8–16 Uhr.", True, False,
    ),
    DemoSpace(
        "Offene Werkstatt Parchim", K.MAKERSPACE, "19370", "Parchim", "Lindenstraße 15",
        "Textil- und Elektronikwerkstatt, Nähmaschinen, Lötplätze, Repair-Café.",
        "Freitag 15–20 Uhr.", True, True,
    ),
    DemoSpace(
        "Kulturhaus Hagenow", K.COMMUNITY_CENTRE, "19230", "Hagenow", "Lange Straße 60",
        "Seminarräume und eine Küche für Gründungsabende und Sprechtage.",
        "Nach Absprache.", True, True,
    ),
    DemoSpace(
        "Pop-up-Laden am See", K.POPUP_SHOP, "19395", "Plau am See", "Steinstraße 30",
        "Saisonladen für regionale Produkte, von Mai bis September wechselnd vergeben.",
        "Mai bis September täglich 10–18 Uhr.", False, False,
    ),
    DemoSpace(
        "Coworking Boizenburg", K.COWORKING, "19258", "Boizenburg/Elbe", "Markt 5",
        "Sechs Arbeitsplätze in einem alten Kaufmannshaus, Besprechungsecke.",
        "Dienstag bis Freitag 9–17 Uhr.", False, False,
    ),
)  # fmt: skip
