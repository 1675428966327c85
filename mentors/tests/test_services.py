from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.roles import Role
from mentors.models import Mentor
from mentors.selectors import mentors_matchable
from mentors.services import (
    MentorStateError,
    mentor_capacity_set,
    mentor_pause,
    mentor_register,
    mentor_reject,
    mentor_verify,
)
from vocabulary.consent import MENTOR_CONSENT
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def test_registration_creates_a_pending_mentor_with_role_and_consent(ratzeburg, rf):
    mentor = mentor_register(
        request=rf.post("/expertin-werden/"),
        email="Anwaeltin@Example.org",
        password="Kornfeld-am-Elbdeich-7",
        first_name="Anna",
        last_name="Recht",
        profession=Mentor.Profession.LAWYER,
        organisation="Kanzlei am See",
        topics=list(Topic.objects.filter(slug="recht")),
        bio="x" * 90,
        place=ratzeburg,
        travel_radius_km=40,
        remote=True,
        languages=["de", "en"],
        capacity=3,
        chamber_membership="Rechtsanwaltskammer Schleswig-Holstein, 4711",
    )

    assert mentor.status == Mentor.Status.PENDING
    assert mentor.user.email == "anwaeltin@example.org"
    assert mentor.user.groups.filter(name=Role.MENTOR.value).exists()
    assert mentor.consent_version == MENTOR_CONSENT.version and mentor.consented_at
    assert mentor.languages == ["de", "en"]
    assert mentor not in mentors_matchable()


def test_verify_makes_a_pending_mentor_matchable_and_mails_them(
    make_mentor, coordinator_user, django_capture_on_commit_callbacks
):
    mentor = make_mentor()

    with django_capture_on_commit_callbacks(execute=True):
        mentor_verify(mentor=mentor, by=coordinator_user)

    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.ACTIVE
    assert mentor.verified_by == coordinator_user and mentor.verified_at
    assert mentor in mentors_matchable()
    assert [m.to for m in mail.outbox] == [[mentor.user.email]]
    assert "bestätigt" in mail.outbox[0].subject


@pytest.mark.parametrize("status", [Mentor.Status.ACTIVE, Mentor.Status.REJECTED])
def test_only_pending_mentors_can_be_verified(make_mentor, coordinator_user, status):
    mentor = make_mentor(status=status)

    with pytest.raises(MentorStateError):
        mentor_verify(mentor=mentor, by=coordinator_user)

    mentor.refresh_from_db()
    assert mentor.status == status and mentor.verified_by is None


def test_reject_needs_a_reason_and_mails_it(
    make_mentor, coordinator_user, django_capture_on_commit_callbacks
):
    mentor = make_mentor()
    with pytest.raises(MentorStateError):
        mentor_reject(mentor=mentor, by=coordinator_user, reason="  ")

    with django_capture_on_commit_callbacks(execute=True):
        mentor_reject(mentor=mentor, by=coordinator_user, reason="Kammer & Nummer fehlen")

    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.REJECTED
    assert mentor not in mentors_matchable()
    assert "Kammer & Nummer fehlen" in mail.outbox[0].body


def test_a_paused_mentor_is_not_matchable_until_the_day_after_the_pause(make_mentor):
    mentor = make_mentor(status=Mentor.Status.ACTIVE)
    today = timezone.localdate()

    mentor_pause(mentor=mentor, until=today + timedelta(days=7), by=mentor.user)

    assert mentor not in mentors_matchable()
    assert mentor not in mentors_matchable(on=today + timedelta(days=7))
    assert mentor in mentors_matchable(on=today + timedelta(days=8))
    mentor_pause(mentor=mentor, until=None, by=mentor.user)
    assert mentor in mentors_matchable()


def test_a_pause_cannot_end_in_the_past(make_mentor):
    mentor = make_mentor(status=Mentor.Status.ACTIVE)
    with pytest.raises(MentorStateError):
        mentor_pause(mentor=mentor, until=timezone.localdate() - timedelta(days=1), by=mentor.user)


@pytest.mark.parametrize("capacity", [0, 11])
def test_capacity_outside_one_to_ten_is_refused(make_mentor, capacity):
    mentor = make_mentor(capacity=4)
    with pytest.raises(MentorStateError):
        mentor_capacity_set(mentor=mentor, capacity=capacity)
    mentor.refresh_from_db()
    assert mentor.capacity == 4


@pytest.mark.parametrize("capacity", [1, 10])
def test_capacity_within_bounds_is_saved(make_mentor, capacity):
    mentor = make_mentor()
    mentor_capacity_set(mentor=mentor, capacity=capacity)
    mentor.refresh_from_db()
    assert mentor.capacity == capacity


def test_the_coordinators_link_to_a_new_profile_works_past_a_thousand_ids(
    ratzeburg, coordinator_user, django_capture_on_commit_callbacks
):
    # German number formatting once turned id 1234 into "1.234" inside the link.
    from accounts.models import User
    from mentors.mails import pending_mails_enqueue

    user = User.objects.create(pk=1234, email="neu@example.org")
    mentor = Mentor.objects.create(
        pk=1234, user=user, profession="designer", bio="x", place=ratzeburg
    )
    with django_capture_on_commit_callbacks(execute=True):
        pending_mails_enqueue(mentor=mentor)
    (to_coordinator,) = mail.outbox
    assert to_coordinator.to == [coordinator_user.email]
    assert "/admin/mentors/review/1234/" in to_coordinator.body
