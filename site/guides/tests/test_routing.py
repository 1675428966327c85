"""Routing shortcuts must not weaken privacy: restricted guides stay restricted."""

import pytest
from wagtail.models import PageViewRestriction

from guides.tests.factories import guide_make

pytestmark = pytest.mark.django_db


def test_restriction_on_a_guide_keeps_anonymous_visitors_out(client, guide_index):
    guide = guide_make(guide_index, intro="Nur für Angemeldete.")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(guide.url)
    assert response.status_code == 302
    assert "login" in response["Location"] and "next=" in response["Location"]


def test_restriction_on_the_index_covers_its_guides(client, guide_index):
    guide = guide_make(guide_index)
    PageViewRestriction.objects.create(
        page=guide_index, restriction_type=PageViewRestriction.PASSWORD, password="Elbe"
    )
    for url in (guide_index.url, guide.url):
        response = client.get(url)
        assert response.status_code == 200
        assert "Nur für Angemeldete." not in response.content.decode()
        assert 'name="password"' in response.content.decode(), url


def test_signed_in_visitor_sees_a_login_restricted_guide(client, guide_index, founder_user):
    guide = guide_make(guide_index, intro="Nur für Angemeldete.")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(founder_user)
    assert "Nur für Angemeldete." in client.get(guide.url).content.decode()


def test_drafts_and_unknown_guides_are_not_found(client, guide_index):
    draft = guide_make(guide_index, live=False)
    assert client.get(draft.url or f"{guide_index.url}{draft.slug}/").status_code == 404
    assert client.get(f"{guide_index.url}gibt-es-nicht/").status_code == 404
    assert client.get(f"{guide_index.url}gibt-es-nicht/tiefer/").status_code == 404
