"""Several experts, one plan: from a step the coordinator asks one the engine proposes (topic,
travel reach, a free place); she answers by her mail link, sees only her own steps, may leave
or hand over; one Begleitung takes one place of hers however many steps she helps with."""

import re

import pytest
from django.core import mail

from matching.selectors import mentor_places_taken
from mentors.models import Mentor
from support.errors import SupportTrackError
from support.experts import (
    track_expert_accept,
    track_expert_ask,
    track_expert_hand_over,
)
from support.models import TrackExpert
from support.selectors import track_step_experts_propose
from support.services import support_track_consent, support_track_end, support_track_leave

pytestmark = pytest.mark.django_db


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_the_engine_proposes_by_topic_and_reach(
    running, step_of, lawyer, tax_adviser, make_expert, hagenow
):
    far = make_expert(topics=("steuern",), place=hagenow, radius=20)
    proposed = [p.mentor for p in track_step_experts_propose(milestone=step_of(running, "steuern"))]
    assert tax_adviser in proposed
    assert lawyer not in proposed  # not her topic
    assert far not in proposed  # Hagenow is 60 km from Mölln, beyond her 20


def test_asked_by_mail_she_sees_the_idea_but_no_name_until_she_says_yes(
    client, running, step_of, tax_adviser, coordinator_user, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        role = track_expert_ask(
            milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
        )
    (offer,) = mail.outbox
    assert offer.to == ["steuer@example.org"]
    assert "Hofkäserei" not in offer.body and running.founder.user.email not in offer.body
    url = _path(re.search(r"https?://\S+/begleitung/anfrage/\S+/", offer.body)[0])
    page = client.get(url).content.decode()
    assert "Hofkäserei" in page and "gruenderin@example.org" not in page
    mail.outbox.clear()
    client.post(url, {"decision": "yes"})
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.ACCEPTED
    to = {m.to[0]: m.body for m in mail.outbox}
    assert "steuer@example.org" in to["gruenderin@example.org"]
    assert "gruenderin@example.org" in to["steuer@example.org"]


def test_one_begleitung_takes_one_place_however_many_steps(
    running, step_of, tax_adviser, coordinator_user, start, hagenow
):
    first = track_expert_ask(
        milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
    )
    steps = running.milestones.filter(topic__slug="steuern").order_by("order")
    second = track_expert_ask(milestone=steps[1], mentor=tax_adviser, by=coordinator_user)
    assert first == second and first.milestones.count() == 2
    track_expert_accept(role=first)
    assert mentor_places_taken(mentor=tax_adviser) == 1
    other = support_track_consent(track=start(hagenow, email="zweite@example.org"))
    # Her one place is taken: she is neither proposed for another Begleitung nor can she join one.
    assert tax_adviser not in [
        p.mentor for p in track_step_experts_propose(milestone=step_of(other, "steuern"))
    ]
    role = track_expert_ask(
        milestone=step_of(other, "steuern"), mentor=tax_adviser, by=coordinator_user
    )
    with pytest.raises(SupportTrackError, match="Plätze"):
        track_expert_accept(role=role)


def test_each_expert_sees_only_her_own_steps(
    client, running, step_of, lawyer, tax_adviser, coordinator_user
):
    law, tax = step_of(running, "recht"), step_of(running, "steuern")
    lawyer_role = track_expert_accept(
        role=track_expert_ask(milestone=law, mentor=lawyer, by=coordinator_user)
    )
    track_expert_accept(
        role=track_expert_ask(milestone=tax, mentor=tax_adviser, by=coordinator_user)
    )
    client.force_login(lawyer.user)
    page = client.get(f"/begleitung/mitwirken/{lawyer_role.pk}/").content.decode()
    assert law.title in page and tax.title not in page
    assert "gruenderin@example.org" in page
    tax_role = TrackExpert.objects.get(mentor=tax_adviser)
    assert client.get(f"/begleitung/mitwirken/{tax_role.pk}/").status_code == 404


def test_an_expert_who_leaves_loses_access_at_once(
    client, running, step_of, lawyer, coordinator_user
):
    law = step_of(running, "recht")
    role = track_expert_accept(
        role=track_expert_ask(milestone=law, mentor=lawyer, by=coordinator_user)
    )
    client.force_login(lawyer.user)
    assert client.get(f"/begleitung/mitwirken/{role.pk}/").status_code == 200
    response = client.post(f"/begleitung/mitwirken/{role.pk}/", {"action": "leave"})
    assert response.status_code == 302
    assert client.get(f"/begleitung/mitwirken/{role.pk}/").status_code == 404
    law.refresh_from_db()
    assert law.expert is None  # back with the coordinator
    assert mentor_places_taken(mentor=lawyer) == 0


def test_when_the_founder_leaves_every_expert_is_out(
    client, running, step_of, lawyer, coordinator_user
):
    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "recht"), mentor=lawyer, by=coordinator_user
        )
    )
    support_track_leave(track=running)
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.ENDED
    client.force_login(lawyer.user)
    assert client.get(f"/begleitung/mitwirken/{role.pk}/").status_code == 404


