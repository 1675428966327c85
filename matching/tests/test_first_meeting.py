"""Accepting with a proposed first meeting: both get it in the mail and as a calendar file."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from matching.lifecycle import match_approve
from matching.models import Match

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(make_request, make_expert, coordinator_user, django_capture_on_commit_callbacks):
    match = Match.objects.create(
        help_request=make_request(email="jan@example.org"), mentor=make_expert(), score=0.7
    )
    with django_capture_on_commit_callbacks(execute=True):
        match_approve(match=match, by=coordinator_user)
    mail.outbox.clear()
    return match


def _accept(client, offer, **fields):
    client.force_login(offer.mentor.user)
    prefix = f"offer-{offer.pk}-"
    return client.post(
        f"/vermittlung/angebote/{offer.pk}/zusagen/",
        {prefix + key: value for key, value in fields.items()},
    )


def test_both_get_the_proposed_first_meeting_as_a_calendar_file(client, offer):
    day = (timezone.localdate() + timedelta(days=10)).isoformat()
    response = _accept(
        client, offer, meeting_date=day, meeting_time="16:30", meeting_where="Markt 4, Mölln"
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == Match.Status.INTRODUCED
    assert timezone.localtime(offer.first_meeting_at).strftime("%H:%M") == "16:30"
    to_founder, to_mentor = mail.outbox
    for message, other in ((to_founder, offer.mentor.user.get_full_name()), (to_mentor, "Jan")):
        assert "16:30" in message.body and "Markt 4, Mölln" in message.body
        ((filename, content, mimetype),) = message.attachments
        assert (filename, mimetype) == ("erstes-treffen.ics", "text/calendar")
        event = Calendar.from_ical(content).walk("VEVENT")[0]
        assert event.decoded("dtstart") == offer.first_meeting_at
        assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)
        assert str(event["location"]) == "Markt 4, Mölln"
        assert str(event["summary"]).startswith(f"Erstes Treffen mit {other}")


def test_accepting_without_a_meeting_sends_no_calendar_file(client, offer):
    assert _accept(client, offer).status_code == 302
    assert all(not message.attachments for message in mail.outbox) and len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"meeting_date": "2030-05-04"}, "Bitte geben Sie Datum und Uhrzeit an"),
        ({"meeting_date": "2020-05-04", "meeting_time": "10:00"}, "in der Zukunft"),
    ],
)
def test_an_incomplete_or_past_meeting_is_explained_and_nothing_is_accepted(
    client, offer, fields, message
):
    response = _accept(client, offer, meeting_where="Rathaus", **fields)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'value="Rathaus"' in page  # what was typed is kept
    offer.refresh_from_db()
    assert offer.status == Match.Status.OFFERED and not mail.outbox
