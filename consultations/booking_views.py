"""Public pages of a confirmed Sprechtag: its experts and free slots with the booking form (no
account, spam-protected; on a full day the waiting list), and the founder's signed links to
confirm and to cancel."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from antispam.forms import rate_limited_explain
from antispam.services import Verdict
from consultations.bookings import (
    consultation_booking_cancel,
    consultation_booking_confirm,
    consultation_booking_submit,
    consultation_waitlist_join,
)
from consultations.forms import BookingForm
from consultations.models import ConsultationBooking
from consultations.selectors import consultation_day_experts, consultation_day_public
from consultations.tokens import BadToken, booking_cancel_token_read, booking_confirm_token_read


@require_http_methods(["GET", "POST"])
def day_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A Sprechtag founders can book: who is there, on what, which times are free."""
    day = consultation_day_public(pk=pk)
    if day is None:
        raise Http404
    experts = consultation_day_experts(day=day)
    slots = [
        (slot.pk, f"{timezone.localtime(slot.starts_at):%H:%M}") for e in experts for slot in e.free
    ]
    form = BookingForm(
        request.POST if request.method == "POST" else None,
        slot_choices=slots,
        topics=day.topics.order_by("name"),
    )

    def page(bound_form: BookingForm, status: int = 200) -> HttpResponse:
        context = {"day": day, "experts": experts, "form": bound_form, "free": len(slots)}
        return TemplateResponse(request, "consultations/day.html", context, status=status)

    if request.method == "GET":
        return page(form)
    verdict = form.spam_check(request)
    if verdict is Verdict.RATE_LIMITED:
        return rate_limited_explain(form=form, response=page)
    if verdict.is_spam:  # looks like success, stores and sends nothing
        return redirect("consultations:booking_submitted", day.pk)
    if form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k in BOOKING_FIELDS}
        data["language"] = get_language()
        try:
            if "slot" in data:
                consultation_booking_submit(slot_id=data.pop("slot"), **data)
            else:
                consultation_waitlist_join(day=day, **data)
        except ValidationError as error:
            form.add_error(None, error)  # each message next to the field it names
        else:
            form.spam_accept(request)
            return redirect("consultations:booking_submitted", day.pk)
    return page(form, status=400)


BOOKING_FIELDS = ("slot", "topic", "question", "first_name", "last_name", "email", "phone")


def booking_submitted(request: HttpRequest, pk: int) -> HttpResponse:
    return TemplateResponse(request, "consultations/booking_submitted.html")


def _booking(token: str, read) -> ConsultationBooking | None:
    try:
        booking_id = read(token=token)
    except BadToken:
        return None
    return (
        ConsultationBooking.objects.select_related("day__space__place", "slot", "topic")
        .filter(pk=booking_id)
        .first()
    )


def _over(booking: ConsultationBooking) -> bool:
    """Her conversation has begun (or, on the waiting list, the day has ended)."""
    day = booking.day
    begins = booking.slot.starts_at if booking.slot_id else day.at(day.ends_at)
    return begins <= timezone.now()


def _booking_link(request: HttpRequest, token: str, *, read, act, asks: str, done: str):
    """A founder's signed link about her booking: GET asks (mail scanners follow links), POST
    does `act`; refused when the link is not ours or her conversation is over."""
    booking = _booking(token, read)
    if booking is None:
        return TemplateResponse(request, "consultations/link_invalid.html", status=400)
    context = {"booking": booking, "day": booking.day}
    if _over(booking):
        return TemplateResponse(request, "consultations/booking_past.html", context, status=410)
    if request.method == "GET":
        return TemplateResponse(request, asks, context)
    try:
        context["booking"] = act(booking=booking)
    except ValidationError as error:
        context["problem"] = error.messages[0]
        return TemplateResponse(request, asks, context, status=410)
    return TemplateResponse(request, done, context)


@require_http_methods(["GET", "POST"])
def booking_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The double opt-in: the slot (or the place on the waiting list) becomes hers."""
    return _booking_link(
        request,
        token,
        read=booking_confirm_token_read,
        act=consultation_booking_confirm,
        asks="consultations/booking_confirm.html",
        done="consultations/booking_confirmed.html",
    )


@require_http_methods(["GET", "POST"])
def booking_cancel(request: HttpRequest, token: str) -> HttpResponse:
    """Her cancellation: the slot is free again."""
    return _booking_link(
        request,
        token,
        read=booking_cancel_token_read,
        act=consultation_booking_cancel,
        asks="consultations/booking_cancel.html",
        done="consultations/booking_cancelled.html",
    )
