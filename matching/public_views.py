"""The matches of the logged-in person: a mentor's offers (anonymised until accepted) and the
founders they help; a founder's matched mentors. Every lookup starts from the user's own rows."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from matching.checkins import CheckInAnswered, checkin_answer
from matching.feedback import FeedbackGiven, feedback_submit
from matching.forms import AcceptForm, CheckInForm, DeclineForm, EndForm, FeedbackForm
from matching.lifecycle import (
    MatchStateError,
    match_accept,
    match_activate,
    match_cancel,
    match_complete,
    match_decline,
)
from matching.models import CheckIn, Match
from matching.selectors import matches_of_founder, matches_of_mentor, offer_summary
from matching.tokens import (
    BadToken,
    checkin_token_read,
    feedback_token_read,
    offer_token_read,
)
from matching.wording import offer_end_explained, reasons_text
from vocabulary.choices import EndReason


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    return _mine(request)


def _mine(request: HttpRequest, *, accept_forms: dict | None = None, status: int = 200):
    offers, engaged = matches_of_mentor(user=request.user)
    accept_forms = accept_forms or {}
    return render(
        request,
        "matching/mine.html",
        {
            "offers": [
                (
                    offer,
                    offer_summary(match=offer),
                    reasons_text(offer.reasons),
                    accept_forms.get(offer.pk) or AcceptForm(prefix=f"offer-{offer.pk}"),
                )
                for offer in offers
            ],
            "engaged": engaged,
            "founder_matches": matches_of_founder(user=request.user),
        },
        status=status,
    )


def _own_offer(request: HttpRequest, pk: int):
    offers, _engaged = matches_of_mentor(user=request.user)
    return get_object_or_404(offers, pk=pk)


@login_required
@require_POST
def offer_accept(request: HttpRequest, pk: int) -> HttpResponse:
    offer = _own_offer(request, pk)
    form = AcceptForm(request.POST, prefix=f"offer-{offer.pk}")
    if not form.is_valid():
        return _mine(request, accept_forms={offer.pk: form}, status=400)
    try:
        _accept(offer=offer, form=form)
    except MatchStateError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(
            request,
            _("Danke für Ihre Zusage! Sie bekommen gleich eine E-Mail mit den Kontaktdaten."),
        )
    return redirect("matching:mine")


def _accept(*, offer: Match, form: AcceptForm) -> Match:
    return match_accept(
        match=offer,
        by=offer.mentor.user,
        first_meeting_at=form.cleaned_data["first_meeting_at"],
        first_meeting_where=form.cleaned_data["meeting_where"],
    )


@login_required
@require_http_methods(["GET", "POST"])
def offer_decline(request: HttpRequest, pk: int) -> HttpResponse:
    offer = _own_offer(request, pk)
    form = DeclineForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            match_decline(
                match=offer,
                by=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except MatchStateError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, _("Schade, aber danke für die Rückmeldung."))
        return redirect("matching:mine")
    return render(
        request,
        "matching/decline.html",
        {"offer": offer, "summary": offer_summary(match=offer), "form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
def offer_answer(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the offer mail: accept or decline without logging in."""
    try:
        match_id, user_id = offer_token_read(token=token)
    except BadToken:
        return render(request, "matching/answer_invalid.html", status=400)
    offer = Match.objects.filter(pk=match_id, mentor__user_id=user_id).first()
    if offer is None:
        return render(request, "matching/answer_invalid.html", status=400)
    if offer.status != Match.Status.OFFERED:  # answered, expired or withdrawn since the mail
        context = {"ended": offer_end_explained(match=offer)}
        return render(request, "matching/answer_invalid.html", context, status=410)
    decision = request.POST.get("decision")
    form = DeclineForm(request.POST if decision == "decline" else None)
    accept_form = AcceptForm(request.POST if decision == "accept" else None)
    if (decision == "accept" and accept_form.is_valid()) or (
        decision == "decline" and form.is_valid()
    ):
        try:
            if decision == "accept":
                _accept(offer=offer, form=accept_form)
            else:
                match_decline(
                    match=offer,
                    by=offer.mentor.user,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                )
        except MatchStateError as error:
            messages.error(request, str(error.message))
            return redirect("matching:answer", token=token)
        return render(request, "matching/answered.html", {"accepted": decision == "accept"})
    return render(
        request,
        "matching/answer.html",
        {
            "offer": offer,
            "summary": offer_summary(match=offer),
            "reasons": reasons_text(offer.reasons),
            "form": form,
            "accept_form": accept_form,
        },
        status=400 if form.is_bound or accept_form.is_bound else 200,
    )


