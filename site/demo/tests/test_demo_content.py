"""The demo content keeps the block contract, and the demo pages are created once and render."""

from datetime import date, datetime

import pytest
from django.utils import timezone
from wagtail.blocks import StructBlock
from wagtail.models import Locale

from demo.content import (
    BLOCK_KEYS,
    EXAMPLE_NOTICE_TEXT,
    STAGES,
    TOPIC_SLUGS,
    block_errors,
    guide_errors,
)
from demo.content.about import ABOUT
from demo.content.english import EXAMPLE_NOTICE_TEXT_EN
from demo.content.english import GUIDES as ENGLISH_GUIDES
from demo.content.events import EVENTS
from demo.content.guides import GUIDES
from demo.pages import demo_pages_seed
from events.models import EventFormat, EventPage
from guides.blocks import GuideStreamBlock
from guides.models import GuidePage, Stage
from pages.models import StandardPage
from vocabulary.models import Place, Topic

REQUIRED_GUIDES = {
    "gewerbe-anmelden",
    "rechtsform-waehlen",
    "steuern-fuer-gruenderinnen",
    "gruenden-im-nebenerwerb",
    "finanzierung-und-foerderung",
    "businessplan",
    "versicherungen",
    "marke-und-design",
    "online-sichtbar-werden",
    "erste-mitarbeitende",
    "hofladen-und-direktvermarktung",
    "unternehmensnachfolge",
}


def _guide(slug: str) -> dict:
    return next(guide for guide in GUIDES if guide["slug"] == slug)


def _all_text(guide: dict) -> str:
    return repr([guide["title"], guide["intro"], guide["body"]])


# --- the content as data ---------------------------------------------------------------------


@pytest.mark.parametrize("guide", GUIDES, ids=[g["slug"] for g in GUIDES])
def test_every_guide_keeps_the_contract(guide):
    assert guide_errors(guide) == []
    assert guide["body"][-1][0] == "experts"
    assert EXAMPLE_NOTICE_TEXT in _all_text(guide)
    date.fromisoformat(guide["reviewed"])
    date.fromisoformat(guide["review_due"])


def test_at_least_twelve_guides_with_the_required_subjects():
    slugs = [guide["slug"] for guide in GUIDES]
    assert len(slugs) >= 12
    assert len(set(slugs)) == len(slugs)
    assert set(slugs) >= REQUIRED_GUIDES


def test_the_gewerbeanmeldung_guide_says_what_founders_search_for():
    guide = _guide("gewerbe-anmelden")
    assert "anmelden" in guide["title"]
    assert "Gewerbeanmeldung" in guide["intro"]
    assert "Gewerbeanmeldung" in _all_text(guide)


def test_the_tax_guide_names_its_sources_and_the_2025_limits():
    text = _all_text(_guide("steuern-fuer-gruenderinnen"))
    for needle in ("Fragebogen zur steuerlichen Erfassung", "§ 138 AO", "§ 19 UStG"):
        assert needle in text
    assert "25.000 Euro" in text and "100.000 Euro" in text


def test_the_financing_guide_has_a_passage_for_each_land():
    guide = _guide("finanzierung-und-foerderung")
    lands = {value["land"]: value["text"] for kind, value in guide["body"] if kind == "land"}
    assert "IB.SH" in lands["SH"] and "LFI" in lands["MV"]
    assert "§ 93 SGB III" in _all_text(guide)
    assert "StartGeld" in _all_text(guide)


def test_block_errors_catches_broken_blocks():
    assert block_errors(("video", "<p>x</p>")) == ["unknown block type 'video'"]
    assert block_errors(("callout", {"kind": "danger", "title": "", "text": "<p>x</p>"}))
    assert block_errors(("land", {"land": "HH", "text": "<p>x</p>"}))
    assert block_errors(("experts", {"topic": "recht"}))
    assert block_errors(("steps", {"title": "", "steps": []}))


def test_the_contract_matches_the_guide_blocks():
    children = GuideStreamBlock().child_blocks
    for name, keys in BLOCK_KEYS.items():
        assert name in children
        block = children[name]
        if keys is None:
            assert not isinstance(block, StructBlock)
        else:
            assert set(block.child_blocks) == keys, name
    assert set(STAGES) == set(Stage.values)


def test_topics_of_guides_and_events_exist(db):
    seeded = set(Topic.objects.values_list("slug", flat=True))
    assert set(TOPIC_SLUGS) <= seeded
    used = {slug for item in (*GUIDES, *EVENTS) for slug in item["topics"]}
    used |= {value["topic"] for g in GUIDES for kind, value in g["body"] if kind == "experts"}
    assert used <= seeded


@pytest.mark.parametrize("event", EVENTS, ids=[e["slug"] for e in EVENTS])
def test_events_are_well_formed(event):
    start, end = datetime.fromisoformat(event["start"]), datetime.fromisoformat(event["end"])
    assert start < end
    assert date(2026, 12, 1) <= start.date() <= date(2027, 1, 31)
    assert event["format"] in EventFormat.values
    assert set(event["topics"]) <= set(TOPIC_SLUGS)
    assert EXAMPLE_NOTICE_TEXT in event["description"]
    assert (event["postcode"], event["locality"]) in {("23909", "Ratzeburg"), ("19370", "Parchim")}


def test_about_tells_the_three_fields_of_action():
    for field in (
        "Innovative Verwaltung",
        "Kreativ- und Innovationsorte",
        "Ländliche Gründungen und Projektinitiativen",
        "WIR!",
        "enkeltauglich",
    ):
        assert field in ABOUT["body"]


