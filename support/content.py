"""Example content for the Gründungsfahrplan: the offices of the two Länder and four usual paths.

This is example content, written for the region's editors to review. It is seeded into the
database; after that the editors review and change it in the admin. Plain German ("Sie"),
short sentences, for people who rarely use a computer.

It states only facts from the project's REGION.md or common German founding knowledge, and
says "fragen Sie …" where a fee, address or programme depends on the place or the year.
Legal sources named in the texts:

- the only legal deadline: the tax office must be told of a new business within one month of
  starting, with the "Fragebogen zur steuerlichen Erfassung" via ELSTER (§ 138 AO), hence
  ``due_days_after_start=30``;
- the Gründungszuschuss of the Agentur für Arbeit (§ 93 SGB III), only while receiving
  Arbeitslosengeld I, with at least 150 days of entitlement left and a
  Tragfähigkeitsbescheinigung;
- the Kleinunternehmerregelung (§ 19 UStG, as of 1 January 2025).

Pure data: no Django imports, so it can be read by a data migration, a management command or a
test alike. ``content_errors()`` checks the slugs and keys against the lists below.
"""

from dataclasses import dataclass

LANDS = ("SH", "MV")
# Kinds the Land decides: each needs one office for SH and one for MV.
PER_LAND_KINDS = ("chamber_commerce", "chamber_crafts", "development_bank")


@dataclass(frozen=True)
class OfficeText:
    kind: str  # an OfficeKind value
    land: str  # "SH" or "MV", or "" for an office that is the same everywhere / local
    name: str  # e.g. "IHK zu Lübeck"
    url: str  # the institution's public home page (https://…), "" if unsure
    note: str  # one plain sentence: what to go there for / how to find the local one


@dataclass(frozen=True)
class StepText:
    key: str  # stable slug, unique within its path, e.g. "gewerbe-anmelden"
    title: str  # short, imperative or noun phrase, e.g. "Gewerbe anmelden"
    description: str  # 2–4 plain sentences: what to do, why, what to bring
    office: str  # an OfficeKind value, or "" when no office is involved
    topic: str  # the slug of the topic of the expert who can help, or ""
    guide: str  # the slug of the site guide that explains it, or ""
    due_days_after_start: int | None  # a deadline the law sets, from the start day; else None
    before_start: bool  # True for steps done before the business starts


@dataclass(frozen=True)
class PathText:
    key: str  # "gewerbe", "freier-beruf", "nebenerwerb", "uebernahme"
    name: str  # "Gewerbe", "Freier Beruf", "Nebenerwerb", "Übernahme"
    description: str  # one or two sentences: for whom this path is
    steps: tuple[StepText, ...]  # in the usual order


# --- Offices ------------------------------------------------------------------------------------

