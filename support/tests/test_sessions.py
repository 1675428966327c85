"""The session log: after a meeting either side notes what was discussed and what comes next,
with the time it took; the notes stay inside the Begleitung (an expert sees those of her own
meetings), bad input is explained next to the field and saves nothing, and a founder's erasure
removes the notes while the counts stay for the funders."""

from datetime import timedelta

import pytest
from django.utils import timezone

from privacy.services import account_delete
from support.experts import track_expert_accept, track_expert_ask
from support.models import SupportSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_lawyer(running, step_of, lawyer, coordinator_user):
    return track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "recht"), mentor=lawyer, by=coordinator_user
        )
    )


def _note(**overrides) -> dict:
    return {
        "action": "session",
        "held_on": timezone.localdate().isoformat(),
        "minutes": "45",
        "discussed": "Gesellschaftsvertrag für die GbR durchgesprochen.",
        "next_steps": "Entwurf bis Freitag.",
        **overrides,
    }


def test_the_expert_notes_a_meeting_and_the_founder_reads_it(client, running, with_lawyer, lawyer):
    client.force_login(lawyer.user)
    response = client.post(f"/begleitung/mitwirken/{with_lawyer.pk}/", _note())
    assert response.status_code == 302
    session = SupportSession.objects.get()
    assert session.expert == with_lawyer and session.minutes == 45
    assert session.topic.slug == "recht"  # the topic of her step, for the funders' counts
    client.force_login(running.founder.user)
    assert "Gesellschaftsvertrag für die GbR" in client.get("/begleitung/").content.decode()


def test_the_founder_notes_one_with_her_expert(client, running, with_lawyer):
    client.force_login(running.founder.user)
    client.post("/begleitung/", _note(role=str(with_lawyer.pk), minutes="90"))
    assert SupportSession.objects.get().expert == with_lawyer


def test_an_expert_sees_only_the_notes_of_her_own_meetings(
    client, running, with_lawyer, lawyer, step_of, tax_adviser, coordinator_user
):
    tax = track_expert_accept(
        role=track_expert_ask(
            milestone=step_of(running, "steuern"), mentor=tax_adviser, by=coordinator_user
        )
    )
    client.force_login(tax_adviser.user)
    client.post(
        f"/begleitung/mitwirken/{tax.pk}/",
        _note(discussed="Fragebogen zur steuerlichen Erfassung."),
    )
    client.force_login(lawyer.user)
    page = client.get(f"/begleitung/mitwirken/{with_lawyer.pk}/").content.decode()
    assert "Fragebogen zur steuerlichen Erfassung" not in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("held_on", (timezone.localdate() + timedelta(days=2)).isoformat(), "in der Zukunft"),
        ("held_on", "31.02.2027", "Bitte geben Sie ein Datum ein"),
        ("minutes", "0", "zwischen 5 und 600"),
        ("minutes", "eine Stunde", "ganze Zahl"),
        ("discussed", "   ", "was besprochen wurde"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(
    client, with_lawyer, lawyer, field, value, message
):
    client.force_login(lawyer.user)
    response = client.post(f"/begleitung/mitwirken/{with_lawyer.pk}/", _note(**{field: value}))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Entwurf bis Freitag." in page  # what she typed is still there
    assert not SupportSession.objects.exists()


def test_erasing_the_founder_removes_the_notes_but_keeps_the_counts(
    client, running, with_lawyer, lawyer
):
    client.force_login(lawyer.user)
    client.post(f"/begleitung/mitwirken/{with_lawyer.pk}/", _note())
    account_delete(user=running.founder.user)
    session = SupportSession.objects.get()
    assert "Gesellschaftsvertrag" not in session.discussed and "Entwurf" not in session.next_steps
    assert session.minutes == 45
