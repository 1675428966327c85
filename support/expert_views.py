"""An expert's pages of a Begleitung: the offer behind her mail link (the idea and her steps,
no name or contact until she says yes), and, once she is in, her page: only her steps, the
founder's contact, the notes of her own meetings, leaving and handing over to a colleague.
Thin: the rules are in support.experts and support.sessions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mentors.models import Mentor
from support.experts import (
    track_expert_accept,
    track_expert_decline,
    track_expert_hand_over,
    track_expert_leave,
)
from support.forms import HandOverForm, SessionForm
from support.models import SupportTrack, TrackExpert
from support.selectors import (
    sessions_seen_by,
    track_role_of_expert,
    track_step_experts_propose,
)
from support.sessions import support_session_note
from support.tokens import BadToken, expert_token_read


@require_http_methods(["GET", "POST"])
def expert_answer(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows the offer (a mail scanner changes nothing); POST says yes or no."""
    try:
        role_id, user_id = expert_token_read(token=token)
    except BadToken:
        return TemplateResponse(request, "support/link_invalid.html", status=400)
    role = (
        TrackExpert.objects.select_related("track__path", "mentor__user")
        .filter(pk=role_id, mentor__user_id=user_id)
        .first()
    )
    if role is None:
        return TemplateResponse(request, "support/link_invalid.html", status=400)
    running = role.track.status == SupportTrack.Status.ACTIVE
    if role.status != TrackExpert.Status.OFFERED or not running:
        context = {"role": role, "running": running}
        return TemplateResponse(request, "support/expert_answered.html", context, status=410)
    decision = request.POST.get("decision") if request.method == "POST" else None
    try:
        if decision == "yes":
            track_expert_accept(role=role)
            return TemplateResponse(request, "support/expert_joined.html", {"role": role})
        if decision == "no":
            track_expert_decline(role=role)
            return TemplateResponse(request, "support/expert_declined.html")
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("support:expert_answer", token=token)
    steps = role.milestones.select_related("office", "guide").order_by("order", "pk")
    context = {"role": role, "track": role.track, "steps": steps}
    return TemplateResponse(request, "support/expert_offer.html", context)


def _colleagues(role: TrackExpert) -> list[tuple[int, str]]:
    """Whom she may hand over to: the engine's proposals for her first open step."""
    step = role.milestones.filter(done_at__isnull=True).order_by("order", "pk").first()
    if step is None:
        return []
    proposals = track_step_experts_propose(milestone=step)
    return [(p.mentor.pk, p.label) for p in proposals if p.mentor.pk != role.mentor_id]


@login_required
@require_http_methods(["GET", "POST"])
def expert_track(request: HttpRequest, pk: int) -> HttpResponse:
    role = track_role_of_expert(user=request.user, pk=pk)
    if role is None:  # not hers, or she left: nothing of it is shown
        raise Http404
    action = request.POST.get("action") if request.method == "POST" else None
    session_form = SessionForm(request.POST if action == "session" else None)
    colleagues = _colleagues(role) if action == "handover" or request.GET.get("uebergeben") else []
    handover_form = HandOverForm(
        request.POST if action == "handover" else None, colleagues=colleagues
    )
    try:
        if action == "leave":
            track_expert_leave(role=role)
            messages.success(
                request, _("Sie sind nicht mehr in dieser Begleitung. Danke für Ihre Hilfe!")
            )
            return redirect("mentors:dashboard")
        if action == "session" and session_form.is_valid():
            support_session_note(
                track=role.track, by=request.user, role=role, **session_form.cleaned_data
            )
            messages.success(request, _("Das Treffen ist notiert."))
            return redirect("support:expert_track", pk=role.pk)
        if action == "handover" and handover_form.is_valid():
            colleague = Mentor.objects.get(pk=handover_form.cleaned_data["mentor"])
            track_expert_hand_over(role=role, to=colleague, note=handover_form.cleaned_data["note"])
            messages.success(
                request,
                _("Übergeben. Ihre Kollegin oder Ihr Kollege bekommt Ihre Notiz mit der Anfrage."),
            )
            return redirect("mentors:dashboard")
    except ValidationError as error:
        # By field where the service names one, else above the form.
        (handover_form if action == "handover" else session_form).add_error(None, error)
    context = {
        "role": role,
        "track": role.track,
        "founder": role.track.founder.user,
        "steps": role.milestones.select_related("office", "guide", "topic").order_by("order", "pk"),
        "sessions": sessions_seen_by(track=role.track, role=role),
        "session_form": session_form,
        "handover_form": handover_form,
        "offer_handover": bool(colleagues),
    }
    status = 400 if session_form.errors or handover_form.errors else 200
    return TemplateResponse(request, "support/expert_track.html", context, status=status)
