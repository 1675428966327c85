"""The two-question feedback after a Sprechtag, by the signed links of the day-after mails:
a founder on her conversation, an expert on her afternoon. No login; answering again replaces
the answers."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from consultations.after_day import consultation_feedback_give
from consultations.forms import FeedbackForm
from consultations.models import ConsultationBooking, ConsultationFeedback, ConsultationInvitation
from consultations.tokens import BadToken, expert_feedback_token_read, feedback_token_read

Role = ConsultationFeedback.Role
# How long after the day its two questions may still be answered: memories fade.
FEEDBACK_OPEN = timedelta(days=30)


def _feedback_page(request: HttpRequest, *, role: str, day, subject: dict) -> HttpResponse:
    """The form (with the answers given before), and the thanks once it is sent."""
    if timezone.localdate() > day.date + FEEDBACK_OPEN:
        context = {"day": day}
        return TemplateResponse(request, "consultations/feedback_closed.html", context, status=410)
    given = ConsultationFeedback.objects.filter(**subject).first()
    initial = {"helpful": given.helpful, "again": given.again} if given else {}
    form = FeedbackForm(request.POST or None, role=role, initial=initial)
    if form.is_valid():
        try:
            consultation_feedback_give(**subject, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            context = {"day": day, "role": role}
            return TemplateResponse(request, "consultations/feedback_thanks.html", context)
    context = {"form": form, "day": day, "role": role, "given": given is not None}
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, "consultations/feedback.html", context, status=status)


def _invalid(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "consultations/link_invalid.html", status=400)


@require_http_methods(["GET", "POST"])
def founder_feedback(request: HttpRequest, token: str) -> HttpResponse:
    try:
        booking_id = feedback_token_read(token=token)
    except BadToken:
        return _invalid(request)
    booking = ConsultationBooking.objects.select_related("day").filter(pk=booking_id).first()
    if booking is None:
        return _invalid(request)
    return _feedback_page(request, role=Role.FOUNDER, day=booking.day, subject={"booking": booking})


@require_http_methods(["GET", "POST"])
def expert_feedback(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation_id = expert_feedback_token_read(token=token)
    except BadToken:
        return _invalid(request)
    invitation = (
        ConsultationInvitation.objects.select_related("day").filter(pk=invitation_id).first()
    )
    if invitation is None:
        return _invalid(request)
    subject = {"invitation": invitation}
    return _feedback_page(request, role=Role.EXPERT, day=invitation.day, subject=subject)
