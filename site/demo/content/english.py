"""English translations of the demo content: home page, indexes, about page and five guides.

Plain data like ``demo.content.guides``, in plain English that addresses the reader as "you".
Founders who read English still meet German offices and forms, so German official terms stay in
the text, with a short English gloss on first use. Facts, law references, names and amounts are
those of the German originals. ``GUIDES`` maps each German slug to its English guide.

Links between guides point to the English site: to the English guide where one exists, else to
the German original under its German slug, marked "(in German)".
"""

from demo.content import experts

EXAMPLE_NOTICE_TEXT_EN = (
    "Example content of the demo region: to be checked by the editors before publication."
)

# German slug -> English slug of the translated guides.
GUIDE_SLUGS_EN = {
    "gewerbe-anmelden": "register-a-business",
    "steuern-fuer-gruenderinnen": "taxes-for-founders",
    "finanzierung-und-foerderung": "funding-and-grants",
    "gruenden-im-nebenerwerb": "starting-part-time",
    "rechtsform-waehlen": "choosing-a-legal-form",
}

_GUIDE_EN = "/en/guides/{}/"


def _link_en(slug: str, text: str) -> str:
    """A link to the guide with German ``slug`` on the English site."""
    if slug in GUIDE_SLUGS_EN:
        return f'<a href="{_GUIDE_EN.format(GUIDE_SLUGS_EN[slug])}">{text}</a>'
    return f'<a href="{_GUIDE_EN.format(slug)}">{text} (in German)</a>'


def example_notice_en() -> tuple[str, dict]:
    """The callout every English demo guide carries."""
    return (
        "callout",
        {"kind": "info", "title": "Example content", "text": f"<p>{EXAMPLE_NOTICE_TEXT_EN}</p>"},
    )


def orientation_law_en() -> tuple[str, dict]:
    """What volunteer mentors may do in legal questions (§ 6 Abs. 2 RDG)."""
    return (
        "callout",
        {
            "kind": "tip",
            "title": "Orientation, not legal advice",
            "text": (
                "<p>This guide gives you an overview. It does not replace advice on your own "
                "case. Our volunteer experts give you orientation. Under the Legal Services Act "
                "(Rechtsdienstleistungsgesetz), only people who are authorised to do so may give "
                "legal advice on your case, for example lawyers (§ 6 Abs. 2 RDG).</p>"
            ),
        },
    )


def orientation_tax_en() -> tuple[str, dict]:
    """What volunteer mentors may do in tax questions (§§ 2–4 StBerG)."""
    return (
        "callout",
        {
            "kind": "tip",
            "title": "Orientation, not tax advice",
            "text": (
                "<p>This guide explains the basics. Only tax advisers (Steuerberater:innen) and "
                "the other persons and bodies named in the Tax Advisory Act "
                "(Steuerberatungsgesetz) may help you with your own tax matters "
                "(§§ 2–4 StBerG). Other experts give you orientation.</p>"
            ),
        },
    )


HOME = {
    "title": "Landvorteil Mentoring",
    "intro": (
        "Do you want to start a business, or have you just started one? Experienced people from "
        "Herzogtum Lauenburg and Ludwigslust-Parchim will help you – free of charge and near "
        "you."
    ),
}

GUIDE_INDEX = {
    "slug": "guides",
    "title": "Guides",
    "intro": (
        "Know-how for starting your business, in plain language: from registering a business "
        "to taking over an existing one. Every guide ends with the way to experts from the "
        "region."
    ),
}

EVENT_INDEX = {
    "slug": "events",
    "title": "Events",
    "intro": (
        "<p>Office hours, workshops, pop-ups and festivals in Herzogtum Lauenburg and "
        "Ludwigslust-Parchim.</p>"
    ),
}