# --- the pages -------------------------------------------------------------------------------


@pytest.fixture
def places(db):
    for postcode, locality, land in (("23909", "Ratzeburg", "SH"), ("19370", "Parchim", "MV")):
        Place.objects.get_or_create(
            postcode=postcode,
            locality=locality,
            defaults={"land": land, "latitude": 53.5, "longitude": 11.0},
        )


def test_seeding_twice_creates_each_page_once(places):
    first = demo_pages_seed()
    second = demo_pages_seed()
    # Translated: the home page, both indexes, the about page and the English guides.
    translated = 4 + len(ENGLISH_GUIDES)
    assert (
        first
        == second
        == {
            "guides": len(GUIDES),
            "events": len(EVENTS),
            "about": 1,
            "English translations": translated,
        }
    )
    for guide in GUIDES:
        assert GuidePage.objects.filter(slug=guide["slug"], locale__language_code="de").count() == 1
    for event in EVENTS:
        assert EventPage.objects.filter(slug=event["slug"], locale__language_code="de").count() == 1
    assert StandardPage.objects.filter(slug=ABOUT["slug"]).count() == 1


def test_pages_are_published_from_one_revision(places):
    demo_pages_seed()
    guide = GuidePage.objects.get(slug="gewerbe-anmelden")
    assert guide.live and not guide.has_unpublished_changes
    assert guide.revisions.count() == 1
    assert guide.live_revision_id == guide.latest_revision_id
    assert {t.slug for t in guide.topics.all()} == {"recht", "steuern"}
    assert guide.stages == ["founding"]
    assert guide.body[-1].block_type == "experts"
    assert guide.body[-1].value["topic"].slug == "recht"


def test_editors_changes_survive_a_second_seed(places):
    demo_pages_seed()
    guide = GuidePage.objects.get(slug="businessplan", alias_of=None)
    guide.title = "Businessplan (überarbeitet)"
    guide.save_revision().publish()
    english = GuidePage.objects.get(slug="taxes-for-founders")
    english.title = "Taxes (revised)"
    english.save_revision().publish()
    demo_pages_seed()
    assert GuidePage.objects.get(pk=guide.pk).title == "Businessplan (überarbeitet)"
    assert GuidePage.objects.get(pk=english.pk).title == "Taxes (revised)"
    # The alias under /en/ shows the German original as it is now.
    assert GuidePage.objects.get(alias_of=guide).title == "Businessplan (überarbeitet)"


def test_event_times_are_local_and_the_place_is_linked(places):
    demo_pages_seed()
    event = EventPage.objects.get(slug=EVENTS[0]["slug"], alias_of=None)
    local_start = timezone.localtime(event.start, timezone.get_default_timezone())
    assert local_start.strftime("%Y-%m-%dT%H:%M") == EVENTS[0]["start"]
    assert str(local_start.tzinfo) == "Europe/Berlin"
    assert event.place.locality == EVENTS[0]["locality"]


def test_events_without_gazetteer_rows_still_get_created(db):
    demo_pages_seed()
    assert EventPage.objects.filter(place__isnull=True, locale__language_code="de").count() == len(
        EVENTS
    )


def test_every_demo_guide_renders(places, client):
    demo_pages_seed()
    for guide in GuidePage.objects.live():
        response = client.get(guide.url)
        assert response.status_code == 200, guide.slug
        html = response.content.decode()
        if guide.locale.language_code == "en" and guide.alias_of_id is None:
            assert "Ask for help with this topic" in html, guide.slug
            assert EXAMPLE_NOTICE_TEXT_EN in html, guide.slug
            continue
        assert EXAMPLE_NOTICE_TEXT in html, guide.slug
        if guide.alias_of_id is None:
            assert "Hilfe zu diesem Thema anfragen" in html, guide.slug
        else:  # the German text under /en/, announced as German
            assert "This page is only available in German so far." in html, guide.slug
            assert '<main id="main" tabindex="-1" lang="de">' in html, guide.slug


def test_indexes_events_and_about_render(places, client):
    demo_pages_seed()
    pages = [
        *EventPage.objects.live(),
        *StandardPage.objects.live().filter(slug__in=[ABOUT["slug"], "about"]),
        GuidePage.objects.get(slug="gewerbe-anmelden").get_parent(),
        EventPage.objects.live().first().get_parent(),
    ]
    for page in pages:
        assert client.get(page.url).status_code == 200, page.slug


def test_the_land_choice_shows_only_that_lands_passage(places, client):
    demo_pages_seed()
    url = GuidePage.objects.get(slug="finanzierung-und-foerderung").url
    html = client.get(url, {"land": "MV"}).content.decode()
    assert "Landesförderinstitut" in html and "Investitionsbank" not in html


def test_searching_gewerbe_anmelden_finds_the_gewerbeanmeldung_guide_first(places):
    demo_pages_seed()
    results = list(
        GuidePage.objects.live().filter(locale=Locale.get_default()).search("gewerbe anmelden")
    )
    assert results and results[0].slug == "gewerbe-anmelden"


def test_text_headings_fit_below_the_page_title():
    # Blocks render their titles as h2, so headings inside text blocks are h2 too, never h1.
    for guide in GUIDES:
        for kind, value in guide["body"]:
            if kind == "text":
                assert "<h1" not in value, guide["slug"]
    assert all("<h1" not in event["description"] for event in EVENTS)
