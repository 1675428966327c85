"""The expert's answer by the link in the invitation mail, without logging in."""

from datetime import time

import pytest

from consultations.models import ConsultationInvitation
from consultations.services import (
    consultation_day_confirm,
    consultation_experts_invite,
    consultation_invitation_accept,
)
from consultations.tokens import invitation_token_make

pytestmark = pytest.mark.django_db
Answer = ConsultationInvitation.Status


@pytest.fixture
def invitation(make_day, make_expert):
    expert = make_expert(user=None)
    expert.user.first_name = "Anna"
    expert.user.save()
    (invitation,) = consultation_experts_invite(day=make_day(), mentor_ids=[expert.pk])
    return invitation


def _url(invitation) -> str:
    return f"/sprechtage/einladung/{invitation_token_make(invitation_id=invitation.pk)}/"


def test_the_link_shows_the_day_and_offers_the_whole_window(client, invitation):
    html = client.get(_url(invitation)).content.decode()
    assert "Guten Tag Anna, kommen Sie zu diesem Sprechtag?" in html
    assert "Dorfbüro Mölln, Hauptstraße 1, 23879 Mölln" in html
    assert 'value="14:00"' in html and 'value="18:00"' in html


def test_a_yes_with_hours_is_saved_and_thanked_for(client, invitation):
    response = client.post(
        _url(invitation),
        {"decision": "accept", "available_from": "14:30", "available_until": "16"},
    )
    assert response.status_code == 200
    assert "Danke für Ihre Zusage, von 14:30 bis 16:00 Uhr!" in response.content.decode()
    invitation.refresh_from_db()
    assert (invitation.status, invitation.available_from) == (Answer.ACCEPTED, time(14, 30))


def test_hours_outside_the_day_are_explained_next_to_the_field_and_kept(client, invitation):
    response = client.post(
        _url(invitation),
        {"decision": "accept", "available_from": "12:00", "available_until": "15:00"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_available_from_errors"' in html
    assert "Der Sprechtag geht von 14:00 bis 18:00 Uhr." in html
    assert 'value="12:00"' in html  # what she typed is still there
    invitation.refresh_from_db()
    assert invitation.status == Answer.INVITED


def test_an_unreadable_time_is_explained(client, invitation):
    response = client.post(
        _url(invitation),
        {"decision": "accept", "available_from": "nachmittags", "available_until": "16:00"},
    )
    assert response.status_code == 400
    assert "Bitte eine Uhrzeit wie 14:30 eingeben." in response.content.decode()


def test_a_no_is_saved(client, invitation):
    response = client.post(_url(invitation), {"decision": "decline"})
    assert "Schade, aber danke" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.status == Answer.DECLINED


def test_after_the_line_up_the_link_says_the_planning_is_over(client, invitation):
    consultation_invitation_accept(
        invitation=invitation, available_from=time(14), available_until=time(15)
    )
    consultation_day_confirm(day=invitation.day)
    response = client.post(_url(invitation), {"decision": "decline"})
    assert response.status_code == 410
    assert "Sie sind dabei, von 14:00 bis 15:00 Uhr." in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.status == Answer.ACCEPTED


def test_a_tampered_link_is_refused(client, invitation):
    response = client.post(_url(invitation)[:-3] + "x/", {"decision": "decline"})
    assert response.status_code == 400
    invitation.refresh_from_db()
    assert invitation.status == Answer.INVITED
