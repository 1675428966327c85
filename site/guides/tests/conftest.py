"""Fixtures for the guides tests."""

import pytest

from guides.tests.factories import guide_index_make


@pytest.fixture
def guide_index(db):
    return guide_index_make()