def test_she_hands_over_to_a_colleague_with_a_note(
    running, step_of, tax_adviser, make_expert, coordinator_user, django_capture_on_commit_callbacks
):
    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
        )
    )
    colleague = make_expert(topics=("steuern",))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        successor = track_expert_hand_over(
            role=role, to=colleague, note="Die Umsatzsteuer-ID ist beantragt."
        )
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.HANDED_OVER and role.milestones.count() == 0
    assert successor.mentor == colleague and successor.status == TrackExpert.Status.OFFERED
    assert successor.milestones.get() == step_of(running, "steuern")
    (offer,) = mail.outbox
    assert offer.to == [colleague.user.email] and "Umsatzsteuer-ID ist beantragt" in offer.body


def test_a_hand_over_without_a_note_saves_nothing(
    running, step_of, tax_adviser, make_expert, coordinator_user
):
    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
        )
    )
    with pytest.raises(SupportTrackError):
        track_expert_hand_over(role=role, to=make_expert(topics=("steuern",)), note="  ")
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.ACCEPTED and role.milestones.count() == 1


def test_a_paused_expert_gives_back_her_unanswered_offer(
    running, step_of, tax_adviser, coordinator_user
):
    from datetime import timedelta

    from django.utils import timezone

    from mentors.services import mentor_pause

    role = track_expert_ask(
        milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
    )
    mentor_pause(
        mentor=tax_adviser, until=timezone.localdate() + timedelta(days=30), by=tax_adviser.user
    )
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.LEFT
    assert step_of(running, "steuern").expert is None


def test_the_outcome_ends_every_role(running, step_of, lawyer, coordinator_user):
    from django.utils import timezone

    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "recht"), mentor=lawyer, by=coordinator_user
        )
    )
    with pytest.raises(SupportTrackError):
        support_track_end(track=running, outcome="founded")  # no day of founding
    support_track_end(track=running, outcome="founded", founded_on=timezone.localdate())
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.ENDED
    assert Mentor.objects.get(pk=lawyer.pk) and mentor_places_taken(mentor=lawyer) == 0


def test_her_place_in_a_begleitung_keeps_the_nightly_matching_from_giving_her_more(
    running, step_of, tax_adviser, coordinator_user, make_request
):
    from matching.selectors import suggestions_compute

    help_request = make_request(topics=("steuern",))
    assert tax_adviser.pk in [s.mentor_id for s in suggestions_compute(help_request=help_request)]
    # Asked is promised: an offer she has not answered holds her place for the engine too.
    track_expert_ask(milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user)
    assert tax_adviser.pk not in [
        s.mentor_id for s in suggestions_compute(help_request=help_request)
    ]


def test_her_dashboard_leads_to_the_offer_and_to_the_begleitung(
    client, running, step_of, lawyer, tax_adviser, coordinator_user
):
    track_expert_ask(milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user)
    client.force_login(tax_adviser.user)
    page = client.get("/expertin-werden/profil/").content.decode()
    assert "/begleitung/anfrage/" in page
    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "recht"), mentor=lawyer, by=coordinator_user
        )
    )
    client.force_login(lawyer.user)
    assert (
        f"/begleitung/mitwirken/{role.pk}/"
        in client.get("/expertin-werden/profil/").content.decode()
    )


def test_she_hands_over_on_her_page_to_a_proposed_colleague(
    client, running, step_of, tax_adviser, make_expert, coordinator_user
):
    role = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
        )
    )
    colleague = make_expert(topics=("steuern",))
    client.force_login(tax_adviser.user)
    url = f"/begleitung/mitwirken/{role.pk}/"
    assert colleague.user.email in client.get(url + "?uebergeben=1").content.decode()
    response = client.post(url, {"action": "handover", "mentor": colleague.pk, "note": ""})
    assert response.status_code == 400
    assert "was sie wissen muss" in response.content.decode()
    client.post(
        url, {"action": "handover", "mentor": colleague.pk, "note": "Umsatzsteuer-ID fehlt."}
    )
    assert TrackExpert.objects.get(mentor=colleague).status == TrackExpert.Status.OFFERED
    assert client.get(url).status_code == 404


def test_an_unanswered_offer_lapses_and_frees_her_place(
    running, step_of, tax_adviser, coordinator_user, settings, time_machine
):
    from support.experts import track_offers_expire

    time_machine.move_to("2027-03-01 09:00 +01:00", tick=False)
    role = track_expert_ask(
        milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
    )
    time_machine.move_to("2027-03-07 09:00 +01:00", tick=False)
    assert track_offers_expire() == 0  # six days: still hers to answer
    time_machine.move_to("2027-03-09 09:00 +01:00", tick=False)
    assert track_offers_expire() == 1
    role.refresh_from_db()
    assert role.status == TrackExpert.Status.EXPIRED
    assert step_of(running, "steuern").expert is None
