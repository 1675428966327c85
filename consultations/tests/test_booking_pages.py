"""A founder books on the Sprechtag's page without an account; bad input is explained next to
the field and kept; the mailed links confirm and cancel."""

import re

import pytest
from django.core import mail

from conftest import antispam_answers
from consultations.models import ConsultationBooking, ConsultationDay
from consultations.selectors import consultation_slots_free
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db
Status = ConsultationBooking.Status


def _url(day) -> str:
    return f"/sprechtage/{day.pk}/"


def _form(client, day, **overrides) -> dict:
    html = client.get(_url(day)).content.decode()
    free = consultation_slots_free(day=day)
    return {
        "slot": str(free[0].pk) if free else "",
        "topic": str(Topic.objects.get(slug="steuern").pk),
        "question": "Brauche ich für den Hofladen eine Gewerbeanmeldung?",
        "first_name": "Jana",
        "last_name": "Hofmann",
        "email": "jana@example.org",
        "phone": "",
        "consent": "on",
        **antispam_answers(html),
        **overrides,
    }


def test_the_page_shows_the_expert_and_her_free_times(client, confirmed_day):
    html = client.get(_url(confirmed_day)).content.decode()
    assert "Anna, Steuerberater:in: Steuern &amp; Buchhaltung · 2 Termine frei" in html
    times = re.findall(r'type="radio" name="slot" value="\d+"> (\d\d:\d\d)</label>', html)
    assert times == ["14:00", "14:30"]


def test_a_planned_day_is_not_public_yet(client, make_day):
    assert client.get(_url(make_day())).status_code == 404


def test_booking_confirming_and_cancelling_by_the_mailed_links(
    client, confirmed_day, human, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(confirmed_day), _form(client, confirmed_day))
    assert response.status_code == 302
    booking = ConsultationBooking.objects.get()
    assert booking.status == Status.UNCONFIRMED and booking.question.startswith("Brauche ich")
    (confirm_mail,) = mail.outbox
    confirm_url = re.search(r"https?://[^/]+(/\S+bestaetigen/\S+/)", confirm_mail.body).group(1)
    assert client.get(confirm_url).status_code == 200  # a mail scanner's GET books nothing
    booking.refresh_from_db()
    assert booking.status == Status.UNCONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        assert "Ihr Gespräch ist gebucht" in client.post(confirm_url).content.decode()
    booked_mail = mail.outbox[-1]
    cancel_url = re.search(r"https?://[^/]+(/\S+absagen/\S+/)", booked_mail.body).group(1)
    assert "Ja, Gespräch absagen" in client.get(cancel_url).content.decode()
    assert "wieder frei" in client.post(cancel_url).content.decode()
    booking.refresh_from_db()
    assert booking.status == Status.CANCELLED


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"slot": ""}, "slot", "Bitte wählen Sie einen freien Termin."),
        ({"question": ""}, "question", "Bitte schreiben Sie kurz, worum es geht."),
        ({"email": "jana(at)example.org"}, "email", ""),
        ({"consent": ""}, "consent", "Ohne Ihre Einwilligung können wir nicht buchen."),
        ({"topic": "999999"}, "topic", ""),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_kept(
    client, confirmed_day, human, overrides, field, message
):
    response = client.post(_url(confirmed_day), _form(client, confirmed_day, **overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert f'href="#id_{field}"' in html  # the summary links to the field
    assert message in html
    assert 'value="Hofmann"' in html  # what she typed is still there
    assert not ConsultationBooking.objects.exists()


def test_a_slot_taken_meanwhile_is_explained_next_to_the_times(client, confirmed_day, human):
    data = _form(client, confirmed_day)
    client.post(_url(confirmed_day), data)  # the first founder
    second = _form(client, confirmed_day, email="zweite@example.org", slot=data["slot"])
    response = client.post(_url(confirmed_day), second)
    assert response.status_code == 400
    assert "Dieser Termin ist gerade vergeben worden." in response.content.decode()
    assert ConsultationBooking.objects.count() == 1


def test_a_full_day_offers_its_waiting_list(client, confirmed_day, human):
    for n, slot in enumerate(consultation_slots_free(day=confirmed_day)):
        client.post(
            _url(confirmed_day),
            _form(client, confirmed_day, slot=str(slot.pk), email=f"g{n}@example.org"),
        )
    html = client.get(_url(confirmed_day)).content.decode()
    assert "Alle Termine dieses Sprechtags sind vergeben." in html
    assert 'name="slot"' not in html and "Auf die Warteliste" in html
    data = {**_form(client, confirmed_day, email="warte@example.org")}
    del data["slot"]
    assert client.post(_url(confirmed_day), data).status_code == 302
    entry = ConsultationBooking.objects.get(email="warte@example.org")
    assert (entry.status, entry.slot) == (Status.UNCONFIRMED, None)


def test_a_cancelled_day_is_not_shown(client, confirmed_day):
    ConsultationDay.objects.filter(pk=confirmed_day.pk).update(
        status=ConsultationDay.Status.CANCELLED
    )
    assert client.get(_url(confirmed_day)).status_code == 404


def test_a_bot_filling_the_hidden_field_is_told_success_and_books_nothing(
    client, confirmed_day, human
):
    response = client.post(
        _url(confirmed_day), _form(client, confirmed_day, homepage_url="https://spam.example")
    )
    assert response.status_code == 302
    assert not ConsultationBooking.objects.exists()
    assert not mail.outbox


def test_a_waiting_list_entry_is_confirmed_by_its_link(client, confirmed_day, human):
    from consultations.bookings import consultation_waitlist_join
    from consultations.tokens import booking_confirm_token_make

    entry = consultation_waitlist_join(
        day=confirmed_day,
        topic=Topic.objects.get(slug="steuern"),
        question="?",
        first_name="Dana",
        last_name="Beispiel",
        email="dana@example.org",
    )
    url = f"/sprechtage/buchung/bestaetigen/{booking_confirm_token_make(booking_id=entry.pk)}/"
    assert "Ja, auf die Warteliste" in client.get(url).content.decode()
    # Free times are left: the first confirmed entry takes one at once.
    assert "Ihr Gespräch ist gebucht" in client.post(url).content.decode()
