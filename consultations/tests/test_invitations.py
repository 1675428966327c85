"""Inviting experts to a Sprechtag: the engine proposes only those who fit (topic, travel radius
or video, not paused that day, a free place), they answer by mail link with their hours, and
the confirmed line-up turns those hours into slots."""

from datetime import time, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from consultations.models import ConsultationDay, ConsultationInvitation, ConsultationSlot
from consultations.reminders import INVITATION_REMINDER_DAYS, consultation_invitations_remind
from consultations.selectors import consultation_experts_propose
from consultations.services import (
    consultation_day_confirm,
    consultation_experts_invite,
    consultation_invitation_accept,
    consultation_invitation_decline,
)
from matching.models import Match
from vocabulary.models import Land, Place

pytestmark = pytest.mark.django_db
Answer = ConsultationInvitation.Status


@pytest.fixture
def parchim(db):
    # About 75 km east of Mölln.
    return Place.objects.create(
        postcode="19370", locality="Parchim", land=Land.MV, latitude=53.4256, longitude=11.8483
    )


def _proposed(day) -> list[int]:
    return [p.mentor.pk for p in consultation_experts_propose(day=day)]


def test_only_experts_who_fit_the_day_are_proposed_best_first_with_reasons(
    make_day, make_expert, make_request, parchim
):
    day = make_day(topics=("steuern",))
    near = make_expert(radius=30)  # Ratzeburg, 10 km from Mölln
    nearer = make_expert(radius=30, place=day.space.place)
    make_expert(topics=("marketing",))  # another topic
    make_expert(place=parchim, radius=30, remote=True)  # too far; video does not help here
    make_expert(paused_until=day.date)  # paused on the day itself
    full = make_expert(capacity=1)
    Match.objects.create(
        help_request=make_request(), mentor=full, status=Match.Status.ACCEPTED, score=0.5
    )
    proposals = consultation_experts_propose(day=day)
    assert [p.mentor.pk for p in proposals] == [nearer.pk, near.pk]
    reasons = [r["code"] for r in proposals[1].reasons]
    assert "topics" in reasons and "in_person" in reasons


def test_an_expert_paused_today_but_back_by_the_day_is_proposed(make_day, make_expert):
    day = make_day()
    back = make_expert(paused_until=day.date - timedelta(days=1))
    assert _proposed(day) == [back.pk]


def test_an_online_day_proposes_far_experts_who_meet_by_video_only(make_day, make_expert, parchim):
    day = make_day(online=True)
    by_video = make_expert(place=parchim, remote=True)
    make_expert(remote=False)  # near, but only in person
    assert _proposed(day) == [by_video.pk]


def test_invited_experts_get_a_mail_with_their_link_and_are_not_proposed_again(
    make_day, make_expert, django_capture_on_commit_callbacks
):
    day = make_day()
    expert = make_expert()
    with django_capture_on_commit_callbacks(execute=True):
        (invitation,) = consultation_experts_invite(day=day, mentor_ids=[expert.pk])
    assert invitation.status == Answer.INVITED and invitation.reasons
    (sent,) = mail.outbox
    assert sent.to == [expert.user.email]
    assert "Einladung zum Sprechtag" in sent.subject
    assert "/sprechtage/einladung/" in sent.body and "Dorfbüro Mölln" in sent.body
    assert _proposed(day) == []


def test_an_expert_who_does_not_fit_cannot_be_invited_and_nobody_is(make_day, make_expert):
    day = make_day()
    fits, other_topic = make_expert(), make_expert(topics=("marketing",))
    with pytest.raises(ValidationError, match="Nicht passend"):
        consultation_experts_invite(day=day, mentor_ids=[fits.pk, other_topic.pk])
    assert not ConsultationInvitation.objects.exists()
    assert not mail.outbox


def _invited(day, expert) -> ConsultationInvitation:
    (invitation,) = consultation_experts_invite(day=day, mentor_ids=[expert.pk])
    return invitation


def test_an_expert_says_yes_with_her_hours_and_may_change_them(make_day, make_expert):
    day = make_day()
    invitation = _invited(day, make_expert())
    consultation_invitation_accept(
        invitation=invitation, available_from=time(14), available_until=time(16)
    )
    again = consultation_invitation_accept(
        invitation=invitation, available_from=time(15), available_until=time(17)
    )
    assert (again.status, again.available_from, again.available_until) == (
        Answer.ACCEPTED,
        time(15),
        time(17),
    )


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (time(13), time(15), "available_from"),  # before the day begins
        (time(17), time(19), "available_from"),  # after it ends
        (time(16), time(15), "available_until"),  # "until" before "from"
        (time(16), time(16, 20), "available_until"),  # not one conversation long
    ],
)
def test_hours_outside_the_window_are_refused_and_nothing_changes(
    make_day, make_expert, start, end, field
):
    invitation = _invited(make_day(), make_expert())
    with pytest.raises(ValidationError) as raised:
        consultation_invitation_accept(
            invitation=invitation, available_from=start, available_until=end
        )
    assert list(raised.value.message_dict) == [field]
    invitation.refresh_from_db()
    assert invitation.status == Answer.INVITED and invitation.available_from is None


