"""Guides with the page cache off: header and body come from the fragment cache and the address
from the route cache, yet every publish and every change to what a guide shows is seen at once."""

import pytest
from wagtail.models import PageViewRestriction, Site

from guides.tests.factories import guide_make, mentor_make
from pages.models import FooterLinks
from privacy.services import consent_withdraw
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def text(guide_index, **kwargs):
    return guide_make(guide_index, body=[("text", "<p>Erst zum Gewerbeamt.</p>")], **kwargs)


def test_a_second_visit_needs_one_query_for_the_guide_itself(
    client, guide_index, django_assert_num_queries
):
    guide = text(guide_index, topics=["recht"])
    first = client.get(guide.url)
    with django_assert_num_queries(1):
        second = client.get(guide.url)
    assert second.content == first.content
    assert "X-Page-Cache" not in second


def test_a_newly_published_revision_is_seen_at_once(client, guide_index):
    guide = text(guide_index)
    assert "Erst zum Gewerbeamt." in client.get(guide.url).content.decode()
    guide.title = "Gewerbe anmelden in drei Schritten"
    guide.body = [("text", "<p>Erst zur Steuerberaterin.</p>")]
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert "Erst zur Steuerberaterin." in html and "Erst zum Gewerbeamt." not in html
    assert "<h1>Gewerbe anmelden in drei Schritten</h1>" in html


def test_a_draft_is_neither_shown_nor_cached_before_it_is_published(client, guide_index):
    guide = text(guide_index)
    client.get(guide.url)
    guide.body = [("text", "<p>Noch nicht freigegeben.</p>")]
    guide.save_revision()
    assert "Noch nicht freigegeben." not in client.get(guide.url).content.decode()


def test_a_renamed_topic_is_seen_at_once_in_the_guide_header(client, guide_index):
    guide = text(guide_index, topics=["recht"])
    client.get(guide.url)
    recht = Topic.objects.get(slug="recht")
    recht.name = "Recht und Verträge (neu)"
    recht.save()
    assert "Recht und Verträge (neu)" in client.get(guide.url).content.decode()


def test_changed_footer_links_are_seen_at_once(client, guide_index):
    guide = text(guide_index)
    imprint = guide_make(guide_index, title="Impressum des Bündnisses")
    client.get(guide.url)
    links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    links.imprint = imprint
    links.save()
    assert f'href="{imprint.url}">Impressum</a>' in client.get(guide.url).content.decode()


def test_the_experts_count_follows_a_new_mentor_at_once(client, guide_index):
    recht = Topic.objects.get(slug="recht")
    guide = guide_make(guide_index, body=[("experts", {"topic": recht.pk, "heading": ""})])
    assert "suchen wir gerade weitere" in client.get(guide.url).content.decode()
    mentor_make(topics=["recht"])
    assert "1 Expert:in aus der Region hilft" in client.get(guide.url).content.decode()


def test_the_experts_count_follows_a_mentor_who_withdraws_consent_at_once(client, guide_index):
    recht = Topic.objects.get(slug="recht")
    guide = guide_make(guide_index, body=[("experts", {"topic": recht.pk, "heading": ""})])
    mentor = mentor_make(topics=["recht"])
    assert "1 Expert:in aus der Region hilft" in client.get(guide.url).content.decode()
    consent_withdraw(user=mentor.user)
    assert "suchen wir gerade weitere" in client.get(guide.url).content.decode()


def test_an_unpublished_guide_is_gone_at_once(client, guide_index):
    guide = text(guide_index)
    client.get(guide.url)
    guide.unpublish()
    assert client.get(guide.url).status_code == 404


def test_a_moved_guide_is_served_at_its_new_address_and_redirected_from_the_old(
    client, guide_index
):
    from guides.tests.factories import guide_index_make

    guide = text(guide_index)
    old_url = guide.url
    client.get(old_url)
    other = guide_index_make(title="Weitere Leitfäden", slug="weitere")
    guide.move(other, pos="last-child")
    guide.refresh_from_db()
    assert client.get(guide.url).status_code == 200
    old = client.get(old_url)
    assert old.status_code == 301 and old["Location"].endswith(guide.url)


def test_a_restriction_added_later_keeps_visitors_out_at_once(client, guide_index):
    guide = text(guide_index)
    assert client.get(guide.url).status_code == 200
    client.get(guide.url)  # now routed from the route cache
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(guide.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_each_land_has_its_own_body(client, guide_index):
    guide = guide_make(
        guide_index,
        body=[
            ("land", {"land": "SH", "text": "<p>IHK zu Lübeck.</p>"}),
            ("land", {"land": "MV", "text": "<p>IHK zu Schwerin.</p>"}),
        ],
    )
    assert "IHK zu Schwerin." in client.get(guide.url).content.decode()
    sh = client.get(f"{guide.url}?land=SH").content.decode()
    assert "IHK zu Lübeck." in sh and "IHK zu Schwerin." not in sh
    mv = client.get(f"{guide.url}?land=MV").content.decode()
    assert "IHK zu Schwerin." in mv and "IHK zu Lübeck." not in mv


def test_a_preview_is_never_stored_nor_served_from_the_fragment_cache(
    client, guide_index, editor_user
):
    guide = text(guide_index)
    client.get(guide.url)
    guide.body = [("text", "<p>Entwurf in der Vorschau.</p>")]
    preview = guide.make_preview_request()
    assert "Entwurf in der Vorschau." in preview.content.decode()
    assert "Entwurf in der Vorschau." not in client.get(guide.url).content.decode()


def test_a_typed_place_is_shown_only_to_whoever_typed_it(client, guide_index):
    guide = guide_make(guide_index, body=[("land", {"land": "SH", "text": "<p>IHK Lübeck.</p>"})])
    first = client.get(f"{guide.url}?plz=Nirgendwohausen").content.decode()
    second = client.get(f"{guide.url}?plz=Irgendwostadt").content.decode()
    plain = client.get(guide.url).content.decode()
    assert 'value="Nirgendwohausen"' in first
    assert 'value="Irgendwostadt"' in second and "Nirgendwohausen" not in second
    assert "Nirgendwohausen" not in plain and "Irgendwostadt" not in plain


def test_a_restricted_guide_is_checked_on_every_visit(client, guide_index):
    guide = text(guide_index)
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    for _visit in range(3):
        assert client.get(guide.url).status_code == 302
