"""A week before a legal deadline of her plan, the founder is reminded once by mail; a step she
has ticked off, or a Begleitung she left, is not."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from support.reminders import milestones_remind
from support.services import (
    milestone_tick,
    support_track_consent,
    support_track_leave,
    support_track_start_date_set,
)

pytestmark = pytest.mark.django_db
STARTED = date(2027, 4, 1)  # the tax questionnaire is due on 1 May


def _on(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(7)))


@pytest.fixture
def dated(start, moelln):
    track = support_track_consent(track=start(moelln))
    return support_track_start_date_set(track=track, started_on=STARTED)


def test_a_week_ahead_she_is_reminded_once(dated, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert milestones_remind(now=_on(date(2027, 4, 23))) == 0  # eight days ahead
        assert milestones_remind(now=_on(date(2027, 4, 24))) == 1
        assert milestones_remind(now=_on(date(2027, 4, 25))) == 0
    (sent,) = mail.outbox
    assert sent.to == [dated.founder.user.email]
    assert "1. Mai 2027" in sent.body and "/begleitung/" in sent.body


def test_a_step_done_or_a_begleitung_left_is_not_reminded(
    dated, django_capture_on_commit_callbacks
):
    questionnaire = dated.milestones.get(due_days_after_start=30)
    milestone_tick(milestone=questionnaire, by=dated.founder.user, done=True)
    assert milestones_remind(now=_on(date(2027, 4, 28))) == 0
    milestone_tick(milestone=questionnaire, by=dated.founder.user, done=False)
    support_track_leave(track=dated)
    assert milestones_remind(now=_on(date(2027, 4, 28) + timedelta(days=1))) == 0
