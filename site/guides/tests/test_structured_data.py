"""A guide tells search engines it is an article, with its "Stand" (JSON-LD)."""

import json
import re
from datetime import date

import pytest

from guides.tests.factories import guide_index_make, guide_make

pytestmark = pytest.mark.django_db


def _json_ld(html: str) -> dict:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_a_guide_is_an_article_with_its_review_date(client):
    guide = guide_make(
        guide_index_make(),
        title="Steuern </script><script>alert(1)</script>",
        intro="Der Fragebogen & das Finanzamt.",
        topics=["steuern"],
        review_due=date(2027, 5, 1),
        last_reviewed=date(2026, 11, 16),
    )
    html = client.get(guide.url).content.decode()
    data = _json_ld(html)
    assert data["@type"] == "Article"
    assert data["headline"] == "Steuern </script><script>alert(1)</script>"  # escaped inside
    assert data["dateModified"] == "2026-11-16"
    assert data["description"] == "Der Fragebogen & das Finanzamt."
    assert data["url"].endswith(guide.url)
    assert "<script>alert(1)" not in html
