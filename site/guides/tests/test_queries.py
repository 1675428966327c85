"""Speed: guide pages render for an anonymous visitor with at most ten database queries."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from guides.tests.factories import guide_make, mentor_make, place_make
from guides.tests.test_blocks import every_block
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


@pytest.fixture
def full_guide(guide_index):
    document = Document(title="Formular")
    document.file.save("formular.pdf", ContentFile(b"%PDF-1.4"))
    document.save()
    document.get_file_size()  # stored once, as after the first download
    mentor_make(topics=["recht"])
    place_make("23909")
    return guide_make(
        guide_index,
        topics=["recht", "steuern"],
        stages=["idea"],
        body=every_block(document=document, topic=Topic.objects.get(slug="recht")),
    )


def warm_up(client, url: str) -> None:
    # Once per site, not per page: Wagtail caches the site's root paths, and the footer's
    # settings row is created on first use. The query string keeps the page itself uncached.
    assert client.get(url, {"warm-up": "1"}).status_code == 200


@pytest.mark.parametrize("query", [{}, {"land": "SH"}])
def test_guide_page_renders_in_at_most_ten_queries(
    client, full_guide, django_assert_max_num_queries, query
):
    warm_up(client, full_guide.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(full_guide.url, query)
    assert response.status_code == 200
    assert "Expert:in aus der Region" in response.content.decode()


def test_postcode_outside_the_region_renders_in_at_most_ten_queries(
    client, guide_index, django_assert_max_num_queries
):
    place_make("21039")
    mentor_make(topics=["recht"])
    recht = Topic.objects.get(slug="recht")
    guide = guide_make(
        guide_index,
        topics=["recht"],
        body=[
            block
            for block in every_block(document=None, topic=recht)
            if block[0] != "document"  # one reference fewer: the postcode lookup costs one
        ],
    )
    warm_up(client, guide.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(guide.url, {"plz": "21039"})
    assert "liegt nicht in Schleswig-Holstein" in response.content.decode()


def test_postcode_is_answered_with_a_redirect_in_few_queries(
    client, full_guide, django_assert_max_num_queries
):
    warm_up(client, full_guide.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(full_guide.url, {"plz": "23909"})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "query", [{}, {"thema": "recht"}, {"phase": "idea", "thema": "recht"}, {"q": "Gewerbe"}]
)
def test_guide_index_renders_in_at_most_ten_queries(
    client, guide_index, django_assert_max_num_queries, query
):
    for number in range(12):
        guide_make(
            guide_index,
            title=f"Gewerbe {number}",
            topics=["recht", "steuern", "marketing"],
            stages=["idea", "founding"],
        )
    warm_up(client, guide_index.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(guide_index.url, query)
    assert response.status_code == 200
    assert response.content.decode().count('class="guide-card"') == 10
