"""The home page: two ways in, guides worth reading, the next events, live figures."""

import re

import pytest
from wagtail.models import PageViewRestriction

from mentors.models import Mentor
from pages.links import MENTOR_SIGNUP_PATH
from pages.models import HomePageFeaturedGuide
from pages.tests.factories import (
    english_tree_sync,
    event_index_make,
    event_make,
    guide_index_make,
    guide_make,
    mentor_make,
)
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def html_of(client, url: str = "/") -> str:
    return client.get(url).content.decode()


def entry_links(html: str) -> dict[str, str]:
    return {
        text: href
        for href, text in re.findall(
            r'<a class="entry-path__link" href="([^"]+)">([^<]+)</a>', html
        )
    }


def test_founders_are_led_to_the_guides_and_experts_to_sign_up(client, home):
    guide_index_make(home)
    links = entry_links(html_of(client))
    assert links == {
        "Ich will gründen / Ich brauche Hilfe": "/leitfaeden/",
        "Expert:in werden": MENTOR_SIGNUP_PATH,
    }


def test_without_guides_founders_are_led_to_the_help_request(client, home):
    assert entry_links(html_of(client))["Ich will gründen / Ich brauche Hilfe"] == (
        "/hilfe-anfragen/"
    )


def test_entry_paths_keep_the_english_prefix(client, home):
    guide_index_make(home)
    english_tree_sync()
    links = entry_links(html_of(client, "/en/"))
    assert set(links.values()) == {"/en/leitfaeden/", "/en/expertin-werden/"}


def test_home_shows_the_three_newest_guides_when_none_are_chosen(client, home):
    index = guide_index_make(home)
    for title in ("Erster", "Zweiter", "Dritter", "Vierter"):
        guide_make(index, title=f"{title} Leitfaden", intro=f"Einleitung: {title}.")
    html = html_of(client)
    titles = re.findall(r'<h3 class="card__title"><a href="/leitfaeden/[^"]+">([^<]+)</a>', html)
    assert titles == ["Vierter Leitfaden", "Dritter Leitfaden", "Zweiter Leitfaden"]
    assert "Einleitung: Vierter." in html


def test_chosen_guides_come_in_the_editors_order_and_only_when_live(client, home):
    index = guide_index_make(home)
    first, second, hidden = (guide_make(index, title=t) for t in ("Alpha", "Beta", "Gamma"))
    guide_make(index, title="Neuester, nicht gewählt")
    hidden.unpublish()
    for order, guide in enumerate((second, hidden, first)):
        HomePageFeaturedGuide.objects.create(home=home, page=guide, sort_order=order)
    html = html_of(client)
    titles = re.findall(r'<h3 class="card__title"><a href="/leitfaeden/[^"]+">([^<]+)</a>', html)
    assert titles == ["Beta", "Alpha"]


def test_home_lists_the_next_three_events_soonest_first(client, home):
    index = event_index_make(home)
    for days, title in ((30, "Später"), (2, "Bald"), (9, "Danach"), (60, "Viel später")):
        event_make(index, title=title, in_days=days)
    event_make(index, title="Vorbei", in_days=-3)
    html = html_of(client)
    titles = re.findall(r'<h3 class="card__title"><a href="/termine/[^"]+">([^<]+)</a>', html)
    assert titles == ["Bald", "Danach", "Später"]


def test_home_says_when_no_events_are_planned(client, home):
    assert "Zurzeit sind keine Veranstaltungen geplant." in html_of(client)


def test_figures_count_active_mentors_and_topics_live(client, home):
    mentor_make()
    mentor_make()
    mentor_make(status=Mentor.Status.PENDING)
    html = html_of(client)
    figures = dict(
        re.findall(
            r'<dt class="figure__label">([^<]+)</dt>\s*<dd class="figure__number">(\d+)</dd>', html
        )
    )
    assert figures == {
        "Expert:innen stehen bereit": "2",
        "Themen, zu denen Sie Hilfe bekommen": str(Topic.objects.count()),
    }
    assert Topic.objects.count() == 12


def test_guides_in_a_private_section_stay_off_the_home_page(client, home):
    from guides.models import GuideIndexPage

    private_index = home.add_child(instance=GuideIndexPage(title="Intern", slug="intern"))
    guide_make(private_index, title="Interner Leitfaden")
    PageViewRestriction.objects.create(page=private_index, restriction_type="login")
    guide_make(guide_index_make(home), title="Öffentlicher Leitfaden")
    html = html_of(client)
    assert "Öffentlicher Leitfaden" in html and "Interner Leitfaden" not in html
    assert entry_links(html)["Ich will gründen / Ich brauche Hilfe"] == "/leitfaeden/"