OFFICES: tuple[OfficeText, ...] = (
    # Schleswig-Holstein: Kreis Herzogtum Lauenburg
    OfficeText(
        kind="chamber_commerce",
        land="SH",
        name="IHK zu Lübeck",
        url="https://www.ihk.de/schleswig-holstein",
        note=(
            "Die IHK für den Kreis Herzogtum Lauenburg: Gründungsberatung und Mitgliedschaft "
            "für Gewerbebetriebe."
        ),
    ),
    OfficeText(
        kind="chamber_crafts",
        land="SH",
        name="Handwerkskammer Lübeck",
        url="https://www.hwk-luebeck.de",
        note=(
            "Die Handwerkskammer für den Kreis Herzogtum Lauenburg: Beratung und Eintragung in "
            "die Handwerksrolle für Handwerksbetriebe."
        ),
    ),
    OfficeText(
        kind="development_bank",
        land="SH",
        name="Investitionsbank Schleswig-Holstein (IB.SH)",
        url="https://www.ib-sh.de",
        note=(
            "Die Förderbank des Landes Schleswig-Holstein: Fragen Sie hier, welche Förderung "
            "es für Gründungen gibt."
        ),
    ),
    # Mecklenburg-Vorpommern: Landkreis Ludwigslust-Parchim
    OfficeText(
        kind="chamber_commerce",
        land="MV",
        name="IHK zu Schwerin",
        url="https://www.ihk.de/schwerin",
        note=(
            "Die IHK für den Landkreis Ludwigslust-Parchim: Gründungsberatung und Mitgliedschaft "
            "für Gewerbebetriebe."
        ),
    ),
    OfficeText(
        kind="chamber_crafts",
        land="MV",
        name="Handwerkskammer Schwerin",
        url="https://www.hwk-schwerin.de",
        note=(
            "Die Handwerkskammer für den Landkreis Ludwigslust-Parchim: Beratung und Eintragung "
            "in die Handwerksrolle für Handwerksbetriebe."
        ),
    ),
    OfficeText(
        kind="development_bank",
        land="MV",
        name="Landesförderinstitut Mecklenburg-Vorpommern (LFI)",
        url="https://www.lfi-mv.de",
        note=(
            "Das Förderinstitut des Landes Mecklenburg-Vorpommern: Fragen Sie hier, welche "
            "Förderung es für Gründungen gibt."
        ),
    ),
    # Local offices: the same kind everywhere, each person goes to their own.
    OfficeText(
        kind="trade_office",
        land="",
        name="Gewerbeamt Ihrer Gemeinde oder Ihres Amtes",
        url="",
        note=(
            "Hier melden Sie ein Gewerbe an, um oder ab; zuständig ist die Gemeinde oder das Amt, "
            "in dem Ihr Betrieb liegt."
        ),
    ),
    OfficeText(
        kind="tax_office",
        land="",
        name="Ihr Finanzamt",
        url="https://www.elster.de",
        note=(
            "Zuständig ist in der Regel das Finanzamt für Ihre Wohnadresse; Formulare wie den "
            "Fragebogen zur steuerlichen Erfassung geben Sie über ELSTER ab."
        ),
    ),
    OfficeText(
        kind="employment_agency",
        land="",
        name="Agentur für Arbeit",
        url="https://www.arbeitsagentur.de",
        note=(
            "Gehen Sie zu Ihrer örtlichen Agentur für Arbeit; den Gründungszuschuss gibt es nur, "
            "solange Sie Arbeitslosengeld I bekommen."
        ),
    ),
    OfficeText(
        kind="house_bank",
        land="",
        name="Ihre Hausbank",
        url="",
        note=(
            "Ihre Bank oder Sparkasse: Über sie beantragen Sie den KfW-Kredit "
            "„ERP-Gründerkredit – StartGeld“ und andere Kredite."
        ),
    ),
)


# --- Steps used in more than one path -----------------------------------------------------------

_BUSINESSPLAN = StepText(
    key="idee-und-businessplan",
    title="Idee prüfen und Businessplan schreiben",
    description=(
        "Schreiben Sie auf, was Sie anbieten wollen und für wen. "
        "Rechnen Sie aus, was Sie brauchen und was Sie einnehmen können. "
        "Ein Businessplan hilft Ihnen beim Nachdenken. "
        "Banken und Förderstellen wollen ihn meistens sehen."
    ),
    office="",
    topic="businessplan",
    guide="businessplan",
    due_days_after_start=None,
    before_start=True,
)

_FINANZIERUNG = StepText(
    key="finanzierung-klaeren",
    title="Finanzierung klären",
    description=(
        "Rechnen Sie aus, wie viel Geld Sie für den Start brauchen. "
        "Fragen Sie die Förderbank Ihres Landes nach Förderung: in Schleswig-Holstein die IB.SH, "
        "in Mecklenburg-Vorpommern das LFI. "
        "Für den KfW-Kredit „ERP-Gründerkredit – StartGeld“ gehen Sie zu Ihrer Hausbank. "
        "Viele Förderungen müssen Sie beantragen, bevor Sie Verträge unterschreiben."
    ),
    office="development_bank",
    topic="finanzierung",
    guide="finanzierung-und-foerderung",
    due_days_after_start=None,
    before_start=True,
)

_GRUENDUNGSZUSCHUSS = StepText(
    key="gruendungszuschuss",
    title="Gründungszuschuss beantragen (nur mit Arbeitslosengeld I)",
    description=(
        "Wenn Sie Arbeitslosengeld I bekommen, kann die Agentur für Arbeit Ihnen einen "
        "Gründungszuschuss zahlen (§ 93 SGB III). "
        "Dafür brauchen Sie noch mindestens 150 Tage Anspruch auf Arbeitslosengeld. "
        "Sie brauchen auch eine Tragfähigkeitsbescheinigung, zum Beispiel von einer Kammer, "
        "einer Steuerberatung oder einer Bank. "
        "Stellen Sie den Antrag vor dem Start; einen Anspruch auf den Zuschuss gibt es nicht."
    ),
    office="employment_agency",
    topic="finanzierung",
    guide="finanzierung-und-foerderung",
    due_days_after_start=None,
    before_start=True,
)

