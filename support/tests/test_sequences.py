"""A stateful model of two Begleitungen sharing three experts: the coordinator asks experts for
steps, they accept, decline, leave, hand over or pause, founders note meetings, leave, and the
coordinator ends a Begleitung with its outcome — in any order, through the services people's
clicks reach. After every step the promises an expert or a founder would care about hold:

- no expert works with more founders than her places allow, a Begleitung counting once;
- an expert sees a Begleitung exactly while she is in it (accepted, the Begleitung running);
- a step's expert is always one of its own Begleitung, still asked or in;
- a founder's address reaches an expert only in the mail after her own yes."""

import contextlib
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from accounts.models import User
from founders.models import Founder, HelpRequest
from matching.selectors import mentor_places_taken
from mentors.models import Mentor
from mentors.services import mentor_pause
from outbox.models import Mail
from support.experts import (
    track_expert_accept,
    track_expert_ask,
    track_expert_decline,
    track_expert_hand_over,
    track_expert_leave,
)
from support.models import RoadmapTemplate, SupportTrack, TrackExpert
from support.models.experts import LIVE_ROLE
from support.selectors import track_role_of_expert
from support.services import (
    support_track_consent,
    support_track_end,
    support_track_leave,
    support_track_start,
)
from support.sessions import support_session_note
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Land, Place, Topic

pytestmark = pytest.mark.django_db

