"""A coordinator plans a Sprechtag in the admin, invites the proposed experts and confirms the
line-up; a plan that cannot work gets its message next to the field and saves nothing."""

from datetime import time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationDay, ConsultationInvitation
from consultations.services import consultation_invitation_accept
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db
ADD_URL = reverse("consultation_day_admin:add")


@pytest.fixture
def coordinator(client, coordinator_user):
    client.force_login(coordinator_user)
    return client


def _form(venue, **overrides) -> dict:
    return {
        "title": "Gründungssprechtag im Dorfbüro",
        "date": (timezone.localdate() + timedelta(days=21)).isoformat(),
        "starts_at": "14:00",
        "ends_at": "18:00",
        "space": str(venue.pk),
        "topics": [str(Topic.objects.get(slug="steuern").pk)],
        "slot_minutes": "30",
        "break_starts_at": "",
        "break_ends_at": "",
        "note": "",
        **overrides,
    }


def test_a_planned_day_leads_to_its_planning_page(coordinator, space):
    response = coordinator.post(ADD_URL, _form(space))
    day = ConsultationDay.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("consultation_day_admin:planning", args=[day.pk])
    assert [t.slug for t in day.topics.all()] == ["steuern"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"date": "2020-05-04"}, "Ein Sprechtag lässt sich frühestens für morgen planen."),
        ({"ends_at": "13:00"}, "Das Ende muss nach dem Beginn liegen."),
        ({"space": ""}, "Bitte einen Innovationsort wählen oder „online“ ankreuzen."),
        ({"topics": []}, "Bitte mindestens ein Thema wählen."),
        ({"break_starts_at": "12:00", "break_ends_at": "12:30"}, "Die Pause muss zwischen"),
    ],
)
def test_a_plan_that_cannot_work_is_explained_and_not_saved(coordinator, space, overrides, message):
    response = coordinator.post(ADD_URL, _form(space, **overrides))
    assert response.status_code == 200  # the form again, with what was typed
    assert message in response.content.decode()
    assert 'value="Gründungssprechtag im Dorfbüro"' in response.content.decode()
    assert not ConsultationDay.objects.exists()


def test_the_coordinator_invites_proposed_experts_and_confirms_the_line_up(
    coordinator, make_day, make_expert, django_capture_on_commit_callbacks
):
    day = make_day()
    anna, ben = make_expert(), make_expert()
    url = reverse("consultation_day_admin:planning", args=[day.pk])
    page = coordinator.get(url).content.decode()
    assert f'id="invite-{anna.pk}"' in page and "km entfernt, bietet Treffen vor Ort" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(url, {"invite": "1", "mentors": [anna.pk, ben.pk]})
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted([anna.user.email, ben.user.email])
    invitation = ConsultationInvitation.objects.get(mentor=anna)
    consultation_invitation_accept(
        invitation=invitation, available_from=time(14), available_until=time(15)
    )
    page = coordinator.get(url).content.decode()
    assert "14:00–15:00" in page and "1 Zusage." in page
    coordinator.post(url, {"confirm": "1"})
    day.refresh_from_db()
    assert day.status == ConsultationDay.Status.CONFIRMED and day.slots.count() == 2


def test_inviting_nobody_is_explained(coordinator, make_day, make_expert):
    day = make_day()
    make_expert()
    response = coordinator.post(
        reverse("consultation_day_admin:planning", args=[day.pk]), {"invite": "1"}
    )
    assert response.status_code == 400
    assert "Bitte Expert:innen wählen." in response.content.decode()
    assert not ConsultationInvitation.objects.exists()


def test_the_planning_page_lists_the_bookings_and_calls_the_day_off(
    coordinator, confirmed_day, django_capture_on_commit_callbacks
):
    from consultations.bookings import consultation_booking_confirm, consultation_booking_submit
    from consultations.selectors import consultation_slots_free

    slot = consultation_slots_free(day=confirmed_day)[0]
    booking = consultation_booking_submit(
        slot_id=slot.pk,
        topic=Topic.objects.get(slug="steuern"),
        question="Brauche ich eine Steuernummer?",
        first_name="Jana",
        last_name="Hofmann",
        email="jana@example.org",
    )
    consultation_booking_confirm(booking=booking)
    url = reverse("consultation_day_admin:planning", args=[confirmed_day.pk])
    page = coordinator.get(url).content.decode()
    assert "Jana Hofmann" in page and "Sprechtag absagen" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(url, {"cancel": "1", "reason": "Die Halle ist gesperrt."})
    assert response.status_code == 302
    confirmed_day.refresh_from_db()
    assert confirmed_day.status == ConsultationDay.Status.CANCELLED
    assert confirmed_day.cancel_reason == "Die Halle ist gesperrt."
    assert any(
        "Die Halle ist gesperrt." in m.body for m in mail.outbox if m.to == ["jana@example.org"]
    )
    assert "Sprechtag absagen" not in coordinator.get(url).content.decode()
