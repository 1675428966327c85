"""The day after a Sprechtag, each founder who had a conversation may turn it into a help
request in one click: the link opens the request form filled from her booking (the link itself
carries only a signed id), and nobody else ever sees her words."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consultations.reminders import consultation_days_follow_up

pytestmark = pytest.mark.django_db
QUESTION = "Wie finanziere ich den Umbau der Scheune zum Hofcafé?"


def _day_after(day) -> datetime:
    return timezone.make_aware(datetime.combine(day.date + timedelta(days=1), time(10)))


def test_the_day_after_the_founder_gets_one_link_to_a_prefilled_request(
    client, booked, django_capture_on_commit_callbacks
):
    day = booked.day
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert consultation_days_follow_up(now=_day_after(day) - timedelta(days=1)) == 0
        assert consultation_days_follow_up(now=_day_after(day)) == 1
        assert consultation_days_follow_up(now=_day_after(day)) == 0
    (sent,) = [m for m in mail.outbox if m.to == ["jana.hofmann@example.org"]]
    link = re.search(r"https?://[^/]+(/hilfe-anfragen/\?sprechtag=\S+)", sent.body).group(1)
    assert "jana" not in link.lower() and "hofmann" not in link.lower()
    html = client.get(link).content.decode()
    assert QUESTION in html
    assert 'value="jana.hofmann@example.org"' in html and 'value="Hofmann"' in html
    assert re.search(r'name="topics" value="steuern"[^>]*checked', html)


def test_her_words_are_not_kept_for_the_next_visitor_and_a_forged_link_fills_nothing(
    client, booked
):
    from consultations.tokens import follow_up_token_make

    token = follow_up_token_make(booking_id=booked.pk)
    assert QUESTION in client.get(f"/hilfe-anfragen/?sprechtag={token}").content.decode()
    assert QUESTION not in client.get("/hilfe-anfragen/").content.decode()
    forged = client.get(f"/hilfe-anfragen/?sprechtag={booked.pk}:abc:def").content.decode()
    assert QUESTION not in forged and "jana.hofmann@example.org" not in forged