_VERSICHERUNGEN = StepText(
    key="versicherungen-pruefen",
    title="Versicherungen prüfen",
    description=(
        "Eine Krankenversicherung ist für alle Pflicht, auch für Selbstständige. "
        "Prüfen Sie auch eine Betriebshaftpflicht und wie Sie für das Alter vorsorgen. "
        "Fragen Sie Ihre Krankenkasse, was sich durch die Selbstständigkeit ändert. "
        "Eine Mentorin oder ein Mentor zum Thema Versicherung hilft Ihnen beim Überblick."
    ),
    office="",
    topic="versicherung",
    guide="versicherungen",
    due_days_after_start=None,
    before_start=True,
)

_BUCHHALTUNG = StepText(
    key="buchhaltung-einrichten",
    title="Buchhaltung einrichten",
    description=(
        "Legen Sie ein eigenes Konto für das Geschäft an. "
        "Heben Sie alle Rechnungen und Belege auf, am besten nach Monaten geordnet. "
        "Für viele kleine Betriebe reicht eine einfache Einnahmen-Überschuss-Rechnung; "
        "fragen Sie, was für Sie gilt. "
        "Genaue Steuerberatung geben Steuerberaterinnen und Steuerberater; "
        "Mentorinnen und Mentoren geben Orientierung."
    ),
    office="",
    topic="steuern",
    guide="steuern-fuer-gruenderinnen",
    due_days_after_start=None,
    before_start=False,
)

_BERATUNGSFOERDERUNG = StepText(
    key="beratungsfoerderung-bafa",
    title="Beratungsförderung für junge Unternehmen (BAFA)",
    description=(
        "Mit dem Programm „Förderung von Unternehmensberatungen für KMU“ gibt das BAFA "
        "Zuschüsse für Beratungen. "
        "Vor dem Antrag brauchen Sie ein Informationsgespräch bei einem regionalen "
        "Ansprechpartner. "
        "Fragen Sie Ihre Kammer, wer das in Ihrer Region ist und ob das Programm gerade offen ist. "
        "Höhe, Fristen und Bedingungen erfahren Sie in diesem Gespräch."
    ),
    office="",
    topic="finanzierung",
    guide="finanzierung-und-foerderung",
    due_days_after_start=None,
    before_start=False,
)


# --- Paths --------------------------------------------------------------------------------------

