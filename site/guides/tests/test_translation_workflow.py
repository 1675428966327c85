"""Editors translate a German guide into English in wagtail-localize: the alias under /en/
becomes the guide's English translation, which the editor fills in and publishes."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation

from accounts.roles import Role
from conftest import make_user
from guides.models import GuidePage
from pages.tests.factories import english_tree_sync, guide_index_make, guide_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide() -> GuidePage:
    home = Site.objects.get(is_default_site=True).root_page.specific
    guide = guide_make(guide_index_make(home), title="Gewerbe anmelden", text="Die Gebühr.")
    english_tree_sync()
    return guide


def test_an_editor_turns_the_german_only_guide_into_its_english_translation(client, guide):
    english = Locale.objects.get(language_code="en")
    alias = GuidePage.objects.get(translation_key=guide.translation_key, locale=english)
    assert alias.alias_of_id == guide.pk
    client.force_login(make_user(email="redaktion@example.org", role=Role.EDITOR))
    url = reverse("wagtail_localize:submit_page_translation", args=[guide.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    translated = GuidePage.objects.get(translation_key=guide.translation_key, locale=english)
    assert translated.alias_of_id is None  # a translation of its own now, no longer an alias
    assert Translation.objects.filter(target_locale=english, enabled=True).exists()
    # The editor translates the strings in wagtail-localize's editor and publishes from there.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert edit.status_code == 200


def test_a_founder_cannot_submit_translations(client, guide):
    client.force_login(make_user(email="gruenderin@example.org", role=Role.FOUNDER))
    url = reverse("wagtail_localize:submit_page_translation", args=[guide.pk])
    assert client.get(url).status_code in (302, 403)
