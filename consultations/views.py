"""Public pages of consultation days: the directory of Innovationsorte, and an expert's answer
to an invitation and her schedule of the day (by the signed links of the mails, no login)."""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from consultations.bookings import consultation_attendance_record
from consultations.forms import InvitationAcceptForm
from consultations.maps import spaces_map
from consultations.models import ConsultationDay, ConsultationInvitation, InnovationSpace
from consultations.selectors import consultation_schedule, innovation_spaces_with_days
from consultations.services import (
    consultation_invitation_accept,
    consultation_invitation_decline,
)
from consultations.tokens import BadToken, invitation_token_read, schedule_token_read
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_coordinates


class SpaceFilterForm(forms.Form):
    art = forms.ChoiceField(
        label=_("Art des Ortes"),
        choices=[("", _("alle Arten")), *InnovationSpace.Kind.choices],
        required=False,
    )
    gebiet = forms.ModelChoiceField(
        label=_("Landkreis"),
        queryset=ServiceArea.objects.order_by("name"),
        required=False,
        empty_label=_("alle Landkreise"),
    )


def innovation_spaces(request: HttpRequest) -> HttpResponse:
    """Every Innovationsort shown, filtered by kind and district when asked."""
    form = SpaceFilterForm(request.GET or None)
    kind, area = "", None
    if form.is_valid():
        kind, area = form.cleaned_data["art"], form.cleaned_data["gebiet"]
    description = _(
        "Coworking-Spaces, Dorfbüros, Werkstätten und Bürgerhäuser in Herzogtum Lauenburg und "
        "Ludwigslust-Parchim, in denen Sie arbeiten, sich treffen und beraten lassen können."
    )
    spaces = innovation_spaces_with_days(kind=kind, area=area)
    context = {
        "form": form,
        "spaces": spaces,
        "map": spaces_map(spaces=spaces, areas=service_area_coordinates()),
        "filtered": bool(kind or area),
        "meta_description": description,
    }
    return TemplateResponse(request, "consultations/spaces.html", context)


def _invitation(token: str) -> ConsultationInvitation | None:
    try:
        invitation_id = invitation_token_read(token=token)
    except BadToken:
        return None
    return (
        ConsultationInvitation.objects.select_related("day__space__place", "mentor__user")
        .filter(pk=invitation_id)
        .first()
    )


@require_http_methods(["GET", "POST"])
def invitation_answer(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the invitation mail: yes with the hours the expert can stay, or no."""
    invitation = _invitation(token)
    if invitation is None:
        return TemplateResponse(request, "consultations/link_invalid.html", status=400)
    day = invitation.day
    still_open = day.status == ConsultationDay.Status.PLANNED and day.date > timezone.localdate()
    if not still_open or invitation.status == ConsultationInvitation.Status.WITHDRAWN:
        context = {"invitation": invitation, "day": day}
        return TemplateResponse(request, "consultations/answer_closed.html", context, status=410)
    decision = request.POST.get("decision")
    initial = {
        "available_from": invitation.available_from or day.starts_at,
        "available_until": invitation.available_until or day.ends_at,
        "shown_publicly": invitation.shown_publicly,
    }
    form = InvitationAcceptForm(request.POST if decision == "accept" else None, initial=initial)
    if decision == "decline" or (decision == "accept" and form.is_valid()):
        try:
            if decision == "decline":
                invitation = consultation_invitation_decline(invitation=invitation)
            else:
                invitation = consultation_invitation_accept(
                    invitation=invitation, **form.cleaned_data
                )
        except ValidationError as error:
            form = InvitationAcceptForm(request.POST, initial=initial)
            form.is_valid()
            form.add_error(None, error)  # each message next to the field it names
        else:
            context = {"accepted": decision == "accept", "invitation": invitation}
            return TemplateResponse(request, "consultations/answered.html", context)
    context = {
        "invitation": invitation,
        "day": day,
        "topics": ", ".join(str(t) for t in day.topics.all()),
        "form": form,
    }
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, "consultations/answer.html", context, status=status)


# How long after the day the expert's link still shows who came (to mark it): then it ends.
SCHEDULE_KEPT = timedelta(days=7)


@require_http_methods(["GET", "POST"])
def schedule(request: HttpRequest, token: str) -> HttpResponse:
    """The expert's schedule of the day, from the day before on: time, name, topic, question;
    from the day itself on, she marks who came (POST)."""
    try:
        invitation_id = schedule_token_read(token=token)
    except BadToken:
        return TemplateResponse(request, "consultations/link_invalid.html", status=400)
    invitation = (
        ConsultationInvitation.objects.select_related("day__space__place", "mentor__user")
        .filter(pk=invitation_id, status=ConsultationInvitation.Status.ACCEPTED)
        .first()
    )
    if invitation is None:
        return TemplateResponse(request, "consultations/link_invalid.html", status=400)
    if timezone.localdate() > invitation.day.date + SCHEDULE_KEPT:
        context = {"day": invitation.day}
        return TemplateResponse(request, "consultations/schedule_over.html", context, status=410)
    bookings = consultation_schedule(invitation=invitation)
    markable = bookings is not None and timezone.localdate() >= invitation.day.date
    if request.method == "POST" and markable:
        answers = {b.pk: request.POST.get(f"came-{b.pk}") for b in bookings}
        came = {pk: answer == "yes" for pk, answer in answers.items() if answer in ("yes", "no")}
        marked = consultation_attendance_record(invitation_id=invitation.pk, came=came)
        messages.success(
            request,
            ngettext("%(count)d Gespräch eingetragen.", "%(count)d Gespräche eingetragen.", marked)
            % {"count": marked},
        )
        return redirect(request.path)
    context = {
        "invitation": invitation,
        "day": invitation.day,
        "bookings": bookings,
        "markable": markable,
    }
    return TemplateResponse(request, "consultations/schedule.html", context)