GEWERBE = PathText(
    key="gewerbe",
    name="Gewerbe",
    description=(
        "Für alle, die etwas verkaufen, herstellen oder eine Dienstleistung anbieten, die kein "
        "freier Beruf ist – zum Beispiel Handel, Gastronomie oder Handwerk. "
        "Sie melden vor dem Start ein Gewerbe an."
    ),
    steps=(
        _BUSINESSPLAN,
        StepText(
            key="rechtsform-waehlen",
            title="Rechtsform wählen",
            description=(
                "Die Rechtsform bestimmt, wer haftet und welche Pflichten Sie haben. "
                "Viele kleine Gründungen starten als Einzelunternehmen oder als GbR. "
                "Bei einer UG (haftungsbeschränkt) oder GmbH haftet meist nur das Geld der Firma. "
                "Dafür brauchen Sie einen Notar, und die GmbH braucht 25.000 € Stammkapital."
            ),
            office="",
            topic="recht",
            guide="rechtsform-waehlen",
            due_days_after_start=None,
            before_start=True,
        ),
        _FINANZIERUNG,
        _GRUENDUNGSZUSCHUSS,
        _VERSICHERUNGEN,
        StepText(
            key="gewerbe-anmelden",
            title="Gewerbe anmelden",
            description=(
                "Melden Sie Ihr Gewerbe beim Gewerbeamt Ihrer Gemeinde oder Ihres Amtes an, "
                "bevor Sie anfangen. "
                "Bringen Sie Ihren Personalausweis mit. "
                "Für manche Tätigkeiten brauchen Sie vorher eine Erlaubnis oder eine Eintragung "
                "in die Handwerksrolle. "
                "Die Gebühr ist in jeder Gemeinde anders; fragen Sie vorher dort nach."
            ),
            office="trade_office",
            topic="recht",
            guide="gewerbe-anmelden",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="fragebogen-steuerliche-erfassung",
            title="Fragebogen zur steuerlichen Erfassung abgeben",
            description=(
                "Innerhalb eines Monats nach dem Start müssen Sie dem Finanzamt Ihre Tätigkeit "
                "melden (§ 138 AO). "
                "Das geht mit dem „Fragebogen zur steuerlichen Erfassung“ über ELSTER, das "
                "Online-Portal der Steuerverwaltung. "
                "Die Anmeldung bei ELSTER dauert einige Tage, weil ein Brief mit einem Code "
                "kommt; beginnen Sie früh. "
                "Im Fragebogen wählen Sie auch, ob Sie die Kleinunternehmerregelung nutzen "
                "(§ 19 UStG), danach bekommen Sie Ihre Steuernummer."
            ),
            office="tax_office",
            topic="steuern",
            guide="steuern-fuer-gruenderinnen",
            due_days_after_start=30,
            before_start=False,
        ),
        StepText(
            key="kammer-mitgliedschaft",
            title="IHK oder Handwerkskammer: Mitgliedschaft und Beratung",
            description=(
                "Mit einem Gewerbe werden Sie automatisch Mitglied der IHK, mit einem Handwerk "
                "Mitglied der Handwerkskammer. "
                "Im Kreis Herzogtum Lauenburg sind das die IHK zu Lübeck und die Handwerkskammer "
                "Lübeck, in Ludwigslust-Parchim die IHK zu Schwerin und die Handwerkskammer "
                "Schwerin. "
                "Die Kammern beraten Gründerinnen und Gründer. "
                "Fragen Sie dort auch nach dem Beitrag, den Sie zahlen müssen."
            ),
            office="chamber_commerce",
            topic="",
            guide="",
            due_days_after_start=None,
            before_start=False,
        ),
        _BUCHHALTUNG,
        _BERATUNGSFOERDERUNG,
    ),
)

FREIER_BERUF = PathText(
    key="freier-beruf",
    name="Freier Beruf",
    description=(
        "Für Menschen in einem freien Beruf, zum Beispiel viele Designerinnen und Designer, "
        "Beraterinnen und Berater oder Anwältinnen und Anwälte. "
        "Sie melden kein Gewerbe an, sondern melden sich nur beim Finanzamt."
    ),
    steps=(
        StepText(
            key="freien-beruf-pruefen",
            title="Prüfen, ob Ihre Arbeit ein freier Beruf ist",
            description=(
                "Freie Berufe melden kein Gewerbe an. "
                "Die Grenze zum Gewerbe ist nicht immer klar; am Ende entscheidet das Finanzamt. "
                "Fragen Sie im Zweifel beim Finanzamt oder bei einer Steuerberatung nach."
            ),
            office="tax_office",
            topic="steuern",
            guide="gewerbe-anmelden",
            due_days_after_start=None,
            before_start=True,
        ),
        _BUSINESSPLAN,
        StepText(
            key="rechtsform-waehlen",
            title="Rechtsform wählen",
            description=(
                "Viele freie Berufe arbeiten allein als Einzelunternehmen, zu mehreren oft als "
                "GbR oder Partnerschaftsgesellschaft. "
                "Eine UG oder GmbH ist für das Finanzamt immer ein Gewerbe, auch bei "
                "freiberuflicher Arbeit. "
                "Manche Berufe haben eigene Regeln für die Rechtsform. "
                "Lassen Sie sich beraten, bevor Sie sich festlegen."
            ),
            office="",
            topic="recht",
            guide="rechtsform-waehlen",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="berufskammer-fragen",
            title="Kammer oder Verband Ihres Berufs fragen",
            description=(
                "Manche freie Berufe haben eine eigene Kammer, zum Beispiel Ärztinnen, Anwälte, "
                "Architektinnen oder Steuerberater. "
                "Dann brauchen Sie oft eine Zulassung oder Mitgliedschaft, bevor Sie anfangen. "
                "Für andere Berufe gibt es Berufsverbände, die beraten. "
                "Fragen Sie früh, welche Regeln für Ihren Beruf gelten."
            ),
            office="",
            topic="recht",
            guide="",
            due_days_after_start=None,
            before_start=True,
        ),
        _FINANZIERUNG,
        _GRUENDUNGSZUSCHUSS,
        StepText(
            key="versicherungen-pruefen",
            title="Versicherungen prüfen",
            description=(
                "Eine Krankenversicherung ist für alle Pflicht, auch für Selbstständige. "
                "Manche Selbstständige müssen in die gesetzliche Rentenversicherung einzahlen, "
                "zum Beispiel viele Lehrkräfte; fragen Sie die Deutsche Rentenversicherung. "
                "Wenn Sie künstlerisch oder publizistisch arbeiten, fragen Sie bei der "
                "Künstlersozialkasse. "
                "Prüfen Sie auch eine Berufshaftpflicht."
            ),
            office="",
            topic="versicherung",
            guide="versicherungen",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="finanzamt-melden",
            title="Beim Finanzamt melden",
            description=(
                "Sie melden kein Gewerbe an, aber innerhalb eines Monats nach dem Start müssen "
                "Sie dem Finanzamt Ihre Tätigkeit melden (§ 138 AO). "
                "Das geht mit dem „Fragebogen zur steuerlichen Erfassung“ über ELSTER. "
                "Die Anmeldung bei ELSTER dauert einige Tage, weil ein Brief mit einem Code kommt. "
                "Im Fragebogen wählen Sie auch, ob Sie die Kleinunternehmerregelung nutzen "
                "(§ 19 UStG)."
            ),
            office="tax_office",
            topic="steuern",
            guide="steuern-fuer-gruenderinnen",
            due_days_after_start=30,
            before_start=False,
        ),
        _BUCHHALTUNG,
        _BERATUNGSFOERDERUNG,
    ),
)

