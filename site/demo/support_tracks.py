"""Two Begleitungen of the demo region at different stages, made through the services as a
coordinator and the founders would: Mara Koch in Lauenburg/Elbe (Schleswig-Holstein) at the
start of a Gewerbe, two steps done; Malte Wendt in Crivitz (Mecklenburg-Vorpommern) taking
over a business, started three weeks ago, the tax questionnaire due soon, a tax adviser and a
lawyer on board (each with a meeting noted); Mara's tax step is offered to the expert the
engine proposes, her answer still open. The plans' steps are linked to the demo guides that
explain them. Made once."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from founders.models import HelpRequest
from support.content import PATHS
from support.experts import track_expert_accept, track_expert_ask
from support.models import MilestoneTemplate, RoadmapTemplate, SupportTrack
from support.selectors import track_step_experts_propose
from support.services import (
    milestone_tick,
    support_track_consent,
    support_track_start,
    support_track_start_date_set,
)
from support.sessions import support_session_note


@dataclass(frozen=True)
class DemoTrack:
    email: str
    path: str
    stage: str
    idea: str
    done: int  # the plan's first steps ticked off
    started_days_ago: int | None
    experts: tuple[str, ...] = ()  # the topics of the steps an expert is asked for
    accepted: bool = False  # whether they said yes (and a first meeting was noted)


TRACKS = (
    DemoTrack(
        "gruenderin.koch@example.org",
        "gewerbe",
        "founding",
        "Eine Fahrradwerkstatt mit Verleih an der Elbe, für Gäste und Pendler. Beispiel.",
        2,
        None,
        experts=("steuern",),
    ),
    DemoTrack(
        "gruender.wendt@example.org",
        "uebernahme",
        "founding",
        "Übernahme der Tischlerei seines Meisters in Crivitz, mit zwei Gesellen. Beispiel.",
        6,
        21,
        experts=("steuern", "recht"),
        accepted=True,
    ),
)
MEETING = "Erstes Treffen: was ansteht und wer was vorbereitet. Beispiel."


def demo_roadmap_guides_link() -> int:
    """Each template step that names a guide gets the demo guide of that slug, if it is there
    and the editors have not chosen another; returns how many were linked."""
    german = Page.objects.live().filter(depth__gte=3, locale=Locale.get_default())
    guides = {page.slug: page for page in german}
    linked = 0
    for path in PATHS:
        for step in path.steps:
            if not step.guide or step.guide not in guides:
                continue
            linked += MilestoneTemplate.objects.filter(
                template__key=path.key, key=step.key, guide__isnull=True
            ).update(guide=guides[step.guide])
    return linked


def demo_support_experts_seed(*, coordinator) -> int:
    """The experts of the demo's Begleitungen, asked once (after any simulated history, whose
    matches would otherwise find their places taken): for each topic the engine's best expert
    with a free place for the first open step of it. Returns how many were asked now."""
    asked = 0
    for demo in TRACKS:
        track = SupportTrack.objects.filter(
            founder__user__email=demo.email, status=SupportTrack.Status.ACTIVE
        ).first()
        if track is not None and not track.experts.exists():
            asked += _experts_ask(track=track, demo=demo, coordinator=coordinator)
    return asked


def _experts_ask(*, track: SupportTrack, demo: DemoTrack, coordinator) -> int:
    asked = 0
    for topic in demo.experts:
        step = track.milestones.filter(topic__slug=topic, done_at__isnull=True).first()
        proposals = track_step_experts_propose(milestone=step) if step else []
        if not proposals:
            continue
        best = proposals[0]
        role = track_expert_ask(
            milestone=step,
            mentor=best.mentor,
            by=coordinator,
            score=best.score,
            reasons=best.reasons,
        )
        asked += 1
        if demo.accepted:
            role = track_expert_accept(role=role)
            support_session_note(
                track=track,
                by=best.mentor.user,
                role=role,
                held_on=timezone.localdate(),
                minutes=60,
                discussed=MEETING,
            )
    return asked


def demo_support_tracks_seed(*, coordinator) -> int:
    """The demo's Begleitungen, made once; returns how many there are."""
    demo_roadmap_guides_link()
    for demo in TRACKS:
        if SupportTrack.objects.filter(founder__user__email=demo.email).exists():
            continue
        help_request = HelpRequest.objects.filter(email=demo.email).order_by("pk").first()
        if help_request is None or help_request.founder_id is None:
            continue
        track = support_track_start(
            help_request=help_request,
            lead=coordinator,
            idea=demo.idea,
            stage=demo.stage,
            path=RoadmapTemplate.objects.get(key=demo.path),
        )
        track = support_track_consent(track=track)
        user = track.founder.user
        for step in track.milestones.order_by("order")[: demo.done]:
            milestone_tick(milestone=step, by=user, done=True)
        if demo.started_days_ago is not None:
            started = timezone.localdate() - timedelta(days=demo.started_days_ago)
            support_track_start_date_set(track=track, started_on=started)
    return SupportTrack.objects.filter(founder__user__email__in=[t.email for t in TRACKS]).count()
