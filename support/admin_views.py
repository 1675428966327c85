"""The coordinator's pages of one Begleitung in the admin: its plan (tick a step, add one,
note a meeting, end it with its outcome) and, for one step, the experts the engine proposes
(ranked, with reasons) or one already in the Begleitung, to ask. Thin: the rules are in the
services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from matching.wording import reasons_text
from mentors.models import Mentor
from support.experts import track_expert_ask
from support.forms import MilestoneAddForm, SessionForm, TrackEndForm
from support.models import Milestone, SupportTrack, TrackExpert
from support.selectors import roadmap_of, sessions_seen_by, track_roles, track_step_experts_propose
from support.services import milestone_add, milestone_tick, support_track_end
from support.sessions import support_session_note

PERMISSION = "support.change_supporttrack"


def _track(request: HttpRequest, pk: int) -> SupportTrack:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    queryset = SupportTrack.objects.select_related("founder__user", "path", "lead")
    return get_object_or_404(queryset, pk=pk)


def _post(request: HttpRequest, track: SupportTrack, forms: dict) -> bool:
    """Carry out the posted action; False when its form has errors to show."""
    action = request.POST.get("action")
    if action == "tick":
        step = get_object_or_404(track.milestones, pk=request.POST.get("milestone") or 0)
        milestone_tick(milestone=step, by=request.user, done="done" in request.POST)
        return True
    form = forms.get(action)
    if form is None or not form.is_valid():
        return False
    if action == "add":
        milestone_add(track=track, **form.cleaned_data)
    elif action == "session":
        support_session_note(track=track, by=request.user, **form.cleaned_data)
    else:
        support_track_end(track=track, **form.cleaned_data)
        messages.success(request, gettext("Die Begleitung ist abgeschlossen."))
    return True


def track_plan(request: HttpRequest, pk: int) -> HttpResponse:
    track = _track(request, pk)
    action = request.POST.get("action")
    roles = list(track_roles(track=track))
    accepted = [r for r in roles if r.status == TrackExpert.Status.ACCEPTED]
    forms = {
        "add": MilestoneAddForm(request.POST if action == "add" else None),
        "session": SessionForm(request.POST if action == "session" else None, roles=accepted),
        "end": TrackEndForm(request.POST if action == "end" else None),
    }
    if request.method == "POST":
        try:
            if _post(request, track, forms):
                return redirect("support_track_admin:plan", track.pk)
        except ValidationError as error:
            forms.get(action, forms["add"]).add_error(None, error)
    context = {
        "page_title": gettext("Gründungsfahrplan"),
        "track": track,
        "roadmap": roadmap_of(track=track),
        "roles": roles,
        "sessions": sessions_seen_by(track=track, role=None),
        "running": track.status == SupportTrack.Status.ACTIVE,
        **{f"{name}_form": form for name, form in forms.items()},
    }
    status = 400 if any(form.errors for form in forms.values()) else 200
    return TemplateResponse(request, "support/admin/plan.html", context, status=status)


def step_experts(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    """GET: who could help with this step; POST: ask one (by mail, unless she is in already)."""
    track = _track(request, pk)
    step = get_object_or_404(Milestone.objects.select_related("topic"), pk=step_pk, track=track)
    proposals = track_step_experts_propose(milestone=step)
    members = list(track_roles(track=track))
    if request.method == "POST":
        chosen = int(request.POST.get("mentor") or 0)
        proposal = next((p for p in proposals if p.mentor.pk == chosen), None)
        member = next((r for r in members if r.mentor_id == chosen), None)
        if proposal is None and member is None:
            messages.error(request, gettext("Diese Expert:in passt nicht (mehr) zu dem Schritt."))
        else:
            try:
                track_expert_ask(
                    milestone=step,
                    mentor=proposal.mentor if proposal else Mentor.objects.get(pk=chosen),
                    by=request.user,
                    score=proposal.score if proposal else None,
                    reasons=proposal.reasons if proposal else None,
                )
                messages.success(request, gettext("Angefragt."))
                return redirect("support_track_admin:plan", track.pk)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
    rows = [
        {"proposal": p, "percent": round(p.score * 100), "reasons": reasons_text(p.reasons)}
        for p in proposals
    ]
    context = {
        "page_title": gettext("Expert:in für einen Schritt"),
        "track": track,
        "step": step,
        "rows": rows,
        "members": members,
    }
    return TemplateResponse(request, "support/admin/step_experts.html", context)