NEBENERWERB = PathText(
    key="nebenerwerb",
    name="Nebenerwerb",
    description=(
        "Für Menschen, die neben ihrer Arbeitsstelle etwas Eigenes beginnen. "
        "Sie starten klein und behalten Ihr bisheriges Einkommen."
    ),
    steps=(
        StepText(
            key="arbeitgeber-informieren",
            title="Arbeitgeber informieren",
            description=(
                "Lesen Sie zuerst Ihren Arbeitsvertrag. "
                "Dort kann stehen, dass Sie Nebentätigkeiten melden müssen oder Ihrem "
                "Arbeitgeber keine Konkurrenz machen dürfen. "
                "Sagen Sie Ihrem Arbeitgeber vor dem Start Bescheid, am besten schriftlich. "
                "Beamtinnen und Beamte brauchen meist eine Genehmigung."
            ),
            office="",
            topic="recht",
            guide="gruenden-im-nebenerwerb",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="idee-und-zeit-planen",
            title="Idee und Zeit planen",
            description=(
                "Überlegen Sie, wie viele Stunden pro Woche Sie neben dem Beruf wirklich haben. "
                "Schreiben Sie auf, was Sie anbieten und was es kostet. "
                "Ein kurzer Businessplan reicht am Anfang. "
                "Er hilft auch, wenn Sie später größer werden wollen."
            ),
            office="",
            topic="businessplan",
            guide="businessplan",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="gewerbe-anmelden",
            title="Gewerbe anmelden, wenn es ein Gewerbe ist",
            description=(
                "Auch ein kleines Gewerbe im Nebenerwerb melden Sie vor dem Start beim "
                "Gewerbeamt Ihrer Gemeinde oder Ihres Amtes an. "
                "Bei einem freien Beruf entfällt das; dann melden Sie sich nur beim Finanzamt. "
                "Bringen Sie Ihren Personalausweis mit. "
                "Die Gebühr ist in jeder Gemeinde anders; fragen Sie vorher dort nach."
            ),
            office="trade_office",
            topic="recht",
            guide="gewerbe-anmelden",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="kleinunternehmerregelung-pruefen",
            title="Kleinunternehmerregelung prüfen",
            description=(
                "Als Kleinunternehmerin oder Kleinunternehmer berechnen Sie keine Umsatzsteuer "
                "(§ 19 UStG). "
                "Das geht, wenn Ihr Umsatz im Vorjahr höchstens 25.000 € war und im laufenden "
                "Jahr 100.000 € nicht übersteigt. "
                "Für das Jahr der Gründung gelten besondere Regeln; fragen Sie dazu beim "
                "Finanzamt oder bei einer Steuerberatung. "
                "Sie wählen das im Fragebogen für das Finanzamt."
            ),
            office="",
            topic="steuern",
            guide="steuern-fuer-gruenderinnen",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="fragebogen-steuerliche-erfassung",
            title="Fragebogen zur steuerlichen Erfassung abgeben",
            description=(
                "Auch im Nebenerwerb müssen Sie dem Finanzamt innerhalb eines Monats nach dem "
                "Start Ihre Tätigkeit melden (§ 138 AO). "
                "Das geht mit dem „Fragebogen zur steuerlichen Erfassung“ über ELSTER. "
                "Die Anmeldung bei ELSTER dauert einige Tage, weil ein Brief mit einem Code kommt. "
                "Später geben Sie in der Regel jedes Jahr eine Einkommensteuererklärung ab."
            ),
            office="tax_office",
            topic="steuern",
            guide="steuern-fuer-gruenderinnen",
            due_days_after_start=30,
            before_start=False,
        ),
        StepText(
            key="kranken-und-sozialversicherung",
            title="Kranken- und Sozialversicherung klären",
            description=(
                "Solange Ihre Arbeitsstelle die Hauptsache bleibt, sind Sie meist weiter über "
                "sie versichert. "
                "Bringt die Selbstständigkeit mehr Zeit oder Geld als die Stelle, kann sich Ihre "
                "Versicherung ändern. "
                "Wenn Sie familienversichert sind, studieren oder Arbeitslosengeld bekommen, "
                "gelten eigene Regeln. "
                "Fragen Sie Ihre Krankenkasse und bei Arbeitslosengeld auch die Agentur für Arbeit."
            ),
            office="",
            topic="versicherung",
            guide="versicherungen",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="kammer-mitgliedschaft",
            title="IHK oder Handwerkskammer: Mitgliedschaft und Beratung",
            description=(
                "Mit einem Gewerbe werden Sie auch im Nebenerwerb Mitglied der IHK, mit einem "
                "Handwerk Mitglied der Handwerkskammer. "
                "Die Kammern beraten auch zum Nebenerwerb. "
                "Fragen Sie dort nach dem Beitrag; für kleine Betriebe gibt es oft Erleichterungen."
            ),
            office="chamber_commerce",
            topic="",
            guide="gruenden-im-nebenerwerb",
            due_days_after_start=None,
            before_start=False,
        ),
        _BUCHHALTUNG,
    ),
)

