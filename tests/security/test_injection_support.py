"""Injection strings in every free text of a Begleitung — the idea, a step of her own, a note of
a meeting, a hand-over note, names — stay inert on every page of it (the founder's plan, the
consent and offer pages behind their links, the expert's page, her dashboard, the coordinator's
plan and expert search) and in every mail it sends."""

import pytest
from django.utils import timezone

from outbox.models import Mail
from support.experts import track_expert_accept, track_expert_ask, track_expert_hand_over
from support.mails import consent_mail_enqueue, due_mail_enqueue
from support.models import SupportSession
from tests.security.conftest import log_in, signed_links
from tests.security.injection import (
    HOSTILE,
    HOSTILE_NAME,
    assert_inert_html,
    assert_inert_text,
    assert_pages_inert,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile(world):
    track, step, role = world["track"], world["step"], world["role"]
    track.idea = HOSTILE
    track.save(update_fields=["idea"])
    step.title, step.description = HOSTILE[:120], HOSTILE
    step.save(update_fields=["title", "description"])
    for user in (world["founder_a"], world["mentor_a"]):
        user.first_name = user.last_name = HOSTILE_NAME
        user.save(update_fields=["first_name", "last_name"])
    SupportSession.objects.filter(track=track).update(discussed=HOSTILE, next_steps=HOSTILE)
    role.handover_note = HOSTILE
    role.save(update_fields=["handover_note"])
    return world


def _assert_mails_inert(*shown: str) -> None:
    rows = list(Mail.objects.filter(template__startswith="support/"))
    assert rows
    for row in rows:
        assert_inert_text(row.text)
        assert_inert_html(row.html)
        assert "49" not in row.subject
    texts = "\n".join(row.text for row in rows)
    for value in shown:
        assert value in texts, value


def test_every_page_of_a_hostile_begleitung_is_inert(client, hostile):
    world = hostile
    log_in(client, world, "founder_a")
    plan = client.get("/begleitung/").content.decode()
    assert_inert_html(plan, HOSTILE)
    links = signed_links(world)
    assert_pages_inert(client, [links["begleitung/zustimmen/<str:token>/"]])
    log_in(client, world, "mentor_a")
    assert_inert_html(
        client.get(f"/begleitung/mitwirken/{world['role'].pk}/").content.decode(), HOSTILE
    )
    assert_pages_inert(
        client, ["/expertin-werden/profil/", links["begleitung/anfrage/<str:token>/"]]
    )
    log_in(client, world, "coordinator")
    track = world["track"]
    assert_pages_inert(
        client,
        [
            "/admin/support/tracks/",
            f"/admin/support/tracks/{track.pk}/plan/",
            f"/admin/support/tracks/{track.pk}/steps/{world['step'].pk}/experts/",
            f"/admin/support/tracks/inspect/{track.pk}/",
        ],
    )
    assert_inert_html(
        client.get(f"/admin/support/tracks/{track.pk}/plan/").content.decode(), HOSTILE
    )


def test_hostile_notes_typed_into_the_forms_come_back_inert(client, world):
    log_in(client, world, "mentor_a")
    url = f"/begleitung/mitwirken/{world['role'].pk}/"
    note = {
        "action": "session",
        "held_on": timezone.localdate().isoformat(),
        "minutes": "30",
        "discussed": HOSTILE,
        "next_steps": HOSTILE,
    }
    assert client.post(url, note).status_code == 302
    assert_inert_html(client.get(url).content.decode(), HOSTILE)
    log_in(client, world, "founder_a")
    client.post("/begleitung/", {"action": "add", "title": HOSTILE[:120]})
    assert_inert_html(client.get("/begleitung/").content.decode(), HOSTILE[:120])


def test_every_mail_of_a_hostile_begleitung_is_inert(hostile, make_expert):
    world = hostile
    track, step = world["track"], world["step"]
    Mail.objects.all().delete()
    consent_mail_enqueue(track=track)
    step.due_on = timezone.localdate()
    due_mail_enqueue(track=track, steps=[step])
    other = track.milestones.create(title=HOSTILE[:120], order=2)
    newcomer = make_expert(topics=("steuern",))
    newcomer.user.first_name = HOSTILE_NAME
    newcomer.user.save(update_fields=["first_name"])
    role = track_expert_accept(
        role=track_expert_ask(milestone=other, mentor=newcomer, by=world["coordinator"])
    )
    colleague = make_expert(topics=("steuern",))
    track_expert_hand_over(role=role, to=colleague, note=HOSTILE)
    _assert_mails_inert(HOSTILE[:120], HOSTILE, HOSTILE_NAME)
