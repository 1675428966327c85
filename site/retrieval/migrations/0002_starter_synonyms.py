"""A starter list of founders' everyday words and the guides' words for them; editors keep it."""

from django.db import migrations

STARTER = [
    ("Geld, Kohle, Kapital, Startkapital", "Finanzierung, Kredit, Förderung"),
    ("Kredit, Darlehen, Bankkredit", "Finanzierung, Kredit"),
    ("Zuschuss, Fördergeld, Förderung", "Förderung, Zuschuss"),
    ("Arbeitsamt, Jobcenter, Arbeitsagentur", "Agentur für Arbeit, Gründungszuschuss"),
    ("Chef, Chefin", "Arbeitgeber"),
    ("Aushilfe, Minijobber, Teilzeitkraft, Angestellte, Angestellter", "Mitarbeitende, Minijob"),
    ("Lohn, Gehalt", "Lohn, Mitarbeitende, Sozialversicherung"),
    ("Firma, Laden, Geschäft, Unternehmen", "Betrieb, Gewerbe"),
    ("Gewerbeschein", "Gewerbeanmeldung"),
    ("Mehrwertsteuer, MwSt", "Umsatzsteuer"),
    ("Steuerberater, Steuerberaterin", "Steuerberatung, Finanzamt"),
    ("Homepage, Internetseite, Webseite", "Website"),
    ("Logo, Firmenlogo", "Design, Marke"),
    ("Firmenname, Name", "Marke, Name"),
    ("Konzept, Plan", "Businessplan"),
    ("pleite, Pleite, Insolvenz", "Haftung"),
    ("Miete, mieten", "Mietvertrag, Räume"),
    ("nebenbei, nebenher, nebenberuflich, Feierabend, Wochenende", "Nebenerwerb"),
    ("übernehmen, Übernahme, kaufen", "Nachfolge, Übernahme"),
    ("Krankenkasse, krankenversichern", "Krankenversicherung"),
    ("Hof, Bauernhof", "Direktvermarktung, Hofladen"),
]


def add_starter(apps, schema_editor):
    Synonym = apps.get_model("retrieval", "Synonym")
    for words, means in STARTER:
        Synonym.objects.get_or_create(words=words, defaults={"means": means})


class Migration(migrations.Migration):
    dependencies = [("retrieval", "0001_initial")]
    operations = [migrations.RunPython(add_starter, migrations.RunPython.noop)]