UEBERNAHME = PathText(
    key="uebernahme",
    name="Übernahme",
    description=(
        "Für Menschen, die einen bestehenden Betrieb übernehmen, zum Beispiel in der Familie "
        "oder von jemandem, der in Rente geht. "
        "Sie übernehmen Kundschaft, Räume und oft auch Mitarbeitende."
    ),
    steps=(
        StepText(
            key="betrieb-finden",
            title="Passenden Betrieb finden",
            description=(
                "Überlegen Sie, welcher Betrieb zu Ihnen passt: Branche, Größe und Ort. "
                "Die IHK und die Handwerkskammer helfen bei der Suche, zum Beispiel mit der "
                "Nachfolgebörse „nexxt-change“. "
                "Oft findet man Betriebe auch über Gespräche vor Ort oder über die Hausbank. "
                "Planen Sie genug Zeit ein; eine Übergabe dauert oft länger als gedacht."
            ),
            office="chamber_commerce",
            topic="nachfolge",
            guide="unternehmensnachfolge",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="betrieb-pruefen",
            title="Betrieb genau prüfen",
            description=(
                "Lassen Sie sich die Zahlen der letzten Jahre zeigen, zum Beispiel die "
                "Jahresabschlüsse. "
                "Prüfen Sie Verträge, Mietvertrag, Kundschaft, Maschinen und Genehmigungen. "
                "Sprechen Sie mit der bisherigen Inhaberin oder dem bisherigen Inhaber über die "
                "Gründe für die Übergabe. "
                "Holen Sie sich Hilfe von einer Steuerberatung oder einer Mentorin für Nachfolge."
            ),
            office="",
            topic="nachfolge",
            guide="unternehmensnachfolge",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="unternehmenswert-und-kaufpreis",
            title="Unternehmenswert und Kaufpreis klären",
            description=(
                "Der Wert eines Betriebs hängt vor allem davon ab, was er in Zukunft verdienen "
                "kann. "
                "Lassen Sie den Wert von einer Fachperson einschätzen, zum Beispiel von einer "
                "Steuerberatung. "
                "Verhandeln Sie den Kaufpreis und wie er bezahlt wird, zum Beispiel in Raten. "
                "Ein zu hoher Preis belastet den Betrieb über viele Jahre."
            ),
            office="",
            topic="finanzierung",
            guide="unternehmensnachfolge",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="businessplan-fuer-die-uebernahme",
            title="Businessplan für die Übernahme schreiben",
            description=(
                "Schreiben Sie auf, wie Sie den Betrieb weiterführen und was Sie ändern wollen. "
                "Rechnen Sie mit dem Kaufpreis, den laufenden Kosten und den Einnahmen. "
                "Banken und Förderstellen wollen diesen Plan sehen."
            ),
            office="",
            topic="businessplan",
            guide="businessplan",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="foerderung-erfragen",
            title="Förderung bei IB.SH oder LFI erfragen",
            description=(
                "Auch für Übernahmen gibt es Förderung der Länder. "
                "Fragen Sie in Schleswig-Holstein bei der IB.SH, in Mecklenburg-Vorpommern "
                "beim LFI. "
                "Viele Förderungen müssen Sie beantragen, bevor Sie den Kaufvertrag "
                "unterschreiben."
            ),
            office="development_bank",
            topic="finanzierung",
            guide="finanzierung-und-foerderung",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="kredit-mit-der-hausbank",
            title="Kredit mit der Hausbank klären",
            description=(
                "Sprechen Sie früh mit Ihrer Hausbank über den Kaufpreis und die ersten Monate. "
                "Über die Hausbank beantragen Sie auch Kredite der KfW, zum Beispiel den "
                "„ERP-Gründerkredit – StartGeld“. "
                "Bringen Sie Ihren Businessplan und die Zahlen des Betriebs mit."
            ),
            office="house_bank",
            topic="finanzierung",
            guide="finanzierung-und-foerderung",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="kaufvertrag",
            title="Kaufvertrag schließen",
            description=(
                "Lassen Sie den Kaufvertrag von einer Anwältin oder einem Anwalt prüfen. "
                "Klären Sie darin genau, was Sie übernehmen und wer für alte Schulden haftet. "
                "Wenn Sie Anteile an einer GmbH kaufen, muss ein Notar den Vertrag beurkunden. "
                "Ehrenamtliche Mentorinnen und Mentoren geben Orientierung, keine Rechtsberatung."
            ),
            office="",
            topic="recht",
            guide="unternehmensnachfolge",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="mitarbeitende-uebernehmen",
            title="Mitarbeitende übernehmen",
            description=(
                "Wenn Sie einen Betrieb kaufen, gehen die Arbeitsverträge in der Regel auf Sie "
                "über (§ 613a BGB). "
                "Die Mitarbeitenden müssen vorher schriftlich informiert werden. "
                "Sprechen Sie früh und offen mit dem Team. "
                "Fragen Sie eine Fachperson, was Sie als neuer Arbeitgeber anmelden müssen."
            ),
            office="",
            topic="personal",
            guide="erste-mitarbeitende",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="gewerbe-anmelden",
            title="Gewerbe anmelden oder ummelden",
            description=(
                "Melden Sie beim Gewerbeamt Ihrer Gemeinde oder Ihres Amtes an, dass Sie den "
                "Betrieb ab dem Tag der Übergabe führen. "
                "Die bisherige Inhaberin oder der bisherige Inhaber meldet ab. "
                "Ob Sie neu anmelden oder ummelden, hängt von der Art der Übernahme ab; fragen "
                "Sie beim Gewerbeamt nach. "
                "Bei einem Handwerk klären Sie auch die Eintragung in die Handwerksrolle."
            ),
            office="trade_office",
            topic="recht",
            guide="gewerbe-anmelden",
            due_days_after_start=None,
            before_start=True,
        ),
        StepText(
            key="finanzamt-melden",
            title="Beim Finanzamt melden",
            description=(
                "Wenn Sie den Betrieb als neue Inhaberin oder neuer Inhaber führen, melden Sie "
                "das innerhalb eines Monats nach der Übergabe dem Finanzamt (§ 138 AO). "
                "Das geht mit dem „Fragebogen zur steuerlichen Erfassung“ über ELSTER. "
                "Klären Sie mit einer Steuerberatung, wie der Kaufpreis steuerlich behandelt wird."
            ),
            office="tax_office",
            topic="steuern",
            guide="steuern-fuer-gruenderinnen",
            due_days_after_start=30,
            before_start=False,
        ),
    ),
)

