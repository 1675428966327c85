"""Every antispam test starts with an empty cache (the rate limit lives there)."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()