def test_an_expert_cannot_say_yes_to_two_days_at_the_same_time(make_day, make_expert):
    expert = make_expert()
    first = make_day(title="Sprechtag am Nachmittag")
    second = make_day(title="Sprechtag am Abend", starts_at=time(17), ends_at=time(20))
    earlier, later = _invited(first, expert), _invited(second, expert)
    consultation_invitation_accept(
        invitation=earlier, available_from=time(14), available_until=time(16)
    )
    with pytest.raises(ValidationError, match="Sprechtag am Nachmittag"):  # it runs 14–18
        consultation_invitation_accept(
            invitation=later, available_from=time(18), available_until=time(19)
        )
    later.refresh_from_db()
    assert later.status == Answer.INVITED
    # Nor is she proposed for a third day at that time; a day after 18:00 is fine.
    assert _proposed(make_day(title="Dritter", starts_at=time(15))) == []
    assert _proposed(make_day(title="Vierter", starts_at=time(18), ends_at=time(20))) == [expert.pk]


def test_the_line_up_turns_each_yes_into_slots_and_withdraws_the_unanswered(
    make_day, make_expert, django_capture_on_commit_callbacks
):
    day = make_day(break_starts_at=time(15), break_ends_at=time(15, 30))
    anna, ben, cleo = make_expert(), make_expert(), make_expert()
    invitations = consultation_experts_invite(day=day, mentor_ids=[anna.pk, ben.pk, cleo.pk])
    by_mentor = {i.mentor_id: i for i in invitations}
    consultation_invitation_accept(
        invitation=by_mentor[anna.pk], available_from=time(14), available_until=time(16)
    )
    consultation_invitation_decline(invitation=by_mentor[ben.pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        consultation_day_confirm(day=day)
    day.refresh_from_db()
    assert day.status == ConsultationDay.Status.CONFIRMED
    starts = [s.starts_at.astimezone(day.at(time(0)).tzinfo).time() for s in day.slots.all()]
    assert starts == [time(14), time(14, 30), time(15, 30)]  # 15:00–15:30 is the break
    statuses = dict(ConsultationInvitation.objects.values_list("mentor_id", "status"))
    assert statuses == {
        anna.pk: Answer.ACCEPTED,
        ben.pk: Answer.DECLINED,
        cleo.pk: Answer.WITHDRAWN,
    }
    (sent,) = mail.outbox
    assert sent.to == [anna.user.email] and "3 Gespräche" in sent.body


def test_a_line_up_without_any_yes_is_refused(make_day, make_expert):
    day = make_day()
    _invited(day, make_expert())
    with pytest.raises(ValidationError, match="keine Expert:in zugesagt"):
        consultation_day_confirm(day=day)
    assert not ConsultationSlot.objects.exists()


def test_after_the_line_up_invitations_can_no_longer_be_answered(make_day, make_expert):
    day = make_day()
    yes, late = make_expert(), make_expert()
    invitations = {
        i.mentor_id: i for i in consultation_experts_invite(day=day, mentor_ids=[yes.pk, late.pk])
    }
    consultation_invitation_accept(
        invitation=invitations[yes.pk], available_from=time(14), available_until=time(15)
    )
    consultation_day_confirm(day=day)
    with pytest.raises(ValidationError, match="nicht mehr in Planung"):
        consultation_invitation_accept(
            invitation=invitations[late.pk], available_from=time(14), available_until=time(15)
        )


def test_an_unanswered_invitation_is_reminded_once_and_an_answered_one_not(
    make_day, make_expert, django_capture_on_commit_callbacks
):
    day = make_day()
    silent, answered = make_expert(), make_expert()
    invitations = {
        i.mentor_id: i
        for i in consultation_experts_invite(day=day, mentor_ids=[silent.pk, answered.pk])
    }
    consultation_invitation_decline(invitation=invitations[answered.pk])
    mail.outbox.clear()
    soon = timezone.now() + timedelta(days=INVITATION_REMINDER_DAYS - 1)
    later = timezone.now() + timedelta(days=INVITATION_REMINDER_DAYS, hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert consultation_invitations_remind(now=soon) == 0
        assert consultation_invitations_remind(now=later) == 1
        assert consultation_invitations_remind(now=later + timedelta(days=1)) == 0
    (sent,) = mail.outbox
    assert sent.to == [silent.user.email]
    assert sent.subject.endswith(f"Erinnerung: Kommen Sie zum Sprechtag? {day.date:%d.%m.%Y}")


def test_no_reminder_once_the_line_up_is_confirmed(make_day, make_expert):
    day = make_day()
    yes, silent = make_expert(), make_expert()
    invitations = {
        i.mentor_id: i for i in consultation_experts_invite(day=day, mentor_ids=[yes.pk, silent.pk])
    }
    consultation_invitation_accept(
        invitation=invitations[yes.pk], available_from=time(14), available_until=time(15)
    )
    consultation_day_confirm(day=day)
    later = timezone.now() + timedelta(days=INVITATION_REMINDER_DAYS + 1)
    assert consultation_invitations_remind(now=later) == 0
