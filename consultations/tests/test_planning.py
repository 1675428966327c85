"""Planning a Sprechtag: a plan that cannot work is refused with a message by field, and nothing
is saved."""

from datetime import time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from consultations.models import ConsultationDay
from consultations.services import consultation_day_save
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def _plan(space, **fields) -> ConsultationDay:
    values = {
        "title": "Sprechtag im Dorfbüro",
        "date": timezone.localdate() + timedelta(days=10),
        "starts_at": time(14),
        "ends_at": time(17, 30),
        "space": space,
        **fields,
    }
    return ConsultationDay(**values)


def _errors(day, topics=None) -> dict:
    topics = Topic.objects.filter(slug="steuern") if topics is None else topics
    with pytest.raises(ValidationError) as raised:
        consultation_day_save(day=day, topics=topics)
    assert not ConsultationDay.objects.exists()
    return raised.value.message_dict


def test_a_day_at_an_innovationsort_is_planned_with_its_topics(space, coordinator_user):
    day = _plan(space, break_starts_at=time(15, 30), break_ends_at=time(15, 45))
    consultation_day_save(day=day, topics=Topic.objects.filter(slug="steuern"), by=coordinator_user)
    saved = ConsultationDay.objects.get()
    assert saved.status == ConsultationDay.Status.PLANNED
    assert saved.created_by == coordinator_user
    assert [t.slug for t in saved.topics.all()] == ["steuern"]


@pytest.mark.parametrize("days", [0, -1, -30])
def test_today_or_a_past_date_is_refused(space, days):
    errors = _errors(_plan(space, date=timezone.localdate() + timedelta(days=days)))
    assert errors == {"date": ["Ein Sprechtag lässt sich frühestens für morgen planen."]}


def test_an_end_before_the_start_is_refused(space):
    errors = _errors(_plan(space, starts_at=time(16), ends_at=time(14)))
    assert errors == {"ends_at": ["Das Ende muss nach dem Beginn liegen."]}


def test_a_window_shorter_than_one_conversation_is_refused(space):
    errors = _errors(_plan(space, starts_at=time(14), ends_at=time(14, 20)))
    assert errors == {"ends_at": ["Zwischen Beginn und Ende passt kein einziges Gespräch."]}


def test_a_day_needs_a_venue_or_video_but_not_both(space):
    assert "space" in _errors(_plan(None))
    assert _errors(_plan(space, online=True)) == {
        "space": ["Ein Sprechtag ist entweder an einem Innovationsort oder online."]
    }


def test_a_day_needs_a_topic(space):
    assert _errors(_plan(space), topics=Topic.objects.none()) == {
        "topics": ["Bitte mindestens ein Thema wählen."]
    }


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        (time(15), None, "break_ends_at", "Eine Pause braucht Beginn und Ende."),
        (time(15), time(14, 50), "break_ends_at", "Die Pause muss nach ihrem Beginn enden."),
        (time(13), time(13, 30), "break_starts_at", "Die Pause muss zwischen 14:00 und 17:30 Uhr"),
        (time(17), time(18), "break_starts_at", "Die Pause muss zwischen 14:00 und 17:30 Uhr"),
    ],
)
def test_a_break_outside_the_window_or_without_an_end_is_refused(space, start, end, field, message):
    errors = _errors(_plan(space, break_starts_at=start, break_ends_at=end))
    assert list(errors) == [field]
    assert errors[field][0].startswith(message)


def test_a_confirmed_day_cannot_be_changed(make_day):
    day = make_day(status=ConsultationDay.Status.CONFIRMED)
    day.title = "Anders"
    with pytest.raises(ValidationError, match="Nur ein Sprechtag in Planung"):
        consultation_day_save(day=day, topics=day.topics.all())
    assert ConsultationDay.objects.get().title == "Gründungssprechtag Mölln"
