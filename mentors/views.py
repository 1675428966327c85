"""Mentor pages: registration, its thank-you page, the mentor's own dashboard and profile."""

from allauth.account.adapter import get_adapter
from allauth.core.context import request_context
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import FormView, TemplateView
from wagtail import hooks

from accounts.dashboard import dashboard_links
from accounts.models import User
from antispam.views import SpamProtectedFormViewMixin
from mentors.forms import (
    MentorCapacityForm,
    MentorPauseForm,
    MentorProfileForm,
    MentorRegistrationForm,
)
from mentors.models import Mentor
from mentors.selectors import DASHBOARD_SECTIONS_HOOK
from mentors.services import (
    MentorStateError,
    mentor_capacity_set,
    mentor_pause,
    mentor_profile_update,
    mentor_register,
)
from mentors.tokens import BadToken, back_token_read


class MentorRegisterView(SpamProtectedFormViewMixin, FormView):
    form_class = MentorRegistrationForm
    template_name = "mentors/register.html"
    success_url = reverse_lazy("mentors:registered")
    antispam_form_key = "mentor_register"

    def form_valid(self, form: MentorRegistrationForm) -> HttpResponse:
        data = form.cleaned_data
        if User.objects.filter(email__iexact=data["email"]).exists():
            # As allauth does: no hint that the address is known; its owner gets a mail instead.
            email, request = data["email"], self.request

            def tell_owner() -> None:
                with request_context(request):
                    get_adapter(request).send_account_already_exists_mail(email)

            transaction.on_commit(tell_owner)
            return redirect(self.get_success_url())
        mentor_register(
            email=data["email"],
            password=data["password1"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            profession=data["profession"],
            organisation=data["organisation"],
            topics=list(data["topics"]),
            bio=data["bio"],
            place=data["place"],
            travel_radius_km=data["travel_radius_km"],
            remote=data["remote"],
            languages=data["languages"],
            capacity=data["capacity"],
            chamber_membership=data["chamber_membership"],
            photo=data["photo"],
            request=self.request,
        )
        return redirect(self.get_success_url())


class MentorRegisteredView(TemplateView):
    template_name = "mentors/registered.html"


def _own_mentor(request: HttpRequest) -> Mentor:
    # Only ever the logged-in user's own profile: there is no id in any dashboard URL.
    mentor = Mentor.objects.filter(user=request.user).select_related("place").first()
    if mentor is None:
        raise Http404
    return mentor


def _dashboard(request: HttpRequest, mentor: Mentor, status: int = 200, **forms) -> HttpResponse:
    context = {
        "mentor": mentor,
        "capacity_form": MentorCapacityForm(initial={"capacity": mentor.capacity}),
        "pause_form": MentorPauseForm(initial={"paused_until": mentor.paused_until}),
        "links": dashboard_links(request),
        # Matching adds her offers and mentorings here; mentors never imports it.
        "sections": [
            section
            for hook in hooks.get_hooks(DASHBOARD_SECTIONS_HOOK)
            if (section := hook(request, mentor))
        ],
        **forms,
    }
    return render(request, "mentors/dashboard.html", context, status=status)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return _dashboard(request, _own_mentor(request))


@login_required
@require_POST
def capacity_set(request: HttpRequest) -> HttpResponse:
    mentor = _own_mentor(request)
    form = MentorCapacityForm(request.POST)
    if not form.is_valid():
        return _dashboard(request, mentor, status=400, capacity_form=form)
    try:
        mentor_capacity_set(mentor=mentor, capacity=form.cleaned_data["capacity"])
    except MentorStateError as error:
        form.add_error("capacity", str(error))
        return _dashboard(request, mentor, status=400, capacity_form=form)
    messages.success(request, _("Ihre Kapazität ist gespeichert."))
    return redirect("mentors:dashboard")


@login_required
@require_POST
def pause_set(request: HttpRequest) -> HttpResponse:
    mentor = _own_mentor(request)
    data = request.POST.copy()
    if "end_pause" in data:
        data["paused_until"] = ""
    form = MentorPauseForm(data)
    if not form.is_valid():
        return _dashboard(request, mentor, status=400, pause_form=form)
    try:
        mentor_pause(mentor=mentor, until=form.cleaned_data["paused_until"], by=request.user)
    except MentorStateError as error:
        form.add_error("paused_until", str(error))
        return _dashboard(request, mentor, status=400, pause_form=form)
    if form.cleaned_data["paused_until"]:
        messages.success(request, _("Ihre Pause ist gespeichert."))
    else:
        messages.success(request, _("Ihre Pause ist beendet."))
    return redirect("mentors:dashboard")


def _profile_changes(form: MentorProfileForm) -> dict:
    data = form.cleaned_data
    changes = {
        field: data[field]
        for field in (
            "organisation",
            "topics",
            "bio",
            "place",
            "travel_radius_km",
            "remote",
            "languages",
            "chamber_membership",
        )
        if field in form.fields
    }
    changes["topics"] = list(changes["topics"])
    if data["photo"] is False:
        changes["photo"] = None  # "remove" ticked
    elif data["photo"] is not None:
        changes["photo"] = data["photo"]  # a new, re-encoded photo
    return changes


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    mentor = _own_mentor(request)
    if request.method != "POST":
        form = MentorProfileForm(mentor=mentor)
        return render(request, "mentors/profile_edit.html", {"mentor": mentor, "form": form})
    form = MentorProfileForm(request.POST, request.FILES, mentor=mentor)
    if form.is_valid():
        try:
            mentor_profile_update(mentor=mentor, **_profile_changes(form))
        except MentorStateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Ihr Profil ist gespeichert."))
            return redirect("mentors:dashboard")
    context = {"mentor": mentor, "form": form}
    return render(request, "mentors/profile_edit.html", context, status=400)


@require_http_methods(["GET", "POST"])
def back(request: HttpRequest, token: str) -> HttpResponse:
    """The "Ich bin wieder da" link: one button ends the pause (a GET changes nothing)."""
    try:
        mentor = get_object_or_404(Mentor, pk=back_token_read(token=token))
    except BadToken:
        return render(request, "mentors/back.html", {"invalid": True}, status=400)
    if mentor.status != Mentor.Status.ACTIVE:
        return render(request, "mentors/back.html", {"invalid": True}, status=410)
    if request.method == "POST":
        mentor_pause(mentor=mentor, until=None, by=mentor.user)
        return render(request, "mentors/back.html", {"done": True})
    return render(request, "mentors/back.html", {"mentor": mentor})
