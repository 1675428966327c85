"""A database outage answers 503 with Retry-After and a page saying the input is kept."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_lost_database_connection_answers_503_and_says_the_input_is_kept():
    client = Client(raise_request_exception=False)
    with mock.patch(
        "founders.views.HelpRequestCreateView.post",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        response = client.post("/hilfe-anfragen/", {"first_name": "Anna"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Wir sind gleich wieder da" in page and "stehen Ihre Eingaben noch darin" in page


def test_other_errors_stay_a_500():
    client = Client(raise_request_exception=False)
    with mock.patch("founders.views.HelpRequestCreateView.post", side_effect=ValueError("bug")):
        response = client.post("/hilfe-anfragen/", {"first_name": "Anna"})
    assert response.status_code == 500
    assert "Wir sind gleich wieder da" not in response.content.decode()