ABOUT = {
    "slug": "about",
    "title": "About Landvorteil",
    "intro": (
        "Landvorteil Mentoring brings people who want to start a business together with "
        "experienced experts from the region – in the district of Herzogtum Lauenburg and the "
        "district of Ludwigslust-Parchim."
    ),
    "body": (
        f"<p><i>{EXAMPLE_NOTICE_TEXT_EN}</i></p>"
        "<h2>The Landvorteil alliance</h2>"
        "<p>Landvorteil is a regional innovation alliance in the federal funding programme "
        "“WIR! – Wandel durch Innovation in der Region” (“WE! – Change through Innovation in "
        "the Region”). It links two districts in two federal states (Länder): the district of "
        "Herzogtum Lauenburg in Schleswig-Holstein and the district of Ludwigslust-Parchim in "
        "Mecklenburg-Vorpommern – from the river Elbe to the lakes near Plau.</p>"
        "<p>Landvorteil (“the countryside advantage”) sees rural life as an advantage, not a "
        "drawback. The goal is a region that is <b>enkeltauglich</b> (fit for our "
        "grandchildren): a place where our grandchildren, too, can live, work and start a "
        "business well.</p>"
        "<h2>Three fields of action</h2>"
        "<h3>Innovative administration</h3>"
        "<p>An administration that makes things possible: services designed around people, "
        "spaces for trying things out – and children and young people who have a say in local "
        "politics.</p>"
        "<h3>Creative and innovation spaces</h3>"
        "<p>Places where new things start and stay: pop-up and festival formats, and lively "
        "village and town centres instead of empty buildings.</p>"
        "<h3>Rural start-ups and project initiatives</h3>"
        "<p>Low-threshold formats, so that everyone can try out starting a business. Close "
        "support for promising ideas. And practical help right after the start from experts in "
        "the region – for example lawyers, tax advisers and product designers.</p>"
        "<h2>Landvorteil Mentoring</h2>"
        "<p>Landvorteil Mentoring is part of the third field of action. This is how it "
        "works:</p>"
        "<ol>"
        "<li>You describe once what you need help with.</li>"
        "<li>We look for suitable experts near you. Our coordination team checks every "
        "suggestion.</li>"
        "<li>If the expert says yes, we introduce you to each other. Only then can the expert "
        "see your contact details.</li>"
        "</ol>"
        "<p>Our experts give you orientation from their own experience. Legal advice on an "
        "individual case is given only by people authorised to do so, such as lawyers "
        "(§ 6 Abs. 2 RDG). Tax advice is given only by tax advisers and the other persons named "
        "in the Tax Advisory Act (§§ 2–4 StBerG).</p>"
        "<h2>Get involved</h2>"
        "<p>Have you started a business yourself, run a company or do you know a special field "
        "well? Pass on a few hours a month – to people near you. Write to us via the "
        '<a href="/en/kontakt/">contact page</a>.</p>'
    ),
}

