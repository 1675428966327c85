"""The English demo content keeps the block contract and says what its German original says."""

import re
from datetime import date

import pytest

from demo.content import (
    GUIDE_KEYS,
    block_errors,
    example_notice,
    guide_errors,
    orientation_law,
    orientation_tax,
)
from demo.content import english as en
from demo.content.about import ABOUT as ABOUT_DE
from demo.content.guides import GUIDES as GUIDES_DE
from demo.pages import EVENT_INDEX as EVENT_INDEX_DE
from demo.pages import GUIDE_INDEX as GUIDE_INDEX_DE

GERMAN = {guide["slug"]: guide for guide in GUIDES_DE}
PAIRS = [(GERMAN[slug], guide) for slug, guide in en.GUIDES.items()]
IDS = list(en.GUIDES)

# Words every German sentence is full of and English text never needs. German terms quoted in
# the English text or glossed in brackets are left out before counting (see _prose).
GERMAN_WORDS = re.compile(
    r"\b(und|Sie|der|die|das|nicht|ist|mit|oder|für|auch|Ihre?n?|eine?|werden|bei)\b"
)
AT_MOST_GERMAN_WORDS = 2
HREF = re.compile(r'href="([^"]*)"')
LAW = re.compile(r"§§? ?\d+[a-z]?(?:–\d+)?")


def _all_text(item: object) -> str:
    return repr(item)