PROFILE = settings(
    max_examples=40,
    stateful_step_count=25,
    derandomize=True,  # CI sees the same sequences every time
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Anna has one place, Ben two, Cleo one: two Begleitungen are enough to fill them.
EXPERTS = (("anna", 1), ("ben", 2), ("cleo", 1))
FOUNDERS = ("gruenderin0@example.org", "gruenderin1@example.org")
QUIET = (ValidationError,)  # refused with a message, as the page would show


def _begleitung(email: str, place: Place, coordinator: User) -> SupportTrack:
    user = User.objects.create_user(email=email, first_name="Gründerin")
    founder = Founder.objects.create(user=user)
    help_request = HelpRequest.objects.create(
        founder=founder,
        first_name="Gründerin",
        last_name="Test",
        email=email,
        description="Eine Hofkäserei.",
        stage="idea",
        place=place,
        formats=["in_person"],
        languages=["de"],
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
        confirmed_at=timezone.now(),
        status=HelpRequest.Status.OPEN,
    )
    track = support_track_start(
        help_request=help_request,
        lead=coordinator,
        idea="Eine Hofkäserei mit Laden.",
        stage="founding",
        path=RoadmapTemplate.objects.get(key="gewerbe"),
    )
    return support_track_consent(track=track)


class BegleitungModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()  # every example starts from the empty database and rolls back
        self.coordinator = User.objects.create_user(email="koordination@example.org")
        moelln = Place.objects.create(
            postcode="23879", locality="Mölln", land=Land.SH, latitude=53.63, longitude=10.69
        )
        topics = Topic.objects.filter(slug__in=("steuern", "recht"))
        self.experts = []
        for name, capacity in EXPERTS:
            mentor = Mentor.objects.create(
                user=User.objects.create_user(email=f"{name}@expertin.example.org"),
                profession=Mentor.Profession.TAX_ADVISER,
                bio="Steuern und Recht für Gründungen.",
                place=moelln,
                status=Mentor.Status.ACTIVE,
                capacity=capacity,
                travel_radius_km=30,
                languages=["de"],
            )
            mentor.topics.set(topics)
            self.experts.append(mentor)
        self.tracks = [_begleitung(email, moelln, self.coordinator) for email in FOUNDERS]
        self.accepted: set[int] = set()  # roles whose expert said yes

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)

    def _track(self, index: int) -> SupportTrack:
        return SupportTrack.objects.get(pk=self.tracks[index].pk)

    def _role(self, track: int, expert: int) -> TrackExpert | None:
        return TrackExpert.objects.filter(
            track=self.tracks[track], mentor=self.experts[expert], status__in=LIVE_ROLE
        ).first()

    def _pick(self, pick: int, *statuses: str) -> TrackExpert | None:
        # One of the roles in these states, so a rule rarely draws one that does not exist.
        roles = list(TrackExpert.objects.filter(status__in=statuses).order_by("pk"))
        return roles[pick % len(roles)] if roles else None

    @initialize(full=st.booleans())
    def first_answers(self, full):
        # Half the sequences start with Anna in the first Begleitung (her one place taken) and
        # asked for a step of the second.
        if full:
            step = self._track(0).milestones.filter(topic__slug="steuern").first()
            role = track_expert_ask(milestone=step, mentor=self.experts[0], by=self.coordinator)
            self.accepted.add(track_expert_accept(role=role).pk)
            step = self._track(1).milestones.filter(topic__slug="recht").first()
            track_expert_ask(milestone=step, mentor=self.experts[0], by=self.coordinator)

    @rule(track=st.integers(0, 1), expert=st.integers(0, 2), step=st.integers(0, 9))
    def coordinator_asks(self, track, expert, step):
        milestone = self._track(track).milestones.order_by("order")[step]
        with contextlib.suppress(*QUIET):
            track_expert_ask(milestone=milestone, mentor=self.experts[expert], by=self.coordinator)

    @rule(pick=st.integers(0, 5), yes=st.booleans())
    def expert_answers(self, pick, yes):
        role = self._pick(pick, TrackExpert.Status.OFFERED)
        if role is None:
            return
        with contextlib.suppress(*QUIET):
            if yes:
                self.accepted.add(track_expert_accept(role=role).pk)
            else:
                track_expert_decline(role=role)

    @rule(pick=st.integers(0, 5))
    def expert_leaves(self, pick):
        if (role := self._pick(pick, *LIVE_ROLE)) is not None:
            with contextlib.suppress(*QUIET):
                track_expert_leave(role=role)

    @rule(pick=st.integers(0, 5), to=st.integers(0, 2))
    def expert_hands_over(self, pick, to):
        if (role := self._pick(pick, TrackExpert.Status.ACCEPTED)) is not None:
            with contextlib.suppress(*QUIET):
                track_expert_hand_over(role=role, to=self.experts[to], note="Bitte übernehmen.")

    @rule(expert=st.integers(0, 2))
    def expert_pauses(self, expert):
        until = timezone.localdate() + timedelta(days=30)
        mentor_pause(mentor=self.experts[expert], until=until, by=self.experts[expert].user)

    @rule(expert=st.integers(0, 2))
    def expert_is_back(self, expert):
        mentor_pause(mentor=self.experts[expert], until=None, by=self.experts[expert].user)

    @rule(track=st.integers(0, 1), expert=st.integers(0, 2))
    def a_meeting_is_noted(self, track, expert):
        role = self._role(track, expert)
        with contextlib.suppress(*QUIET):
            support_session_note(
                track=self._track(track),
                by=self._track(track).founder.user,
                role=role,
                held_on=timezone.localdate(),
                minutes=45,
                discussed="Besprochen.",
            )

    @rule(track=st.integers(0, 1))
    def founder_leaves(self, track):
        support_track_leave(track=self._track(track))

    @rule(track=st.integers(0, 1), outcome=st.sampled_from(SupportTrack.Outcome.values))
    def coordinator_ends(self, track, outcome):
        founded_on = timezone.localdate() if outcome == "founded" else None
        with contextlib.suppress(*QUIET):
            support_track_end(track=self._track(track), outcome=outcome, founded_on=founded_on)

    @invariant()
    def no_expert_has_more_founders_than_places(self):
        for mentor in Mentor.objects.filter(pk__in=[m.pk for m in self.experts]):
            in_tracks = TrackExpert.objects.filter(
                mentor=mentor, status="accepted", track__status="active"
            ).count()
            assert mentor_places_taken(mentor=mentor) == in_tracks <= mentor.capacity

    @invariant()
    def an_expert_sees_a_begleitung_exactly_while_she_is_in_it(self):
        for role in TrackExpert.objects.select_related("track", "mentor__user"):
            inside = role.status == "accepted" and role.track.status == "active"
            seen = track_role_of_expert(user=role.mentor.user, pk=role.pk) is not None
            assert seen == inside, (role.status, role.track.status)

    @invariant()
    def a_steps_expert_belongs_to_its_begleitung(self):
        for track in SupportTrack.objects.all():
            for step in track.milestones.exclude(expert=None).select_related("expert"):
                assert step.expert.track_id == track.pk
                assert step.expert.status in LIVE_ROLE
                assert track.status == "active"

    @invariant()
    def a_founders_address_reaches_an_expert_only_after_her_yes(self):
        for mail in Mail.objects.filter(to__endswith="@expertin.example.org"):
            if any(email in mail.text for email in FOUNDERS):
                assert mail.template == "support/mail/expert_joined_expert"
        joined = Mail.objects.filter(template="support/mail/expert_joined_expert").count()
        assert joined == len(self.accepted)


def test_people_changing_their_minds_about_a_begleitung_keep_every_promise(db) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(BegleitungModel, settings=PROFILE)
