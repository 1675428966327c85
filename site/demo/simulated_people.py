"""The people of a simulated year and how they behave: founders who ask (or forget to
confirm), mentors who answer quickly, late or never, pause, and now and then leave; and the
coordinator who verifies and approves. Every step goes through the real services."""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, F, Q
from django.utils import timezone

from accounts.models import User
from demo.services import DemoDataMissing
from founders.models import HelpRequest
from founders.services import help_request_confirm, help_request_submit, help_request_withdraw
from matching.checkins import checkin_answer
from matching.feedback import RUNNING, feedback_submit
from matching.lifecycle import (
    MatchStateError,
    match_accept,
    match_activate,
    match_decline,
    matches_approve_above,
    with_entered_at,
)
from matching.models import CheckIn, Match
from matching.models.checkins import CheckInAnswer, CloseReason
from matching.models.feedback import Outcome, Side
from matching.models.matches import DeclineReason
from matching.stalled import match_rematch, matches_stalled
from mentors.models import Mentor
from mentors.services import mentor_pause, mentor_verify
from privacy.services import account_delete, consent_withdraw
from vocabulary.models import Place, ServiceArea, Topic
from vocabulary.selectors import service_area_q

S = Match.Status
# Every simulated person's address starts so: reports can tell them apart, and none is real.
SIMULATED = "simulierte-"
FIRST_NAMES = ["Anna", "Jan", "Lea", "Finn", "Mia", "Ole", "Ida", "Paul", "Eda", "Timo"]
NEEDS = {
    "recht": "Ich brauche Hilfe beim Gesellschaftsvertrag für unseren Hofladen.",
    "steuern": "Was muss ich dem Finanzamt melden, wenn ich mein Café eröffne?",
    "finanzierung": "Wir suchen einen Kredit für eine neue Maschine in der Tischlerei.",
    "marketing": "Wie finde ich Kundschaft für meinen Hofladen in der Region?",
}


@dataclass
class Temper:
    """How one simulated person behaves: drawn once, kept all year."""

    answers_after_days: float  # a mentor's usual delay; inf for one who goes silent
    accepts: float  # chance to say yes to an offer
    leaves: float  # chance per day to withdraw consent (or delete the account)


RELIABLE = Temper(answers_after_days=2.0, accepts=0.8, leaves=0.0)


