"""The founder's pages of a Begleitung: her yes by the signed link of the mail, and her
Gründungsfahrplan (tick off, add her own step, the day her business starts, note a meeting,
leave; print it or take the due dates into her calendar). Thin: the rules are in the services."""

from datetime import datetime, time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from common.calendar import CalendarEvent, events_calendar
from support.forms import MilestoneAddForm, SessionForm, StartDateForm
from support.models import SupportTrack, TrackExpert
from support.selectors import roadmap_of, sessions_seen_by, support_track_of_founder, track_roles
from support.services import (
    milestone_add,
    milestone_tick,
    support_track_consent,
    support_track_leave,
    support_track_start_date_set,
)
from support.sessions import support_session_note
from support.tokens import BadToken, consent_token_read
from vocabulary.consent import SUPPORT_CONSENT

Status = SupportTrack.Status


@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the Begleitung is (a mail scanner changes nothing); POST says yes or no."""
    try:
        track_id = consent_token_read(token=token)
    except BadToken:
        return TemplateResponse(request, "support/link_invalid.html", status=400)
    track = SupportTrack.objects.select_related("lead", "path").filter(pk=track_id).first()
    if track is None:
        return TemplateResponse(request, "support/link_invalid.html", status=400)
    if track.status not in (Status.PROPOSED, Status.ACTIVE):
        return TemplateResponse(request, "support/consent_closed.html", status=410)
    decision = request.POST.get("decision") if request.method == "POST" else None
    if decision == "yes":
        support_track_consent(track=track)
        return TemplateResponse(request, "support/consent_given.html", {"track": track})
    if decision == "no":  # only her explicit no ends it; any other post shows the page again
        support_track_leave(track=track)
        return TemplateResponse(request, "support/consent_declined.html")
    context = {
        "track": track,
        "roadmap": roadmap_of(track=track),
        "consent_text": SUPPORT_CONSENT.text,
    }
    return TemplateResponse(request, "support/consent.html", context)


def _act(request: HttpRequest, track: SupportTrack) -> HttpResponse | None:
    """The POSTs of the plan page; None when a form has errors to show."""
    action = request.POST.get("action")
    try:
        if action == "tick":
            milestone = track.milestones.filter(pk=request.POST.get("milestone") or 0).first()
            if milestone is None:  # not a step of her plan
                raise Http404
            milestone_tick(milestone=milestone, by=request.user, done="done" in request.POST)
        elif action == "leave":
            support_track_leave(track=track)
            messages.success(request, _("Ihre Begleitung ist beendet. Alles Gute!"))
            return redirect("founders:dashboard")
        else:
            return None
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("support:roadmap")


@login_required
@require_http_methods(["GET", "POST"])
def roadmap(request: HttpRequest) -> HttpResponse:
    track = support_track_of_founder(user=request.user)
    if track is None or track.status != Status.ACTIVE:
        return TemplateResponse(request, "support/no_track.html", {"track": track}, status=404)
    action = request.POST.get("action")
    add_form = MilestoneAddForm(request.POST if action == "add" else None)
    roles = [r for r in track_roles(track=track) if r.status == TrackExpert.Status.ACCEPTED]
    session_form = SessionForm(request.POST if action == "session" else None, roles=roles)
    start_form = StartDateForm(
        request.POST if action == "start" else None,
        initial={"started_on": track.started_on},
    )
    if request.method == "POST":
        if (done := _act(request, track)) is not None:
            return done
        try:
            if add_form.is_valid():
                milestone_add(track=track, **add_form.cleaned_data)
                return redirect("support:roadmap")
            if start_form.is_valid():
                support_track_start_date_set(track=track, **start_form.cleaned_data)
                return redirect("support:roadmap")
            if session_form.is_valid():
                support_session_note(track=track, by=request.user, **session_form.cleaned_data)
                messages.success(request, _("Das Treffen ist notiert."))
                return redirect("support:roadmap")
        except ValidationError as error:
            (session_form if action == "session" else add_form).add_error(None, error)
    context = {
        "roadmap": roadmap_of(track=track),
        "add_form": add_form,
        "start_form": start_form,
        "session_form": session_form,
        "sessions": sessions_seen_by(track=track, role=None),
    }
    forms = (add_form, start_form, session_form)
    status = 400 if any(form.errors for form in forms) else 200
    return TemplateResponse(request, "support/roadmap.html", context, status=status)


@login_required
def roadmap_ics(request: HttpRequest) -> HttpResponse:
    """The plan's open due dates as all-day events, for her calendar."""
    track = support_track_of_founder(user=request.user)
    if track is None or track.status != Status.ACTIVE:
        raise Http404
    stamp = timezone.now()
    events = [
        CalendarEvent(
            uid=f"milestone-{step.pk}@landvorteil-mentoring",
            summary=_("Frist: %(step)s") % {"step": step.title},
            start=timezone.make_aware(datetime.combine(step.due_on, time())),
            end=timezone.make_aware(datetime.combine(step.due_on, time())),
            stamp=stamp,
            all_day=True,
            description=step.description,
            location=step.office.name if step.office else "",
        )
        for step in roadmap_of(track=track).steps
        if step.due_on is not None and step.done_at is None
    ]
    response = HttpResponse(events_calendar(events), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="gruendungsfahrplan.ics"'
    return response
