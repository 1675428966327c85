"""A founder who withdraws her consent or deletes her account ends her Begleitung at once, and
erasure leaves nothing of her idea or her own steps."""

import pytest

from privacy.services import account_delete, consent_withdraw
from support.models import Milestone, SupportTrack
from support.services import milestone_add, support_track_consent

pytestmark = pytest.mark.django_db


@pytest.fixture
def active(start, moelln):
    track = support_track_consent(track=start(moelln))
    milestone_add(track=track, title="Gespräch mit Frau Petersen von der Käserei Krumm")
    return track


def test_withdrawing_her_consent_ends_her_begleitung(client, active):
    consent_withdraw(user=active.founder.user)
    active.refresh_from_db()
    assert active.status == SupportTrack.Status.LEFT and active.ended_at is not None
    client.force_login(active.founder.user)
    assert client.get("/begleitung/").status_code == 404


def test_deleting_her_account_erases_her_idea_and_her_own_steps(active):
    account_delete(user=active.founder.user)
    active.refresh_from_db()
    assert active.status == SupportTrack.Status.LEFT
    assert "Hofkäserei" not in active.idea
    texts = " ".join(Milestone.objects.filter(track=active).values_list("title", flat=True))
    assert "Petersen" not in texts
