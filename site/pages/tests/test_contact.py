"""The contact form: people get through; bots get the same thank-you page but nothing is kept."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from antispam.forms import ANTISPAM_FIELDS
from pages.tests.conftest import MESSAGE

pytestmark = pytest.mark.django_db

THANKS = "Danke! Wir antworten innerhalb von zwei Werktagen."


@pytest.fixture
def slow_people(settings):
    # People need more than the minimum fill time; the tests need not wait for it.
    settings.ANTISPAM_MIN_SECONDS = 0


def send(client, page, data, capture):
    with capture(execute=True):
        return client.post(page.url, data)


def test_contact_form_shows_the_sum_and_a_honeypot_for_people_to_leave_empty(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    assert re.search(
        r"<label for=\"id_antispam_answer\">Bitte rechnen Sie: \d+ \+ \d+ =</label>", html
    )
    honeypot = re.search(r'<div class="antispam-field">(.*?)</div>', html, re.S).group(1)
    assert "Bitte lassen Sie dieses Feld leer." in honeypot
    assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot
    assert "csrfmiddlewaretoken" in html


def test_person_who_solves_the_sum_is_thanked_and_the_team_gets_one_mail(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    response = send(client, contact_page, contact_form(), django_capture_on_commit_callbacks)
    assert THANKS in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["nachricht"] == "Hallo!"
    assert not set(ANTISPAM_FIELDS) & set(submission.form_data)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["team@example.org"]
    assert "Nachricht: Hallo!" in mail.outbox[0].body
    assert "antispam" not in mail.outbox[0].body and "Bitte rechnen" not in mail.outbox[0].body


def test_real_wait_of_a_few_seconds_passes_the_fill_time(
    client, contact_page, contact_form, django_capture_on_commit_callbacks
):
    data = contact_form()
    with time_machine.travel(timedelta(seconds=10)):  # a person takes a while to write
        send(client, contact_page, data, django_capture_on_commit_callbacks)
    assert FormSubmission.objects.count() == 1


def test_filled_honeypot_gets_the_thank_you_page_but_no_row_and_no_mail(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    data = contact_form(homepage_url="https://spam.example")
    response = send(client, contact_page, data, django_capture_on_commit_callbacks)
    assert response.status_code == 200 and THANKS in response.content.decode()
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_honeypot_beats_missing_fields_bots_see_no_errors(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    data = {**contact_form(homepage_url="x"), "e_mail": "", "nachricht": ""}
    response = send(client, contact_page, data, django_capture_on_commit_callbacks)
    assert THANKS in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_too_fast_submission_gets_the_thank_you_page_but_no_row_and_no_mail(
    client, contact_page, contact_form, django_capture_on_commit_callbacks
):
    response = send(client, contact_page, contact_form(), django_capture_on_commit_callbacks)
    assert THANKS in response.content.decode()
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_form_posted_without_ever_being_shown_is_dropped(
    client, contact_page, slow_people, django_capture_on_commit_callbacks
):
    data = {**MESSAGE, "antispam_answer": "24"}
    response = send(client, contact_page, data, django_capture_on_commit_callbacks)
    assert THANKS in response.content.decode()
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_wrong_sum_shows_a_german_error_next_to_the_field_and_keeps_the_input(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    data = contact_form()
    data["antispam_answer"] = str(int(data["antispam_answer"]) + 1)
    response = send(client, contact_page, data, django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert THANKS not in html
    error = re.search(
        r'<ul class="errorlist" id="id_antispam_answer_error">\s*<li>([^<]+)</li>', html
    )
    assert error.group(1) == "Das Ergebnis stimmt leider nicht. Bitte rechnen Sie noch einmal."
    assert 'aria-describedby="id_antispam_answer_error"' in html
    assert 'value="Anna Beispiel"' in html and 'value="anna@example.org"' in html
    assert "Hallo!</textarea>" in html
    assert f'value="{data["antispam_answer"]}"' in html  # the same question, the answer kept
    assert f'value="{data["antispam_token"]}"' in html
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_correcting_the_sum_after_a_mistake_goes_through(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    data = contact_form()
    right = data["antispam_answer"]
    send(client, contact_page, {**data, "antispam_answer": "0"}, django_capture_on_commit_callbacks)
    send(
        client, contact_page, {**data, "antispam_answer": right}, django_capture_on_commit_callbacks
    )
    assert FormSubmission.objects.count() == 1 and len(mail.outbox) == 1


def test_form_left_open_too_long_asks_a_new_sum_and_keeps_the_message(
    client, contact_page, contact_form, settings, django_capture_on_commit_callbacks
):
    settings.ANTISPAM_MAX_AGE_SECONDS = 60
    data = contact_form()
    with time_machine.travel(timedelta(minutes=2)):
        response = send(client, contact_page, data, django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert "Die Rechenaufgabe ist abgelaufen. Bitte rechnen Sie die neue Aufgabe." in html
    assert "Hallo!</textarea>" in html
    assert data["antispam_token"] not in html  # a fresh question
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_after_five_messages_from_one_address_the_sixth_is_explained_and_kept_in_the_form(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    responses = [
        send(client, contact_page, contact_form(), django_capture_on_commit_callbacks)
        for _ in range(6)
    ]
    assert all(THANKS in r.content.decode() for r in responses[:5])
    assert responses[5].status_code == 429
    assert "in zehn Minuten noch einmal" in responses[5].content.decode()
    assert FormSubmission.objects.count() == 5 and len(mail.outbox) == 5


def test_rate_limit_is_per_address(
    client, contact_page, contact_form, slow_people, django_capture_on_commit_callbacks
):
    for _ in range(5):
        send(client, contact_page, contact_form(), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_page.url, contact_form(), REMOTE_ADDR="198.51.100.23")
    assert FormSubmission.objects.count() == 6


def test_spam_verdict_is_logged_without_address_or_content(
    client, contact_page, contact_form, slow_people, caplog, django_capture_on_commit_callbacks
):
    data = contact_form(homepage_url="https://spam.example")
    with caplog.at_level("INFO", logger="antispam"):
        send(client, contact_page, data, django_capture_on_commit_callbacks)
    assert "honeypot" in caplog.text
    for personal in ("127.0.0.1", "anna@example.org", "Anna", "spam.example"):
        assert personal not in caplog.text
