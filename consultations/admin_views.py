"""The coordinator's planning of one Sprechtag in the admin: the experts the engine proposes
(ranked, with reasons) to invite, the answers so far, the confirmation of the line-up, who has
booked, and calling the day off."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from consultations.endings import consultation_day_cancel
from consultations.forms import DayCancelForm, InviteForm
from consultations.models import ConsultationDay
from consultations.selectors import (
    consultation_day_bookings,
    consultation_day_invitations,
    consultation_experts_propose,
)
from consultations.services import consultation_day_confirm, consultation_experts_invite
from matching.wording import reasons_text

PLANNING_PERMISSION = "consultations.change_consultationday"


def day_planning(request: HttpRequest, pk: int) -> HttpResponse:
    """GET shows proposals and answers; POST invites the chosen experts or confirms the day."""
    if not request.user.has_perm(PLANNING_PERMISSION):
        raise PermissionDenied
    day = get_object_or_404(ConsultationDay.objects.select_related("space__place"), pk=pk)
    planned = day.status == ConsultationDay.Status.PLANNED
    proposals = consultation_experts_propose(day=day) if planned else []
    choices = [(p.mentor.pk, p.label) for p in proposals]
    form = InviteForm(request.POST if "invite" in request.POST else None, choices=choices)
    cancel_form = DayCancelForm(request.POST if "cancel" in request.POST else None)
    if request.method == "POST":
        try:
            if cancel_form.is_valid():
                consultation_day_cancel(
                    day=day, by=request.user, reason=cancel_form.cleaned_data["reason"]
                )
                messages.success(
                    request, gettext("Der Sprechtag ist abgesagt; alle Beteiligten wissen es.")
                )
                return redirect("consultation_day_admin:planning", day.pk)
            if "confirm" in request.POST:
                consultation_day_confirm(day=day)
                messages.success(
                    request, gettext("Die Besetzung steht; die Expert:innen wissen es.")
                )
                return redirect("consultation_day_admin:planning", day.pk)
            if form.is_valid():
                invited = consultation_experts_invite(
                    day=day, mentor_ids=form.cleaned_data["mentors"]
                )
                messages.success(
                    request,
                    ngettext(
                        "%(count)d Expert:in eingeladen.",
                        "%(count)d Expert:innen eingeladen.",
                        len(invited),
                    )
                    % {"count": len(invited)},
                )
                return redirect("consultation_day_admin:planning", day.pk)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
    rows = [
        {
            "proposal": p,
            "percent": round(p.score * 100),
            "reasons": reasons_text(p.reasons),
        }
        for p in proposals
    ]
    invitations = list(consultation_day_invitations(day=day))
    context = {
        "page_title": gettext("Sprechtag planen"),
        "day": day,
        "planned": planned,
        "rows": rows,
        "form": form,
        "invitations": invitations,
        "accepted": sum(i.status == "accepted" for i in invitations),
        "bookings": consultation_day_bookings(day=day),
        "cancel_form": cancel_form,
        "cancellable": day.status != ConsultationDay.Status.CANCELLED
        and day.date >= timezone.localdate(),
    }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return TemplateResponse(request, "consultations/admin/planning.html", context, status=status)