PATHS: tuple[PathText, ...] = (GEWERBE, FREIER_BERUF, NEBENERWERB, UEBERNAHME)


# --- Self-check ---------------------------------------------------------------------------------

# Lengths of the fields the content is seeded into (support.models).
_MAX_PATH_KEY, _MAX_PATH_NAME = 40, 80
_MAX_STEP_KEY, _MAX_STEP_TITLE = 60, 120
_MAX_OFFICE_NAME, _MAX_OFFICE_NOTE = 120, 300
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _is_slug(value: str) -> bool:
    return bool(value) and set(value) <= _SLUG_CHARS


def content_errors(
    *, office_kinds: set[str], topic_slugs: set[str], guide_slugs: set[str]
) -> list[str]:
    """The problems in OFFICES and PATHS, against the office kinds, topics and guides that
    exist; an empty list when the content is consistent."""
    errors: list[str] = []

    seen_offices: set[tuple[str, str]] = set()
    for office in OFFICES:
        label = f"office {office.name!r}"
        if office.kind not in office_kinds:
            errors.append(f"{label}: unknown office kind {office.kind!r}")
        if office.land not in (*LANDS, ""):
            errors.append(f"{label}: unknown land {office.land!r}")
        if (office.kind, office.land) in seen_offices:
            errors.append(f"{label}: second office for {office.kind!r} in {office.land!r}")
        seen_offices.add((office.kind, office.land))
        if office.url and not office.url.startswith("https://"):
            errors.append(f"{label}: url is not https: {office.url!r}")
        if not office.name or len(office.name) > _MAX_OFFICE_NAME:
            errors.append(f"{label}: name empty or longer than {_MAX_OFFICE_NAME}")
        if not office.note or len(office.note) > _MAX_OFFICE_NOTE:
            errors.append(f"{label}: note empty or longer than {_MAX_OFFICE_NOTE}")
    for kind in PER_LAND_KINDS:
        for land in LANDS:
            if (kind, land) not in seen_offices:
                errors.append(f"no {kind!r} office for {land}")

    seen_paths: set[str] = set()
    for path in PATHS:
        label = f"path {path.key!r}"
        if not _is_slug(path.key) or len(path.key) > _MAX_PATH_KEY:
            errors.append(f"{label}: key is not a slug of at most {_MAX_PATH_KEY} characters")
        if path.key in seen_paths:
            errors.append(f"{label}: duplicate path key")
        seen_paths.add(path.key)
        if not path.name or len(path.name) > _MAX_PATH_NAME:
            errors.append(f"{label}: name empty or longer than {_MAX_PATH_NAME}")
        if not path.steps:
            errors.append(f"{label}: no steps")
        seen_steps: set[str] = set()
        for step in path.steps:
            where = f"{label}, step {step.key!r}"
            if not _is_slug(step.key) or len(step.key) > _MAX_STEP_KEY:
                errors.append(f"{where}: key is not a slug of at most {_MAX_STEP_KEY} characters")
            if step.key in seen_steps:
                errors.append(f"{where}: duplicate step key")
            seen_steps.add(step.key)
            if not step.title or len(step.title) > _MAX_STEP_TITLE:
                errors.append(f"{where}: title empty or longer than {_MAX_STEP_TITLE}")
            if not step.description:
                errors.append(f"{where}: empty description")
            if step.office and step.office not in office_kinds:
                errors.append(f"{where}: unknown office kind {step.office!r}")
            if step.topic and step.topic not in topic_slugs:
                errors.append(f"{where}: unknown topic {step.topic!r}")
            if step.guide and step.guide not in guide_slugs:
                errors.append(f"{where}: unknown guide {step.guide!r}")
            due = step.due_days_after_start
            if due is not None and (due < 0 or step.before_start):
                errors.append(f"{where}: a deadline counts from the start, after it")
    return errors
