"""Any Django form view gets the same protection from two mixins."""

import re

import pytest
from django.core import mail

from antispam.forms import client_address
from antispam.tests.urls import CallbackForm

pytestmark = [pytest.mark.django_db, pytest.mark.urls("antispam.tests.urls")]

URL = "/rueckruf/"


@pytest.fixture
def sum_10_plus_14(monkeypatch):
    numbers = iter([9, 13])  # randbelow(20) + 1
    monkeypatch.setattr("antispam.services.secrets.randbelow", lambda _n: next(numbers))


def shown(client) -> dict[str, str]:
    html = client.get(URL).content.decode()
    first, second = map(int, re.search(r"Bitte rechnen Sie: (\d+) \+ (\d+) =", html).groups())
    token = re.search(r'name="antispam_token" value="([^"]+)"', html).group(1)
    return {
        "name": "Jan",
        "phone": "04541 123",
        "antispam_token": token,
        "antispam_answer": str(first + second),
    }


def test_question_reads_like_the_regions_current_site(client, sum_10_plus_14):
    html = client.get(URL).content.decode()
    assert '<label for="id_antispam_answer">Bitte rechnen Sie: 10 + 14 =</label>' in html


def test_person_gets_through_and_cleaned_data_holds_only_what_they_wrote(client, settings):
    settings.ANTISPAM_MIN_SECONDS = 0
    response = client.post(URL, shown(client))
    assert response.status_code == 302 and response["Location"] == "/danke/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body == repr({"name": "Jan", "phone": "04541 123"})


def test_honeypot_looks_like_success_but_sends_nothing(client, settings):
    settings.ANTISPAM_MIN_SECONDS = 0
    response = client.post(URL, {**shown(client), "homepage_url": "x"})
    assert response.status_code == 302 and response["Location"] == "/danke/"
    assert mail.outbox == []


def test_too_fast_looks_like_success_but_sends_nothing(client):
    response = client.post(URL, shown(client))
    assert response.status_code == 302 and mail.outbox == []


def test_wrong_answer_is_explained_next_to_the_field(client, settings):
    settings.ANTISPAM_MIN_SECONDS = 0
    form = shown(client)
    wrong = str(int(form["antispam_answer"]) + 1)  # never right by chance, whatever the sum
    response = client.post(URL, {**form, "antispam_answer": wrong})
    html = response.content.decode()
    assert response.status_code == 200 and mail.outbox == []
    assert "Das Ergebnis stimmt leider nicht." in html and 'value="Jan"' in html


def test_answer_that_is_no_number_is_explained(client, settings):
    settings.ANTISPAM_MIN_SECONDS = 0
    html = client.post(URL, {**shown(client), "antispam_answer": "vierundzwanzig"}).content
    assert "Bitte geben Sie das Ergebnis als Zahl ein, z. B. 7." in html.decode()


def test_after_five_messages_the_sixth_is_answered_429_with_the_input_kept(client, settings):
    settings.ANTISPAM_MIN_SECONDS = 0
    for _ in range(5):
        assert client.post(URL, shown(client)).status_code == 302
    sixth = client.post(URL, shown(client))
    assert sixth.status_code == 429
    page = sixth.content.decode()
    assert "Bitte senden Sie das Formular in zehn Minuten noch einmal" in page
    assert 'value="Jan"' in page
    assert len(mail.outbox) == 5


def test_form_without_a_request_still_refuses_a_wrong_or_missing_answer():
    form = CallbackForm({"name": "Jan", "phone": "1"})
    assert not form.is_valid()
    assert "antispam_answer" in form.errors


def test_behind_a_trusted_proxy_the_visitor_address_counts(rf, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    request = rf.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert client_address(request) == "203.0.113.7"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0  # without a proxy, the header is not trusted
    assert client_address(request) == "10.0.0.2"