def _prose(text: str) -> str:
    """The text without tags, bracketed glosses and quoted terms."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\([^()]*\)", " ", text)
    return re.sub(r"“[^”]*”|„[^“]*“", " ", text)


def _german_words(item: object) -> list[str]:
    return GERMAN_WORDS.findall(_prose(_all_text(item)))


def _numbers(text: str) -> set[str]:
    """Every number, read the same in German (25.000) and English (25,000)."""
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[.,](?=\d{3})", "", text)))


def _texts(guide: dict) -> dict:
    return {key: value for key, value in guide.items() if key not in ("slug", "keywords")}


# --- the contract ----------------------------------------------------------------------------


def test_exactly_the_five_guides_are_translated():
    assert set(en.GUIDES) == {
        "gewerbe-anmelden",
        "steuern-fuer-gruenderinnen",
        "finanzierung-und-foerderung",
        "gruenden-im-nebenerwerb",
        "rechtsform-waehlen",
    }
    assert {slug: guide["slug"] for slug, guide in en.GUIDES.items()} == en.GUIDE_SLUGS_EN
    assert set(en.GUIDES) <= set(GERMAN)


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_every_english_guide_keeps_the_contract(german, english):
    assert set(english) == GUIDE_KEYS
    assert [e for block in english["body"] for e in block_errors(block)] == []
    # guide_errors looks for the German example notice; the English guide has its own.
    errors = guide_errors(english)
    assert [e for e in errors if not e.endswith("no example-content notice")] == []
    assert en.example_notice_en() in english["body"]
    assert en.EXAMPLE_NOTICE_TEXT_EN in _all_text(english["body"])
    date.fromisoformat(english["reviewed"])


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_every_english_guide_has_the_blocks_of_its_original(german, english):
    assert [kind for kind, _ in english["body"]] == [kind for kind, _ in german["body"]]
    for (kind, de), (_, value) in zip(german["body"], english["body"], strict=True):
        if kind == "text":
            assert re.findall(r"<(\w+)", value) == re.findall(r"<(\w+)", de)
            continue
        assert set(value) == set(de)
        if kind == "steps":
            assert len(value["steps"]) == len(de["steps"])
        if kind in ("checklist", "faq"):
            assert len(value["items"]) == len(de["items"])
        if kind == "callout":
            assert value["kind"] == de["kind"]
        if kind == "land":
            assert value["land"] == de["land"]
        if kind == "experts":
            assert value["topic"] == de["topic"]
            assert value["heading"] and value["heading"] != de["heading"]


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_topics_stages_and_dates_are_those_of_the_original(german, english):
    for key in ("topics", "stages", "reviewed", "review_due"):
        assert english[key] == german[key], key


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_law_references_and_numbers_are_kept(german, english):
    de, text = _all_text(_texts(german)), _all_text(_texts(english))
    assert set(LAW.findall(de)) == set(LAW.findall(text))
    assert _numbers(de) <= _numbers(text)


def test_the_shared_callouts_keep_their_shape_and_sources():
    for german, english in (
        (example_notice(), en.example_notice_en()),
        (orientation_law(), en.orientation_law_en()),
        (orientation_tax(), en.orientation_tax_en()),
    ):
        assert block_errors(english) == []
        assert english[0] == german[0] and english[1]["kind"] == german[1]["kind"]
        assert set(LAW.findall(english[1]["text"])) == set(LAW.findall(german[1]["text"]))
    assert en.EXAMPLE_NOTICE_TEXT_EN == (
        "Example content of the demo region: to be checked by the editors before publication."
    )


# --- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_links_point_to_existing_guides_on_the_english_site(german, english):
    targets = set(en.GUIDE_SLUGS_EN.values()) | set(GERMAN)
    links = HREF.findall(_all_text(english["body"]))
    for href in links:
        assert href.startswith("/en/"), href
        if href.startswith("/en/guides/"):
            assert href.removeprefix("/en/guides/").strip("/") in targets, href
    # The same guides as in the German original, each in its English version where one exists.
    linked = [
        href.removeprefix("/leitfaeden/").strip("/")
        for href in HREF.findall(_all_text(german["body"]))
    ]
    assert links == [f"/en/guides/{en.GUIDE_SLUGS_EN.get(slug, slug)}/" for slug in linked]


def test_links_to_untranslated_guides_say_they_are_in_german():
    assert en._link_en("businessplan", "Business plan") == (
        '<a href="/en/guides/businessplan/">Business plan (in German)</a>'
    )
    assert en._link_en("gewerbe-anmelden", "Registering a business") == (
        '<a href="/en/guides/register-a-business/">Registering a business</a>'
    )
    for guide in en.GUIDES.values():
        for href, text in re.findall(r'<a href="([^"]*)">([^<]*)</a>', _all_text(guide)):
            slug = href.removeprefix("/en/guides/").strip("/")
            assert text.endswith("(in German)") == (slug not in en.GUIDE_SLUGS_EN.values())


def test_about_links_stay_on_the_english_site():
    assert all(href.startswith("/en/") for href in HREF.findall(en.ABOUT["body"]))


# --- the language ----------------------------------------------------------------------------


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_the_english_guides_are_written_in_english(german, english):
    assert len(_german_words(_texts(english))) <= AT_MOST_GERMAN_WORDS, _german_words(english)
    # The check would catch an untranslated text: the original is full of these words.
    assert len(_german_words(_texts(german))) > 10 * AT_MOST_GERMAN_WORDS


def test_the_pages_are_written_in_english():
    for page in (en.HOME, en.GUIDE_INDEX, en.EVENT_INDEX, en.ABOUT):
        assert len(_german_words(page)) <= AT_MOST_GERMAN_WORDS, _german_words(page)
    assert len(_german_words(ABOUT_DE)) > 10 * AT_MOST_GERMAN_WORDS


@pytest.mark.parametrize(("german", "english"), PAIRS, ids=IDS)
def test_keywords_are_english_search_words_plus_the_key_german_terms(german, english):
    words = [word.strip() for word in english["keywords"].split(",")]
    assert all(words) and len(words) == len(set(words))
    assert not set(words) <= {word.strip() for word in german["keywords"].split(",")}
    german_text = _all_text(_texts(german))
    assert any(word in german_text for word in words if " " not in word and len(word) > 4)
    assert any(" " in word for word in words if word not in german_text)


# --- the pages -------------------------------------------------------------------------------


def test_indexes_and_about_have_the_keys_of_the_german_pages():
    assert set(en.GUIDE_INDEX) == set(GUIDE_INDEX_DE) and en.GUIDE_INDEX["slug"] == "guides"
    assert set(en.EVENT_INDEX) == set(EVENT_INDEX_DE) and en.EVENT_INDEX["slug"] == "events"
    assert en.EVENT_INDEX["intro"].startswith("<p>")
    assert set(en.ABOUT) == set(ABOUT_DE) and en.ABOUT["slug"] == "about"
    assert set(en.HOME) == {"title", "intro"} and en.HOME["title"] == "Landvorteil Mentoring"


def test_about_tells_the_three_fields_of_action_in_english():
    body = en.ABOUT["body"]
    for needle in (
        "Innovative administration",
        "Creative and innovation spaces",
        "Rural start-ups and project initiatives",
        "WIR!",
        "enkeltauglich",
        "§ 6 Abs. 2 RDG",
        "§§ 2–4 StBerG",
        en.EXAMPLE_NOTICE_TEXT_EN,
    ):
        assert needle in body
    assert re.findall(r"<(\w+)", body) == re.findall(r"<(\w+)", ABOUT_DE["body"])


def test_the_financing_guide_keeps_each_lands_institute():
    guide = en.GUIDES["finanzierung-und-foerderung"]
    lands = {value["land"]: value["text"] for kind, value in guide["body"] if kind == "land"}
    assert "IB.SH" in lands["SH"] and "LFI" in lands["MV"]
    assert "StartGeld" in _all_text(guide) and "§ 93 SGB III" in _all_text(guide)
