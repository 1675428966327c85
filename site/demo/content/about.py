"""The about page: the Landvorteil alliance and its three fields of action (example content)."""

from demo.content import EXAMPLE_NOTICE_TEXT

ABOUT = {
    "slug": "ueber-landvorteil",
    "title": "Über Landvorteil",
    "intro": (
        "Landvorteil Mentoring bringt Menschen, die gründen wollen, mit erfahrenen Expert:innen "
        "aus der Region zusammen – im Kreis Herzogtum Lauenburg und im Landkreis "
        "Ludwigslust-Parchim."
    ),
    "body": (
        f"<p><i>{EXAMPLE_NOTICE_TEXT}</i></p>"
        "<h2>Das Bündnis Landvorteil</h2>"
        "<p>Landvorteil ist ein regionales Innovationsbündnis im Förderprogramm des Bundes "
        "„WIR! – Wandel durch Innovation in der Region“. Es verbindet zwei Landkreise in zwei "
        "Ländern: den Kreis Herzogtum Lauenburg in Schleswig-Holstein und den Landkreis "
        "Ludwigslust-Parchim in Mecklenburg-Vorpommern – von der Elbe bis an die Seen bei "
        "Plau.</p>"
        "<p>Landvorteil sieht das Land als Vorteil, nicht als Nachteil. Das Ziel ist eine "
        "Region, die <b>enkeltauglich</b> ist: in der auch unsere Enkelkinder gut leben, "
        "arbeiten und gründen können.</p>"
        "<h2>Drei Handlungsfelder</h2>"
        "<h3>Innovative Verwaltung</h3>"
        "<p>Verwaltung, die möglich macht: Angebote, die von den Menschen her gedacht sind, "
        "Räume zum Ausprobieren – und Kinder und Jugendliche, die in der Kommunalpolitik "
        "mitreden.</p>"
        "<h3>Kreativ- und Innovationsorte</h3>"
        "<p>Orte, an denen Neues entsteht und bleibt: Pop-up- und Festival-Formate, und "
        "lebendige Dorf- und Ortskerne statt Leerstand.</p>"
        "<h3>Ländliche Gründungen und Projektinitiativen</h3>"
        "<p>Niedrigschwellige Formate, damit alle das Gründen ausprobieren können. Enge "
        "Begleitung für vielversprechende Ideen. Und praktische Hilfe direkt nach der Gründung "
        "durch Expert:innen aus der Region – zum Beispiel Anwält:innen, Steuerberater:innen und "
        "Produktdesigner:innen.</p>"
        "<h2>Landvorteil Mentoring</h2>"
        "<p>Landvorteil Mentoring gehört zum dritten Handlungsfeld. So funktioniert es:</p>"
        "<ol>"
        "<li>Sie beschreiben einmal, wobei Sie Hilfe brauchen.</li>"
        "<li>Wir suchen passende Expert:innen in Ihrer Nähe. Unser Koordinationsteam prüft "
        "jeden Vorschlag.</li>"
        "<li>Sagt die Expert:in zu, stellen wir Sie einander vor. Erst dann sieht sie Ihre "
        "Kontaktdaten.</li>"
        "</ol>"
        "<p>Unsere Expert:innen geben Ihnen Orientierung aus eigener Erfahrung. Rechtsberatung "
        "im Einzelfall geben nur dazu befugte Personen wie Anwält:innen (§ 6 Abs. 2 RDG), "
        "Steuerberatung nur Steuerberater:innen und andere im Steuerberatungsgesetz genannte "
        "Personen (§§ 2–4 StBerG).</p>"
        "<h2>Mitmachen</h2>"
        "<p>Sie haben selbst gegründet, einen Betrieb geführt oder kennen sich in einem "
        "Fachgebiet aus? Geben Sie ein paar Stunden im Monat weiter – an Menschen in Ihrer "
        'Nähe. Schreiben Sie uns über die <a href="/kontakt/">Kontaktseite</a>.</p>'
    ),
}
