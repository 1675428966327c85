"""The two districts the service starts with, as the postcodes their localities use.

Source and reasoning: the postcode list (``postcodes_de.csv``, from the package
``countrystatecity-postal-codes``; every postcode with its localities and Land) was gone
through postcode by postcode in the 19xxx, 21xxx, 22xxx and 23xxx ranges, and each locality
assigned to its district by the official municipality lists of the districts (Ämter and
amtsfreie towns). A postcode that only the
district's localities use is listed whole; one shared with a neighbour is listed with the
district's own localities ("21039 Börnsen"), so that e.g. "21039 Hamburg" stays outside.

Deliberately left out, because no locality of the two districts uses them:
- Schwerin 19053-19063 (a kreisfreie Stadt between the two districts),
- Nordwestmecklenburg 19069, 19071, 19205, 19209, 19217, 19417 and Grambow in 19073,
- Stormarn (Reinbek 21465, Glinde 21509, Trittau 22946, Elmenhorst 23869, ...), Lübeck,
  Amt Neuhaus (19273, Lower Saxony) and Brandenburg's Karstädt (19357).

Whole postcodes carry the names of their localities as a "#" comment: the entries are stored
as the text coordinators edit (Wagtail snippets), so the comment helps them find their way.
Once seeded the areas are theirs; this list only fills a database that lacks them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedArea:
    name: str
    entries: tuple[str, ...]


HERZOGTUM_LAUENBURG = SeedArea(
    name="Kreis Herzogtum Lauenburg",
    entries=(
        # shared with Hamburg-Bergedorf
        "21039 Börnsen",
        "21039 Escheburg",
        "21039 Kröppelshagen-Fahrendorf",
        # shared with Reinbek (Stormarn)
        "21465 Wentorf bei Hamburg",
        "21481  # Lauenburg/Elbe, Buchhorst, Schnakenbek",
        "21483  # Amt Lütau",
        "21493  # Schwarzenbek und Amt Schwarzenbek-Land",
        "21502  # Geesthacht, Hamwarde, Wiershop, Worth",
        "21514  # Büchen und Amt Büchen",
        "21516  # Müssen, Schulendorf, Tramm, Woltersdorf",
        "21521  # Aumühle, Dassendorf, Wohltorf, Sachsenwald",
        "21524  # Brunstorf",
        "21526  # Hohenhorn",
        "21527  # Kollow",
        "21529  # Kröppelshagen-Fahrendorf",
        # shared with Stormarn (Hamfelde, Köthel and Rausdorf of Stormarn stay outside)
        "22929 Hamfelde (Lauenburg)",
        "22929 Kasseburg",
        "22929 Köthel (Lauenburg)",
        "22929 Schönberg",
        # shared with Trittau and its Stormarn neighbours
        "22946 Dahmker",
        "22958  # Kuddewörde",
        "22959  # Linau",
        "23627  # Groß Grönau, Groß Sarau",
        # shared with Lübeck
        "23628 Klempau",
        "23628 Krummesse",
        # shared with Stormarn (Lasbek, Meddewade, Pölitz, Rethwisch, Westerau stay outside)
        "23847 Bliestorf",
        "23847 Düchelsdorf",
        "23847 Grinau",
        "23847 Groß Boden",
        "23847 Kastorf",
        "23847 Schiphorst",
        "23847 Schürensöhlen",
        "23847 Siebenbäumen",
        "23847 Sierksrade",
        "23847 Steinhorst",
        "23847 Stubben",
        # shared with Klein Wesenberg (Stormarn)
        "23860 Groß Schenkenberg",
        "23879  # Mölln",
        "23881  # Breitenfelde und Amt Breitenfelde",
        "23883  # Sterley, Seedorf, Salem, Lehmrade und Nachbarorte",
        "23896  # Nusse und Nachbarorte",
        "23898  # Sandesneben und Nachbarorte",
        "23899  # Gudow, Besenthal",
        "23909  # Ratzeburg und Nachbarorte",
        "23911  # Amt Lauenburgische Seen",
        "23919  # Berkenthin und Nachbarorte",
    ),
)

LUDWIGSLUST_PARCHIM = SeedArea(
    name="Landkreis Ludwigslust-Parchim",
    entries=(
        "19065  # Pinnow, Gneven, Raben Steinfeld, Langen Brütz",
        "19067  # Leezen, Cambs, Dobin am See",
        # shared with Grambow (Nordwestmecklenburg)
        "19073 Dümmer",
        "19073 Klein Rogahn",
        "19073 Schossin",
        "19073 Stralendorf",
        "19073 Wittenförden",
        "19073 Zülow",
        "19075  # Pampow, Holthusen, Warsow",
        "19077  # Rastow, Lübesse, Sülstorf, Uelitz",
        "19079  # Banzkow, Sukow",
        "19086  # Plate",
        "19089  # Crivitz und Amt Crivitz",
        "19230  # Hagenow und Amt Hagenow-Land",
        "19243  # Wittenburg",
        "19246  # Zarrentin am Schaalsee",
        "19249  # Lübtheen",
        "19258  # Boizenburg/Elbe und Amt Boizenburg-Land",
        "19260  # Vellahn",
        # shared with Amt Neuhaus (Lower Saxony)
        "19273 Brahlstorf",
        "19273 Dersenow",
        "19273 Teldau",
        "19288  # Ludwigslust und Amt Ludwigslust-Land",
        "19294  # Neu Kaliß, Malliß, Eldena, Gorlosen",
        "19300  # Grabow",
        "19303  # Dömitz",
        "19306  # Neustadt-Glewe",
        # shared with Karstädt (Brandenburg)
        "19357 Dambeck",
        "19370  # Parchim",
        "19372  # Spornitz und Amt Parchimer Umland",
        "19374  # Domsühl, Mestlin, Obere Warnow",
        "19376  # Siggelkow, Ruhner Berge",
        "19386  # Lübz und Amt Eldenburg Lübz",
        "19395  # Plau am See, Ganzlin, Barkhagen",
        "19399  # Goldberg, Dobbertin",
        "19406  # Sternberg und Amt Sternberger Seenlandschaft",
        "19412  # Brüel",
    ),
)

SERVICE_AREAS: tuple[SeedArea, ...] = (HERZOGTUM_LAUENBURG, LUDWIGSLUST_PARCHIM)
