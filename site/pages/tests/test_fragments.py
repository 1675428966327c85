"""The fragment cache: shared parts are rendered once per content version; nothing personal
(CSRF token, spam challenge, what a visitor typed) is ever shared."""

import re

import pytest
from django.template import engines
from django.test import RequestFactory

from conftest import antispam_answers
from pages.tests.factories import guide_index_make, guide_make

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def render(source: str, request) -> str:
    return engines["django"].from_string("{% load fragments %}" + source).render({}, request)


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def test_a_fragment_is_rendered_once_then_reused(db):
    calls = []
    request = RequestFactory().get("/")
    source = "{% fragment 'counted' %}{{ count }}{% endfragment %}"
    template = engines["django"].from_string("{% load fragments %}" + source)

    def count():
        calls.append(1)
        return len(calls)

    assert template.render({"count": count}, request) == "1"
    assert template.render({"count": count}, RequestFactory().get("/")) == "1"
    assert len(calls) == 1


def test_a_fragment_that_uses_the_csrf_token_is_rendered_for_each_visitor():
    source = "{% fragment 'with-token' %}<form>{% csrf_token %}</form>{% endfragment %}"
    first = render(source, RequestFactory().get("/"))
    second = render(source, RequestFactory().get("/"))
    assert csrf_token(first) != csrf_token(second)


def test_unless_renders_afresh_while_the_condition_holds():
    template = engines["django"].from_string(
        "{% load fragments %}{% fragment 'typed' unless=bound %}{{ text }}{% endfragment %}"
    )
    request = RequestFactory().get("/")
    assert template.render({"bound": False, "text": "leer"}, request) == "leer"
    assert template.render({"bound": True, "text": "getippt"}, request) == "getippt"
    assert template.render({"bound": False, "text": "anders"}, request) == "leer"


def test_each_language_has_its_own_fragments(client, home):
    assert "Worum geht es?" in client.get("/hilfe-anfragen/").content.decode()
    english = client.get("/en/hilfe-anfragen/").content.decode()
    assert "What is it about?" in english and "Worum geht es?" not in english


def test_two_visitors_of_the_request_form_get_their_own_token_and_question(client, home):
    from django.test import Client

    first = client.get("/hilfe-anfragen/").content.decode()
    second = Client().get("/hilfe-anfragen/").content.decode()
    assert csrf_token(first) != csrf_token(second)
    token = re.compile(r'name="antispam_token" value="([^"]+)"')
    assert token.search(first)[1] != token.search(second)[1]


def test_a_returned_request_form_shows_what_this_visitor_typed(client, home, human):
    empty = client.get("/hilfe-anfragen/").content.decode()  # the unbound fields are cached now
    typed = {"description": "Ein Hofladen in Mölln.", **antispam_answers(empty)}
    response = client.post("/hilfe-anfragen/", typed)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ein Hofladen in Mölln." in html
    assert "Ein Hofladen in Mölln." not in client.get("/hilfe-anfragen/").content.decode()


def test_preselected_topics_have_their_own_form_fields(client, home):
    plain = client.get("/hilfe-anfragen/").content.decode()
    chosen = client.get("/hilfe-anfragen/?thema=recht").content.decode()
    checked = re.compile(r'<input type="checkbox" name="topics" value="recht"[^>]*checked')
    assert checked.search(chosen) and not checked.search(plain)


def test_search_finds_a_newly_published_guide_at_once(client, home):
    index = guide_index_make(home)
    guide_make(index, title="Gewerbe anmelden", text="Gewerbeanmeldung beim Amt")
    assert "1 Ergebnis" in client.get("/suche/?q=Gewerbe").content.decode()
    guide_make(index, title="Gewerbe abmelden", text="Gewerbeabmeldung beim Amt")
    html = client.get("/suche/?q=Gewerbe").content.decode()
    assert "2 Ergebnisse" in html and "Gewerbe abmelden" in html