@login_required
@require_POST
def match_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Either side says they have met, or that the mentoring is finished."""
    _offers, engaged = matches_of_mentor(user=request.user)
    own = (
        engaged.filter(pk=pk).first() or matches_of_founder(user=request.user).filter(pk=pk).first()
    )
    if own is None:
        raise Http404
    step = request.POST.get("step")
    try:
        if step == "met":
            match_activate(match=own, by=request.user)
            messages.success(request, _("Schön, dass Sie sich getroffen haben!"))
        elif step == "completed":
            match_complete(match=own, by=request.user)
            messages.success(request, _("Die Begleitung ist abgeschlossen. Vielen Dank!"))
    except MatchStateError as error:
        messages.error(request, str(error.message))
    return redirect("matching:mine")


@login_required
@require_http_methods(["GET", "POST"])
def match_end(request: HttpRequest, pk: int) -> HttpResponse:
    """Either side ends a mentoring early; the other side is told, without any reason given."""
    _offers, engaged = matches_of_mentor(user=request.user)
    match = engaged.filter(pk=pk).first()
    reason = EndReason.MENTOR_ENDED
    if match is None:
        match = get_object_or_404(matches_of_founder(user=request.user), pk=pk)
        reason = EndReason.FOUNDER_ENDED
    form = EndForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            match_cancel(
                match=match, by=request.user, reason=reason, note=form.cleaned_data["note"]
            )
        except MatchStateError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(
                request, _("Die Begleitung ist beendet. Danke, dass Sie Bescheid sagen.")
            )
        return redirect("matching:mine")
    return render(
        request,
        "matching/end.html",
        {"match": match, "form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest, token: str) -> HttpResponse:
    """The short form from the feedback mail; no login, one answer per side."""
    try:
        match_id, side = feedback_token_read(token=token)
    except BadToken:
        return render(request, "matching/answer_invalid.html", status=400)
    match = get_object_or_404(
        Match.objects.select_related("help_request__founder__user", "mentor__user"), pk=match_id
    )
    if match.feedback.filter(side=side).exists():
        return render(request, "matching/feedback_thanks.html", {"again": True})
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            feedback_submit(match=match, side=side, **form.cleaned_data)
        except FeedbackGiven:
            return render(request, "matching/feedback_thanks.html", {"again": True})
        return render(request, "matching/feedback_thanks.html")
    return render(
        request,
        "matching/feedback.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
def checkin(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the "Läuft es?" mail: one short answer, no login."""
    try:
        checkin_id = checkin_token_read(token=token)
    except BadToken:
        return render(request, "matching/answer_invalid.html", status=400)
    question = get_object_or_404(CheckIn, pk=checkin_id)
    if question.answered_at is not None:
        return render(request, "matching/checkin_thanks.html", {"again": True})
    form = CheckInForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            answered = checkin_answer(checkin=question, **form.cleaned_data)
        except CheckInAnswered:
            return render(request, "matching/checkin_thanks.html", {"again": True})
        return render(request, "matching/checkin_thanks.html", {"checkin": answered})
    return render(
        request, "matching/checkin.html", {"form": form}, status=400 if form.is_bound else 200
    )
