"""Fixtures for the guides tests."""

import pytest
from django.core.cache import cache

from guides.tests.factories import guide_index_make


@pytest.fixture(autouse=True)
def _empty_page_cache():
    # Rendered pages are cached per URL; every test starts from a cold cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def guide_index(db):
    return guide_index_make()
