"""Public pages render within 12 database queries, even with the page cache switched off.

Two of them came with translated page trees: right after a publish a page reads its versions in
the other language (kept until the next publish), and under /en/ Wagtail finds the English
locale to route into its tree."""

import pytest
from django.urls import reverse

from pages.cache import page_cache_clear
from pages.models import HomePageFeaturedGuide
from pages.tests.factories import (
    event_index_make,
    event_make,
    guide_index_make,
    guide_make,
    mentor_make,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


@pytest.fixture
def busy_site(home, standard_page, contact_page):
    guides = guide_index_make(home)
    for number in range(8):
        guide = guide_make(guides, title=f"Gewerbe Leitfaden {number}", text="Gewerbeanmeldung")
        if number % 2:
            HomePageFeaturedGuide.objects.create(home=home, page=guide, sort_order=number)
    calendar = event_index_make(home)
    for days in range(1, 6):
        event_make(calendar, title=f"Gewerbe-Sprechstunde {days}", in_days=days)
    for _ in range(3):
        mentor_make()


@pytest.mark.parametrize(
    "url",
    ["/", "/en/", "/ueber-landvorteil/", "/kontakt/", "search", "search-page-2"],
)
def test_public_pages_need_at_most_twelve_queries(
    client, busy_site, url, django_assert_max_num_queries
):
    if url.startswith("search"):
        query = "?q=gewerbe" + ("&seite=2" if url.endswith("2") else "")
        url = reverse("site_search") + query
    client.get(url)  # warm what a running site keeps warm (site root paths)
    page_cache_clear()  # measure rendering, not the page cache
    with django_assert_max_num_queries(MAX_QUERIES) as queries:
        assert client.get(url).status_code == 200
    print(f"{url}: {len(queries)} queries")  # shown with pytest -s