GEWERBE = {
    "slug": "register-a-business",
    "keywords": (
        "register a business, business registration, trade licence, trade office, registration "
        "fee, form, start selling, Gewerbeanmeldung, Gewerbeschein, Gewerbeamt, Ordnungsamt"
    ),
    "title": "Registering a business: how it works",
    "intro": (
        "If you run a business (Gewerbe), you must register it before you start. Here you can "
        "read who needs a business registration (Gewerbeanmeldung), where you register your "
        "business and what happens next."
    ),
    "topics": ["recht", "steuern"],
    "stages": ["founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice_en(),
        (
            "text",
            "<h2>Who needs a business registration?</h2>"
            "<p>Almost everyone who sells, makes or offers a service on a self-employed basis. "
            "The duty to register is set out in § 14 of the Trade Regulation Act "
            "(Gewerbeordnung, GewO).</p>"
            "<p><b>Exception: the liberal professions (freie Berufe).</b> These include, for "
            "example, many designers, consultants, lawyers and tax advisers. They do not "
            "register a business. They only register with the tax office (Finanzamt). "
            "Agriculture and forestry are usually not a business (Gewerbe) either.</p>"
            "<p>Whether your work is a business or a liberal profession is not always clear. "
            "If in doubt, ask the trade office (Gewerbeamt) or the tax office.</p>",
        ),
        (
            "steps",
            {
                "title": "Registering your business in four steps",
                "steps": [
                    {
                        "title": "Find the right trade office",
                        "text": "<p>The trade office of your town, your municipality "
                        "(Gemeinde) or your Amt (an office shared by several small "
                        "municipalities) is responsible – where your business is located. If "
                        "you work from home, that is where you live. Many municipalities and "
                        "Ämter also let you register online. Check their website.</p>",
                    },
                    {
                        "title": "Get your documents ready",
                        "text": "<p>You need your identity card (Personalausweis) or passport "
                        "and a short description of your work. For some kinds of work you also "
                        "need a permit or proof, for example an entry in the register of "
                        "craft businesses (Handwerksrolle). If you found a UG or GmbH, the "
                        "office also needs the extract from the commercial register "
                        "(Handelsregister).</p>",
                    },
                    {
                        "title": "Register and pay the fee",
                        "text": "<p>You fill in the form, on paper or online. Registration "
                        "costs a fee. Each municipality sets the amount itself. Ask "
                        "beforehand.</p>",
                    },
                    {
                        "title": "Keep the confirmation",
                        "text": "<p>You receive a confirmation of your registration. Many "
                        "people call it the “Gewerbeschein”. Keep it safe: banks, suppliers "
                        "and funding bodies often ask for it.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Register first, then start",
                "text": "<p>Register your business before you accept your first orders. If you "
                "work without registering, you risk a fine.</p>",
            },
        ),
        (
            "text",
            "<h2>What happens after you register?</h2>"
            "<ul>"
            "<li>The trade office passes your details on to other bodies, for example to the "
            "tax office and to the chamber responsible for you.</li>"
            "<li>With a business, you are usually a member of the Chamber of Industry and "
            "Commerce (Industrie- und Handelskammer, IHK) or – in a craft trade – of the "
            "Chamber of Crafts (Handwerkskammer).</li>"
            "<li>Within one month, the tax office expects the tax questionnaire (Fragebogen "
            "zur steuerlichen Erfassung, § 138 AO). How this works is explained in the guide "
            + _link_en("steuern-fuer-gruenderinnen", "Taxes for founders")
            + ".</li>"
            "</ul>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>In the district of Herzogtum Lauenburg, your chamber for most "
                "businesses is the IHK zu Lübeck, and for craft businesses the Handwerkskammer "
                "Lübeck. Ask them about their services for founders.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>In the district of Ludwigslust-Parchim, your chamber for most "
                "businesses is the IHK zu Schwerin, and for craft businesses the "
                "Handwerkskammer Schwerin. Ask them about their services for founders.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Before your appointment at the trade office",
                "items": [
                    "I can describe my work in one or two sentences.",
                    "I know whether I run a business or practise a liberal profession.",
                    "I know whether I need a permit or proof.",
                    "I have a valid ID.",
                    "I have set a start date.",
                    "I know the fee of my municipality or my Amt.",
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Frequently asked questions",
                "items": [
                    {
                        "question": "Do I have to register if I only sell on the side?",
                        "answer": "<p>Yes, if you sell regularly and want to earn money from "
                        "it. If you only sell your own used things now and then, you are not "
                        "running a business. There is more on this in the guide "
                        + _link_en("gruenden-im-nebenerwerb", "Starting part-time")
                        + ".</p>",
                    },
                    {
                        "question": "What do I do if I move or stop?",
                        "answer": "<p>You report this to the trade office too: as a change of "
                        "registration (Ummeldung) or as a deregistration (Abmeldung). This also "
                        "applies if your work changes a lot.</p>",
                    },
                    {
                        "question": "I am taking over an existing business. Do I have to "
                        "register it again?",
                        "answer": "<p>Yes. You register the business in your name, and the "
                        "previous owners deregister. Read the guide "
                        + _link_en("unternehmensnachfolge", "Business succession")
                        + ".</p>",
                    },
                ],
            },
        ),
        orientation_law_en(),
        experts("recht", "Questions about registering a business?"),
    ],
}

RECHTSFORM = {
    "slug": "choosing-a-legal-form",
    "keywords": (
        "legal form, legal structure, company type, sole trader, sole proprietorship, "
        "partnership, limited company, liability, partners, share capital, Rechtsform, GmbH, "
        "UG, GbR, Einzelunternehmen, Haftung, Stammkapital"
    ),
    "title": "Choosing a legal form: which one suits you?",
    "intro": (
        "The legal form (Rechtsform) decides who is liable for debts, what it costs to set up "
        "and how much bookkeeping you will have. Here you will find the forms that small "
        "start-ups choose most often."
    ),
    "topics": ["recht", "steuern"],
    "stages": ["idea", "founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice_en(),
        (
            "text",
            "<h2>Sole proprietorship (Einzelunternehmen)</h2>"
            "<p>You start on your own. This is quick and costs little. But you are liable with "
            "all your private assets. Most small start-ups begin this way.</p>"
            "<h2>GbR – Gesellschaft bürgerlichen Rechts (civil-law partnership)</h2>"
            "<p>Two or more people start together. A contract between you is enough. Put it in "
            "writing, even if the law does not require it. Each person is liable with their "
            "private assets for all the debts of the GbR.</p>"
            "<p>Since 2024, a GbR can be entered in the register of partnerships "
            "(Gesellschaftsregister). It is then called a “registered GbR” (eingetragene GbR, "
            "eGbR). This is necessary if the GbR is to be entered in other registers, for "
            "example in the land register (Grundbuch) as the owner of a plot of land.</p>"
            "<h2>UG (haftungsbeschränkt)</h2>"
            "<p>The “small GmbH”: an Unternehmergesellschaft with limited liability. You can "
            "set it up with very little share capital (Stammkapital). The company is liable "
            "only with its own assets, not with your private ones. For this you need an "
            "appointment with a notary and an entry in the commercial register "
            "(Handelsregister). Part of the profit must stay in the company until it has the "
            "capital of a GmbH (§ 5a GmbHG).</p>"
            "<h2>GmbH</h2>"
            "<p>The classic limited liability company. Like the UG, but with €25,000 share "
            "capital (§ 5 GmbHG). To banks and business partners, a GmbH often looks more "
            "solid. Setting it up and keeping its books take more work and cost more than for "
            "a sole proprietorship.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Even with a UG or GmbH you are sometimes liable yourself",
                "text": "<p>For loans, banks often ask for a personal guarantee (Bürgschaft). "
                "And if you breach your duties as managing director (Geschäftsführer:in), you "
                "can be personally liable. So limited liability does not protect you in every "
                "case.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Questions that help you choose",
                "items": [
                    "Am I starting alone or with others?",
                    "How big is the risk of running up high debts?",
                    "How much money can I put in at the start?",
                    "How much time and money do I want to spend on bookkeeping?",
                    "Do I need a loan – and what does the bank ask for?",
                    "Do I want to take on partners later or sell the business?",
                ],
            },
        ),
        (
            "steps",
            {
                "title": "How to reach your decision",
                "steps": [
                    {
                        "title": "Get an overview",
                        "text": "<p>Answer the questions above for yourself. Write down which "
                        "legal forms are then still an option.</p>",
                    },
                    {
                        "title": "Compare the figures",
                        "text": "<p>Have the costs of setting up, bookkeeping and taxes for "
                        "each form set side by side. A tax adviser can do this for you.</p>",
                    },
                    {
                        "title": "Get advice and decide",
                        "text": "<p>For contracts, such as the partnership agreement "
                        "(Gesellschaftsvertrag) of a GbR, get advice from lawyers or notaries. "
                        "For a UG or GmbH, the appointment with a notary is compulsory "
                        "anyway.</p>",
                    },
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Frequently asked questions",
                "items": [
                    {
                        "question": "Can I change the legal form later?",
                        "answer": "<p>Yes, for example from a sole proprietorship to a GmbH. "
                        "But it costs time and money. Many people start simple and change when "
                        "the business grows.</p>",
                    },
                    {
                        "question": "As a sole proprietor, do I have to be entered in the "
                        "commercial register?",
                        "answer": "<p>Only if the type and size of your business need a "
                        "commercially run business operation. You are then an “eingetragene "
                        "Kauffrau” or “eingetragener Kaufmann” (e. K., registered merchant). "
                        "Small businesses can register voluntarily.</p>",
                    },
                ],
            },
        ),
        orientation_law_en(),
        experts("recht", "Help with choosing a legal form"),
    ],
}

STEUERN = {
    "slug": "taxes-for-founders",
    "keywords": (
        "tax number, tax registration, tax questionnaire, tax office, VAT, sales tax, small "
        "business rule, bookkeeping, receipts, invoice, tax adviser, Steuernummer, Fragebogen "
        "zur steuerlichen Erfassung, Finanzamt, ELSTER, Umsatzsteuer, Kleinunternehmerregelung"
    ),
    "title": "Taxes for founders: getting started with the tax office",
    "intro": (
        "After you start, the tax office (Finanzamt) gets in touch – or you get in touch with "
        "it. Here you can read what the tax questionnaire (Fragebogen zur steuerlichen "
        "Erfassung) is, which taxes you will have to pay and when the small business rule "
        "(Kleinunternehmerregelung) is a good fit."
    ),
    "topics": ["steuern"],
    "stages": ["founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-02-15",
    "body": [
        example_notice_en(),
        (
            "steps",
            {
                "title": "The tax questionnaire (Fragebogen zur steuerlichen Erfassung)",
                "steps": [
                    {
                        "title": "Set up an ELSTER account",
                        "text": "<p>You send the questionnaire online through ELSTER, the "
                        "portal of the tax authorities. To register, you get a letter by post. "
                        "This takes a few days. So start early.</p>",
                    },
                    {
                        "title": "Fill in the questionnaire",
                        "text": "<p>You describe your work and estimate your turnover and profit "
                        "for the first year and the year after. Estimate honestly and "
                        "carefully: your advance tax payments (Vorauszahlungen) are based on "
                        "these figures.</p>",
                    },
                    {
                        "title": "Send it within one month",
                        "text": "<p>You have one month after you start (§ 138 AO). This "
                        "applies to businesses and to liberal professions.</p>",
                    },
                    {
                        "title": "Wait for your tax number",
                        "text": "<p>The tax office sends you your tax number (Steuernummer). "
                        "Keep the letter safe: you need the tax number for every letter to the "
                        "tax office, and usually on your invoices too.</p>",
                    },
                ],
            },
        ),
        (
            "text",
            "<h2>Which taxes will you pay?</h2>"
            "<ul>"
            "<li><b>Income tax</b> (Einkommensteuer) on your profit – as for employees, only "
            "you pay it yourself. The tax office can set quarterly advance payments.</li>"
            "<li><b>VAT</b> (Umsatzsteuer) on your sales – unless you use the small business "
            "rule (see below).</li>"
            "<li><b>Trade tax</b> (Gewerbesteuer) only for businesses, not for liberal "
            "professions. Sole proprietorships and partnerships have a tax-free allowance "
            "(§ 11 GewStG). This is why small businesses often pay no trade tax.</li>"
            "<li><b>Corporation tax</b> (Körperschaftsteuer) only for a UG or GmbH.</li>"
            "</ul>",
        ),
        (
            "text",
            "<h2>The small business rule (Kleinunternehmerregelung, § 19 UStG)</h2>"
            "<p>As a small business owner (Kleinunternehmer:in), you do not charge VAT. Your "
            "invoices are simpler, and you save work. Since 1 January 2025, the rule applies "
            "if:</p>"
            "<ul>"
            "<li>your turnover in the previous year was no more than <b>€25,000</b>, and</li>"
            "<li>your turnover in the current year is no more than <b>€100,000</b>.</li>"
            "</ul>"
            "<p>On your invoices you add a note that you do not charge VAT under "
            "§ 19 UStG.</p>"
            "<p>The drawback: you cannot get back from the tax office the VAT you pay on your "
            "purchases (input tax, Vorsteuer). If you invest a lot at the start or sell mainly "
            "to businesses, you are sometimes better off without the rule. You are then bound "
            "to this choice for several years.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Your first year is a special case",
                "text": "<p>In your first year there is no turnover from a previous year yet. "
                "Ask the tax office or a tax adviser to confirm the limit for your first year "
                "before you write your first invoices.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Put money aside for taxes",
                "text": "<p>Part of every profit belongs to the tax office. Transfer a fixed "
                "share of your income to a separate account. Then your first tax payment will "
                "not catch you unprepared.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Bookkeeping from day one",
                "items": [
                    "Open a separate account for the business.",
                    "Keep every invoice and every receipt, ideally sorted digitally.",
                    "Record income and expenses regularly, for example every week.",
                    "Small businesses usually work out their profit with a simple income "
                    "statement (Einnahmen-Überschuss-Rechnung, EÜR).",
                    "Put the deadlines for tax returns in your calendar.",
                ],
            },
        ),
        (
            "faq",
            {
                "title": "Frequently asked questions",
                "items": [
                    {
                        "question": "As a small business owner, do I have to file a tax return?",
                        "answer": "<p>Yes. You still file your income tax return. You show your "
                        "profit with the EÜR. The tax office or a tax adviser will tell you "
                        "which other returns you have to file.</p>",
                    },
                    {
                        "question": "Do I need a tax adviser?",
                        "answer": "<p>It is not compulsory. But for the first year it is often "
                        "a good investment. You can deduct the costs as a business "
                        "expense.</p>",
                    },
                ],
            },
        ),
        orientation_tax_en(),
        experts("steuern", "Questions about taxes and bookkeeping?"),
    ],
}

NEBENERWERB = {
    "slug": "starting-part-time",
    "keywords": (
        "part-time business, side business, side job, alongside a job, evenings, weekends, "
        "employee, permanent job, try out, Nebenerwerb, nebenberuflich, Nebentätigkeit"
    ),
    "title": "Starting part-time: try it out first",
    "intro": (
        "Many people start alongside their job. This way you test your idea with little risk. "
        "Here you can read what to clarify with your employer and which rules apply to you just "
        "as they do to all other founders."
    ),
    "topics": ["businessplan", "recht", "steuern"],
    "stages": ["idea", "founding"],
    "reviewed": "2026-11-16",
    "review_due": "2027-05-16",
    "body": [
        example_notice_en(),
        (
            "text",
            "<p>Starting part-time (Gründen im Nebenerwerb) means: you stay employed and also "
            "work for yourself. Your salary keeps you safe. You get to know customers and "
            "prices before you put all your eggs in one basket.</p>"
            "<p>In the countryside this is often a good way to start: for example with a "
            "holiday flat, a farm shop, craft work at weekends or consulting in the "
            "evenings.</p>",
        ),
        (
            "steps",
            {
                "title": "How to start alongside your job",
                "steps": [
                    {
                        "title": "Read your employment contract",
                        "text": "<p>Check what your contract says about side jobs "
                        "(Nebentätigkeiten). It can restrict work in which you compete with "
                        "your employer.</p>",
                    },
                    {
                        "title": "Tell your employer",
                        "text": "<p>As a rule, you must tell your employer about your side "
                        "job. Do this in writing and before you start. Civil servants "
                        "(Beamt:innen) usually need permission.</p>",
                    },
                    {
                        "title": "Register like everyone else",
                        "text": "<p>Part-time too, you register a business (see "
                        + _link_en("gewerbe-anmelden", "Registering a business")
                        + "; liberal professions excepted). And you send the tax office the "
                        "tax questionnaire (Fragebogen zur steuerlichen Erfassung, "
                        "§ 138 AO).</p>",
                    },
                    {
                        "title": "Plan your time honestly",
                        "text": "<p>How many hours a week do you really have? Think of family, "
                        "volunteering and rest. Plan your orders so that your main job does "
                        "not suffer.</p>",
                    },
                    {
                        "title": "Take stock after one year",
                        "text": "<p>Does the idea work? Do you want to grow, stay as you are or "
                        "stop? A mentoring conversation helps you take an honest look.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "The small business rule often fits",
                "text": "<p>If your turnover on the side is small, you can often use the small "
                "business rule (Kleinunternehmerregelung, § 19 UStG). The limits are in the "
                "guide " + _link_en("steuern-fuer-gruenderinnen", "Taxes for founders") + ".</p>",
            },
        ),
        (
            "faq",
            {
                "title": "Frequently asked questions",
                "items": [
                    {
                        "question": "Do I stay health-insured through my job?",
                        "answer": "<p>As long as your self-employment is only a side business, "
                        "usually yes. If it becomes bigger than your job, this can change. Ask "
                        "your health insurance fund (Krankenkasse) before you increase your "
                        "hours.</p>",
                    },
                    {
                        "question": "I receive unemployment benefit. May I start a business "
                        "on the side?",
                        "answer": "<p>Talk to your employment agency (Agentur für Arbeit) "
                        "first. You must report the work to them; it can affect your "
                        "entitlement.</p>",
                    },
                    {
                        "question": "Can I get the start-up grant for a part-time business?",
                        "answer": "<p>No. The start-up grant (Gründungszuschuss, § 93 SGB III) "
                        "only supports full-time self-employment. There is more in the guide "
                        + _link_en("finanzierung-und-foerderung", "Funding and grants")
                        + ".</p>",
                    },
                ],
            },
        ),
        orientation_law_en(),
        experts("businessplan", "Talk through your part-time idea"),
    ],
}

FINANZIERUNG = {
    "slug": "funding-and-grants",
    "keywords": (
        "funding, financing, loan, bank, grant, subsidy, start-up grant, start-up capital, "
        "microloan, investment, KfW, Förderung, Kredit, Darlehen, Zuschuss, Gründungszuschuss, "
        "Startkapital, IB.SH, LFI"
    ),
    "title": "Funding and grants: money for your start",
    "intro": (
        "How much money do you need, and where does it come from? Here you will find the main "
        "ways: your own money, your bank (Hausbank), promotional loans (Förderkredite), the "
        "start-up grant (Gründungszuschuss) and the funding institutions of the two federal "
        "states."
    ),
    "topics": ["finanzierung", "businessplan"],
    "stages": ["idea", "founding", "young"],
    "reviewed": "2026-11-16",
    "review_due": "2027-02-15",
    "body": [
        example_notice_en(),
        (
            "steps",
            {
                "title": "Do the sums first, then look for money",
                "steps": [
                    {
                        "title": "Work out how much capital you need",
                        "text": "<p>List what you have to buy (machines, vehicle, fittings), "
                        "what the start costs (registrations, website, first stock) and what "
                        "you will live on until the business pays its way. Plan a reserve for "
                        "the unexpected.</p>",
                    },
                    {
                        "title": "Put in your own money",
                        "text": "<p>What can you contribute yourself? Your own capital "
                        "(Eigenkapital) shows the bank that you believe in your idea.</p>",
                    },
                    {
                        "title": "Talk to your bank",
                        "text": "<p>Make an appointment and bring your business plan – see the "
                        "guide "
                        + _link_en("businessplan", "Business plan")
                        + ". You also apply for promotional loans through your bank.</p>",
                    },
                    {
                        "title": "Check funding – before you start",
                        "text": "<p>Find out which programmes fit before you sign contracts or "
                        "invest.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Apply first, then start",
                "text": "<p>Many funding programmes require you to apply before you start your "
                "project. If you buy first and apply afterwards, you often get nothing. Check "
                "the conditions of each programme beforehand.</p>",
            },
        ),
        (
            "text",
            "<h2>Start-up grant from the employment agency (Gründungszuschuss, "
            "§ 93 SGB III)</h2>"
            "<p>The start-up grant is for people who receive unemployment benefit "
            "(Arbeitslosengeld I) and become self-employed full-time. When you start, you must "
            "still have at least 150 days of unemployment benefit left.</p>"
            "<p>You must show with a “Tragfähigkeitsbescheinigung” (a certificate that your "
            "business is viable) that your idea can work. A competent body issues it, for "
            "example a chamber, a tax adviser or a bank.</p>"
            "<p>Important: you have no legal right to it. The employment agency (Agentur für "
            "Arbeit) decides at its discretion. Talk to your placement officer "
            "(Vermittlungsfachkraft) early, before you start.</p>"
            "<h2>ERP-Gründerkredit – StartGeld (KfW)</h2>"
            "<p>A promotional loan from KfW for founders and young businesses. You do not apply "
            "for it at KfW directly, but through your bank or savings bank (Sparkasse). Your "
            "bank will tell you the current conditions.</p>"
            "<h2>Programmes of the federal states</h2>"
            "<p>Both federal states (Länder) have their own funding institution. The programmes "
            "they offer for start-ups change from time to time. Ask them directly for the "
            "latest information:</p>",
        ),
        (
            "land",
            {
                "land": "SH",
                "text": "<p>Your contact for the state's funding programmes is the "
                "Investitionsbank Schleswig-Holstein (IB.SH). The IHK zu Lübeck and the "
                "Handwerkskammer Lübeck also know the programmes.</p>",
            },
        ),
        (
            "land",
            {
                "land": "MV",
                "text": "<p>Your contact for the state's funding programmes is the "
                "Landesförderinstitut Mecklenburg-Vorpommern (LFI). The IHK zu Schwerin and "
                "the Handwerkskammer Schwerin also know the programmes.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "For the meeting with your bank",
                "items": [
                    "Business plan with a financial part (capital needs, turnover plan and "
                    "cash-flow plan)",
                    "Overview of your own capital",
                    "CV and proof of your qualifications",
                    "Quotes or cost estimates for planned purchases",
                    "List of the funding programmes you want to ask about",
                ],
            },
        ),
        experts("finanzierung", "Talk through your financing"),
    ],
}

GUIDES = {
    "gewerbe-anmelden": GEWERBE,
    "rechtsform-waehlen": RECHTSFORM,
    "steuern-fuer-gruenderinnen": STEUERN,
    "gruenden-im-nebenerwerb": NEBENERWERB,
    "finanzierung-und-foerderung": FINANZIERUNG,
}
