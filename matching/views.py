"""Coordinator views in the Wagtail admin: start a global run and watch it, and see the best
mentors for one request with their reasons. Thin: every rule lives in services and selectors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.cache import never_cache

from founders.models import HelpRequest
from matching.forms import CoordinatorEndForm, ThresholdForm
from matching.lifecycle import (
    MatchStateError,
    match_approve,
    match_cancel,
    match_reassign,
    match_reject,
    matches_approve_above,
)
from matching.models import Match, MatchingRun
from matching.models.matches import LIVE
from matching.selectors import suggestions_compute
from matching.services import MatchingRunBusy, matching_run_start
from matching.stalled import match_rematch, matches_stalled
from matching.wording import reasons_text
from mentors.models import Mentor
from vocabulary.choices import EndReason

RUN_PERMISSION = "matching.run_matching"
VIEW_RUN_PERMISSION = "matching.view_matchingrun"
SUGGESTIONS_PERMISSIONS = ("founders.view_helprequest", "mentors.view_mentor")


def _require(request: HttpRequest, *permissions: str) -> None:
    if not all(request.user.has_perm(p) for p in permissions):
        raise PermissionDenied


def run_start(request: HttpRequest) -> HttpResponse:
    """GET explains what a run does; POST starts one in the background."""
    _require(request, RUN_PERMISSION)
    if request.method == "POST":
        try:
            run = matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=request.user)
        except MatchingRunBusy as error:
            messages.error(request, str(error.message))
            return redirect("matching_run_admin:index")
        return redirect("matching_run_admin:progress", pk=run.pk)
    return TemplateResponse(
        request,
        "matching/admin/run_start.html",
        {
            "page_title": gettext("Vermittlung starten"),
            "index_url": reverse("matching_run_admin:index"),
        },
    )


def _message(run: MatchingRun) -> str:
    if run.status == MatchingRun.Status.FINISHED:
        return gettext(
            "Fertig: %(served)d von %(requests)d offenen Anfragen haben einen Vorschlag."
        ) % {"served": run.served_count, "requests": run.requests_count}
    if run.status == MatchingRun.Status.FAILED:
        return gettext("Der Lauf ist fehlgeschlagen; es wurde nichts gespeichert.")
    return str(run.get_stage_display())


def _state(run: MatchingRun) -> str:
    if run.is_active:
        return "running"
    return "done" if run.status == MatchingRun.Status.FINISHED else "failed"


@never_cache
def run_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """How far a run has got, refreshed by js/progress.js (or a meta refresh)."""
    _require(request, VIEW_RUN_PERMISSION)
    run = get_object_or_404(MatchingRun, pk=pk)
    return TemplateResponse(
        request,
        "matching/admin/run_progress.html",
        {
            "page_title": _message(run) if not run.is_active else gettext("Vermittlung läuft"),
            "run": run,
            "running": run.is_active,
            "message": _message(run),
            "proposals_url": reverse("match_admin:index") + f"?run={run.pk}",
        },
    )


@never_cache
def run_progress_json(request: HttpRequest, pk: int) -> JsonResponse:
    _require(request, VIEW_RUN_PERMISSION)
    run = get_object_or_404(MatchingRun, pk=pk)
    return JsonResponse(
        {"done": run.progress, "total": 100, "state": _state(run), "message": _message(run)}
    )


def request_suggestions(request: HttpRequest, pk: int) -> HttpResponse:
    """The best mentors for one request right now, each with score and reasons."""
    _require(request, *SUGGESTIONS_PERMISSIONS)
    help_request = get_object_or_404(HelpRequest, pk=pk)
    found = suggestions_compute(help_request=help_request)
    mentors = Mentor.objects.select_related("user", "place").in_bulk(s.mentor_id for s in found)
    rows = [
        {
            "mentor": mentors[s.mentor_id],
            "score": s.score,
            "percent": round(s.score * 100),
            "reasons": reasons_text([r.as_dict() for r in s.reasons]),
        }
        for s in found
    ]
    return TemplateResponse(
        request,
        "matching/admin/suggestions.html",
        {
            "page_title": gettext("Passende Expert:innen"),
            "help_request": help_request,
            "rows": rows,
            "request_url": reverse("help_request_admin:inspect", args=[help_request.pk]),
        },
    )


REVIEW_PERMISSION = "matching.review_match"


def _alternatives(match: Match) -> list[dict]:
    found = suggestions_compute(help_request=match.help_request)
    found = [s for s in found if s.mentor_id != match.mentor_id][:3]
    mentors = Mentor.objects.select_related("user", "place").in_bulk(s.mentor_id for s in found)
    return [
        {
            "mentor": mentors[s.mentor_id],
            "percent": round(s.score * 100),
            "score": s.score,
            "reasons": [r.as_dict() for r in s.reasons],
            "reasons_text": reasons_text([r.as_dict() for r in s.reasons]),
        }
        for s in found
    ]


def match_review(request: HttpRequest, pk: int) -> HttpResponse:
    """One proposal with its reasons and the next best mentors; approve, reject or reassign."""
    _require(request, REVIEW_PERMISSION, *SUGGESTIONS_PERMISSIONS)
    match = get_object_or_404(
        Match.objects.select_related("help_request__place", "mentor__user", "mentor__place"),
        pk=pk,
    )
    alternatives = _alternatives(match) if match.status == Match.Status.PROPOSED else []
    if request.method == "POST":
        decision, note = request.POST.get("decision"), request.POST.get("note", "").strip()
        try:
            if decision == "approve":
                match_approve(match=match, by=request.user, note=note)
                messages.success(request, gettext("Vorschlag freigegeben."))
            elif decision == "reject":
                match_reject(match=match, by=request.user, note=note)
                messages.success(request, gettext("Vorschlag verworfen."))
            elif decision == "cancel":
                form = CoordinatorEndForm(request.POST)
                if not form.is_valid():
                    messages.error(request, gettext("Bitte geben Sie einen Grund an."))
                    return redirect("match_admin:review", pk=pk)
                match_cancel(
                    match=match,
                    by=request.user,
                    reason=EndReason.COORDINATOR,
                    note=form.cleaned_data["note"],
                )
                messages.success(request, gettext("Vermittlung abgebrochen."))
            elif decision == "reassign":
                chosen = next(
                    (a for a in alternatives if str(a["mentor"].pk) == request.POST.get("mentor")),
                    None,
                )
                if chosen is None:  # only the computed alternatives meet every hard constraint
                    messages.error(request, gettext("Bitte wählen Sie eine der Alternativen."))
                    return redirect("match_admin:review", pk=pk)
                new = match_reassign(
                    match=match,
                    mentor=chosen["mentor"],
                    score=chosen["score"],
                    reasons=chosen["reasons"],
                    by=request.user,
                    note=note,
                )
                messages.success(request, gettext("Neuer Vorschlag angelegt."))
                return redirect("match_admin:review", pk=new.pk)
        except MatchStateError as error:
            messages.error(request, str(error.message))
        return redirect("match_admin:review", pk=pk)
    return TemplateResponse(
        request,
        "matching/admin/review.html",
        {
            "page_title": gettext("Vorschlag prüfen"),
            "match": match,
            "reasons": reasons_text(match.reasons),
            "alternatives": alternatives,
            "transitions": match.transitions.select_related("by"),
            "cancellable": match.status in LIVE and match.status != Match.Status.PROPOSED,
            "end_form": CoordinatorEndForm(),
            "feedback": match.feedback.order_by("side"),
            "checkins": match.checkins.filter(answered_at__isnull=False),
            "index_url": reverse("match_admin:index"),
            "request_url": reverse("help_request_admin:inspect", args=[match.help_request_id]),
        },
    )


def matches_approve_above_view(request: HttpRequest) -> HttpResponse:
    """Approve every open proposal at or above a score threshold, in one go."""
    _require(request, REVIEW_PERMISSION)
    form = ThresholdForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        count = matches_approve_above(threshold=form.cleaned_data["percent"] / 100, by=request.user)
        messages.success(
            request,
            ngettext("%(count)d Vorschlag freigegeben.", "%(count)d Vorschläge freigegeben.", count)
            % {"count": count},
        )
        return redirect("match_admin:index")
    return TemplateResponse(
        request,
        "matching/admin/approve_above.html",
        {
            "page_title": gettext("Vorschläge ab einer Passung freigeben"),
            "form": form,
            "index_url": reverse("match_admin:index"),
        },
        status=400 if form.is_bound else 200,
    )


STALLED_WHY = {
    "never_met": gettext_lazy("seit der Vorstellung kein Treffen gemeldet"),
    "founder_says_not_met": gettext_lazy("Gründer:in: „nicht getroffen“"),
    "checkin_stuck": gettext_lazy("„Läuft es?“: „Es hakt“"),
}


def stalled(request: HttpRequest) -> HttpResponse:
    """Mentorings that stalled, oldest first, each with one button to find another expert."""
    _require(request, REVIEW_PERMISSION)
    if request.method == "POST":
        chosen = request.POST.get("match", "")
        match = get_object_or_404(Match, pk=int(chosen) if chosen.isdigit() else 0)
        try:
            match_rematch(match=match, by=request.user)
        except MatchStateError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, gettext("Beendet; die Anfrage wird neu vermittelt."))
        return redirect("matching_stalled")
    rows = [
        {
            "item": item,
            "why": STALLED_WHY[item.why],
            "days": (timezone.now() - item.introduced_at).days,
            "review_url": reverse("match_admin:review", args=[item.match.pk]),
        }
        for item in matches_stalled()
    ]
    return TemplateResponse(
        request,
        "matching/admin/stalled.html",
        {"page_title": gettext("Stockende Begleitungen"), "rows": rows},
    )
