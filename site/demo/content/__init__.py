"""Demo content of the region as plain data: guides, events and the about page.

No Django imports here: the content is checked against the block contract by plain functions,
and ``demo.pages`` turns it into Wagtail pages. Everything is example content that the region's
editors review before it is published for real.
"""

TOPIC_SLUGS = (
    "recht",
    "steuern",
    "finanzierung",
    "businessplan",
    "marketing",
    "design",
    "digital",
    "personal",
    "versicherung",
    "nachfolge",
    "standort",
    "landwirtschaft",
)
STAGES = ("idea", "founding", "young", "succession")
LANDS = ("SH", "MV")
CALLOUT_KINDS = ("tip", "warning", "info")

EXAMPLE_NOTICE_TEXT = (
    "Beispielinhalt der Demo-Region: von der Redaktion vor Veröffentlichung zu prüfen."
)

# The StreamField blocks of a guide and the keys each value must have. "text" is a bare HTML
# string; every other value is a dict with exactly these keys.
BLOCK_KEYS: dict[str, frozenset[str] | None] = {
    "text": None,
    "steps": frozenset({"title", "steps"}),
    "checklist": frozenset({"title", "items"}),
    "callout": frozenset({"kind", "title", "text"}),
    "faq": frozenset({"title", "items"}),
    "contact": frozenset({"name", "organisation", "role", "phone", "email", "url", "text"}),
    "experts": frozenset({"topic", "heading"}),
    "land": frozenset({"land", "text"}),
}
GUIDE_KEYS = frozenset(
    {"slug", "title", "intro", "topics", "stages", "reviewed", "review_due", "body", "keywords"}
)


def example_notice() -> tuple[str, dict]:
    """The callout every demo guide carries."""
    return (
        "callout",
        {"kind": "info", "title": "Beispielinhalt", "text": f"<p>{EXAMPLE_NOTICE_TEXT}</p>"},
    )


def experts(topic: str, heading: str = "") -> tuple[str, dict]:
    """The closing block: live number of mentors and "Hilfe zu diesem Thema anfragen"."""
    return ("experts", {"topic": topic, "heading": heading})


def orientation_law() -> tuple[str, dict]:
    """What volunteer mentors may do in legal questions (§ 6 Abs. 2 RDG)."""
    return (
        "callout",
        {
            "kind": "tip",
            "title": "Orientierung, keine Rechtsberatung",
            "text": (
                "<p>Dieser Leitfaden gibt Ihnen einen Überblick. Er ersetzt keine Beratung im "
                "Einzelfall. Unsere ehrenamtlichen Expert:innen geben Ihnen Orientierung. "
                "Rechtsberatung für Ihren Fall dürfen nach dem Rechtsdienstleistungsgesetz nur "
                "dazu befugte Personen geben, zum Beispiel Anwält:innen (§ 6 Abs. 2 RDG).</p>"
            ),
        },
    )


def orientation_tax() -> tuple[str, dict]:
    """What volunteer mentors may do in tax questions (§§ 2–4 StBerG)."""
    return (
        "callout",
        {
            "kind": "tip",
            "title": "Orientierung, keine Steuerberatung",
            "text": (
                "<p>Dieser Leitfaden erklärt die Grundlagen. Hilfe in Ihren eigenen "
                "Steuersachen dürfen nur Steuerberater:innen und andere im "
                "Steuerberatungsgesetz genannte Personen und Stellen geben (§§ 2–4 StBerG). "
                "Andere Expert:innen geben Ihnen Orientierung.</p>"
            ),
        },
    )


def block_errors(block: object) -> list[str]:
    """What is wrong with one ``(block_type, value)`` pair; empty if it keeps the contract."""
    if not (isinstance(block, tuple) and len(block) == 2 and isinstance(block[0], str)):
        return [f"not a (type, value) pair: {block!r}"]
    kind, value = block
    if kind not in BLOCK_KEYS:
        return [f"unknown block type {kind!r}"]
    keys = BLOCK_KEYS[kind]
    if keys is None:
        return [] if isinstance(value, str) and value.startswith("<") else [f"{kind}: not HTML"]
    if not isinstance(value, dict):
        return [f"{kind}: value is not a dict"]
    errors = []
    if set(value) != keys:
        errors.append(f"{kind}: keys {sorted(value)} instead of {sorted(keys)}")
        return errors
    if kind == "steps":
        for step in value["steps"]:
            if set(step) != {"title", "text"} or not step["title"]:
                errors.append(f"steps: bad step {step!r}")
        if not value["steps"]:
            errors.append("steps: empty")
    elif kind == "checklist":
        if not value["items"] or not all(isinstance(i, str) and i for i in value["items"]):
            errors.append("checklist: items must be non-empty strings")
    elif kind == "callout":
        if value["kind"] not in CALLOUT_KINDS:
            errors.append(f"callout: kind {value['kind']!r}")
    elif kind == "faq":
        for item in value["items"]:
            if set(item) != {"question", "answer"} or not item["question"]:
                errors.append(f"faq: bad item {item!r}")
        if not value["items"]:
            errors.append("faq: empty")
    elif kind == "experts":
        if value["topic"] not in TOPIC_SLUGS:
            errors.append(f"experts: unknown topic {value['topic']!r}")
    elif kind == "land" and value["land"] not in LANDS:
        errors.append(f"land: {value['land']!r} is neither SH nor MV")
    return errors


def guide_errors(guide: dict) -> list[str]:
    """What is wrong with one guide (keys, topics, stages, blocks, closing experts block)."""
    if set(guide) != GUIDE_KEYS:
        return [f"keys {sorted(guide)} instead of {sorted(GUIDE_KEYS)}"]
    errors = [f"{guide['slug']}: {e}" for block in guide["body"] for e in block_errors(block)]
    if not guide["topics"] or not set(guide["topics"]) <= set(TOPIC_SLUGS):
        errors.append(f"{guide['slug']}: topics {guide['topics']!r}")
    if not guide["stages"] or not set(guide["stages"]) <= set(STAGES):
        errors.append(f"{guide['slug']}: stages {guide['stages']!r}")
    if not guide["body"] or guide["body"][-1][0] != "experts":
        errors.append(f"{guide['slug']}: does not end with an experts block")
    elif guide["body"][-1][1]["topic"] != guide["topics"][0]:
        errors.append(f"{guide['slug']}: experts block is not for the main (first) topic")
    if example_notice() not in guide["body"]:
        errors.append(f"{guide['slug']}: no example-content notice")
    if not guide["reviewed"] < guide["review_due"]:
        errors.append(f"{guide['slug']}: review due before last review")
    return errors