class World:
    def __init__(self, *, rng: random.Random) -> None:
        self.rng = rng
        self.tempers: dict[str, Temper] = {}
        self.places = _places_in_region()
        if not self.places:
            raise DemoDataMissing("No places in the service region: run load_places first.")
        self.topics = list(Topic.objects.filter(slug__in=NEEDS)) or list(Topic.objects.all()[:4])
        self.coordinator: User | None = None
        self.n_founders = self.n_mentors = 0

    def _temper(self, email: str, *, mentor: bool) -> Temper:
        rng = self.rng
        silent = mentor and rng.random() < 0.1
        return self.tempers.setdefault(
            email,
            Temper(
                answers_after_days=float("inf") if silent else rng.expovariate(1 / 2.0),
                accepts=rng.uniform(0.5, 0.95),
                leaves=rng.choice([0.0, 0.0, 0.0, 0.0005]),
            ),
        )

    def mentor_joins(self) -> None:
        self.n_mentors += 1
        n = self.n_mentors
        email = f"{SIMULATED}expertin-{n}@example.org"
        user = User.objects.create_user(
            email=email, first_name=self.rng.choice(FIRST_NAMES), last_name=f"Beispiel {n}"
        )
        mentor = Mentor.objects.create(
            user=user,
            profession=self.rng.choice(list(Mentor.Profession)),
            bio="Beispielprofil aus der simulierten Jahresgeschichte.",
            place=self.rng.choice(self.places),
            travel_radius_km=self.rng.choice([20, 30, 50]),
            remote=self.rng.random() < 0.6,
            capacity=self.rng.choice([1, 2, 2, 3]),
        )
        mentor.topics.set(self.rng.sample(self.topics, k=min(2, len(self.topics))))
        self._temper(email, mentor=True)

    def founder_asks(self) -> None:
        self.n_founders += 1
        n, topic = self.n_founders, self.rng.choice(self.topics)
        email = f"{SIMULATED}gruenderin-{n}@example.org"
        help_request = help_request_submit(
            first_name=self.rng.choice(FIRST_NAMES),
            last_name=f"Beispiel {n}",
            email=email,
            topics=[topic],
            description=NEEDS.get(topic.slug, "Ich brauche Rat für meine Gründung."),
            stage=self.rng.choice(["idea", "founding", "young"]),
            place=self.rng.choice(self.places),
            formats=["in_person", "video"] if self.rng.random() < 0.5 else ["in_person"],
            languages=["de"],
        )
        self._temper(email, mentor=False)
        if self.rng.random() < 0.85:  # the others forget the mailed link
            help_request_confirm(help_request=help_request)

    def morning(self) -> None:
        rng = self.rng
        for mentor in Mentor.objects.filter(
            status=Mentor.Status.PENDING, created_at__lt=timezone.now() - timedelta(days=2)
        ):
            mentor_verify(mentor=mentor, by=self.coordinator)
        matches_approve_above(threshold=0.3, by=self.coordinator)
        offers = Match.objects.filter(status=S.OFFERED).select_related("mentor__user")
        for offer in with_entered_at(offers, S.OFFERED):
            # The demo's own experts (not simulated) answer like a reliable volunteer.
            temper = self.tempers.get(offer.mentor.user.email, RELIABLE)
            waited = (timezone.now() - offer.entered_at).days
            if waited < temper.answers_after_days:
                continue
            try:
                if rng.random() < temper.accepts:
                    match_accept(match=offer, by=offer.mentor.user)
                else:
                    match_decline(
                        match=offer, by=offer.mentor.user, reason=rng.choice(list(DeclineReason))
                    )
            except MatchStateError:
                pass  # full: she will be asked again by the expiry
        for match in Match.objects.filter(status=S.INTRODUCED):
            if rng.random() < 0.15:
                _ignore_refusal(match_activate, match=match)
        self._feedback_and_endings()
        self._changes_of_mind()

    def _feedback_and_endings(self) -> None:
        rng = self.rng
        asked = (
            Match.objects.filter(feedback_requested_at__isnull=False)
            .annotate(given=Count("feedback"))
            .filter(given__lt=2)
        )
        for match in asked.select_related("help_request__founder__user", "mentor__user"):
            for side in (Side.FOUNDER, Side.MENTOR):
                if rng.random() < 0.05 and not match.feedback.filter(side=side).exists():
                    feedback_submit(
                        match=match,
                        side=side,
                        met=rng.random() < 0.9,
                        helpful=rng.choice([3, 4, 4, 5, 5]),
                        outcome=rng.choice(list(Outcome)),
                        comment="",
                    )
        self._checkins_answered()

    def _checkins_answered(self) -> None:
        """Most answer "Läuft es?" within a few days, most that it runs; some that it is stuck;
        those who are done say why."""
        rng = self.rng
        for checkin in CheckIn.objects.filter(answered_at=None, match__status__in=RUNNING):
            if rng.random() >= 0.3:
                continue
            answer = rng.choices(list(CheckInAnswer), weights=[75, 10, 15])[0]
            checkin_answer(
                checkin=checkin,
                answer=answer,
                close_reason=rng.choice(list(CloseReason)) if answer == CheckInAnswer.ENDED else "",
                note="",
            )

    def stalled_rematched(self) -> None:
        """The coordinator's weekly look at the stalled queue: each gets another expert."""
        for item in matches_stalled():
            _ignore_refusal(match_rematch, match=item.match, by=self.coordinator)

    def _changes_of_mind(self) -> None:
        rng = self.rng
        for help_request in HelpRequest.objects.filter(
            status=HelpRequest.Status.OPEN, founder__isnull=False
        ):
            if rng.random() < 0.004:
                help_request_withdraw(help_request=help_request, by=help_request.founder.user)
        for mentor in Mentor.objects.filter(status=Mentor.Status.ACTIVE, paused_until__isnull=True):
            if rng.random() < 0.002:
                mentor_pause(
                    mentor=mentor,
                    until=timezone.localdate() + timedelta(days=rng.randint(7, 28)),
                    by=mentor.user,
                )
        for user in User.objects.filter(is_active=True, email__startswith=SIMULATED):
            temper = self.tempers.get(user.email)
            if temper is not None and rng.random() < temper.leaves:
                (account_delete if rng.random() < 0.3 else consent_withdraw)(user=user)


def _ignore_refusal(step, **kwargs) -> None:
    with contextlib.suppress(MatchStateError):
        step(**kwargs)


def _places_in_region() -> list[Place]:
    """The region's larger places (both districts), where people live and work."""
    inside = Q(pk__in=[])
    for area in ServiceArea.objects.all():
        inside |= service_area_q(area=area)
    places = Place.objects.filter(inside).order_by(F("population").desc(nulls_last=True), "pk")
    return list(places[:200])
