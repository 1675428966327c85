"""Coordinator admin for mentors: list, filter, search, verify or reject pending profiles, and
end (retire) a profile."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn

from accounts.dashboard import LOGIN_DESTINATION_HOOK
from common.wagtail_admin import ReadableModelViewSet
from mentors.forms import MentorRejectForm
from mentors.models import Mentor, ProfessionTitle
from mentors.services import MentorStateError, mentor_reject, mentor_retire, mentor_verify
from vocabulary.choices import Language

VERIFY_PERMISSION = "mentors.verify_mentor"


def review(request: HttpRequest, pk: int) -> HttpResponse:
    """One pending profile with everything a coordinator checks, and the two decisions."""
    if not request.user.has_perm(VERIFY_PERMISSION):
        raise PermissionDenied
    mentor = get_object_or_404(
        Mentor.objects.select_related("user", "place", "verified_by").prefetch_related("topics"),
        pk=pk,
    )
    reject_form = MentorRejectForm()
    if request.method == "POST":
        decision = request.POST.get("decision")
        try:
            if decision == "verify":
                mentor_verify(mentor=mentor, by=request.user)
                messages.success(request, gettext("Profil bestätigt."))
                return redirect("mentor_admin:review", pk=pk)
            if decision == "reject":
                reject_form = MentorRejectForm(request.POST)
                if reject_form.is_valid():
                    mentor_reject(
                        mentor=mentor, by=request.user, reason=reject_form.cleaned_data["reason"]
                    )
                    messages.success(
                        request, gettext("Profil abgelehnt. Wir schreiben der Person.")
                    )
                    return redirect("mentor_admin:review", pk=pk)
            if decision == "retire":
                mentor_retire(mentor=mentor, by=request.user)
                messages.success(
                    request,
                    gettext("Profil beendet. Laufende Vermittlungen sind abgebrochen."),
                )
                return redirect("mentor_admin:review", pk=pk)
        except MentorStateError as error:
            messages.error(request, str(error))
            return redirect("mentor_admin:review", pk=pk)
    return TemplateResponse(
        request,
        "mentors/admin/review.html",
        {
            "mentor": mentor,
            "reject_form": reject_form,
            "index_url": reverse("mentor_admin:index"),
            "page_title": gettext("Expert:in prüfen"),
            # Other apps (matching: feedback) add sections here; mentors never imports them.
            "sections": [
                section
                for hook in hooks.get_hooks("mentor_admin_sections")
                if (section := hook(request, mentor))
            ],
        },
        status=400 if reject_form.is_bound else 200,
    )


class MentorViewSet(ReadableModelViewSet):
    model = Mentor
    name = "mentor_admin"
    url_prefix = "mentors"
    icon = "user"
    menu_label = _("Expert:innen")
    menu_order = 300
    add_to_admin_menu = True
    add_view_enabled = False  # mentors register themselves or are imported
    copy_view_enabled = False
    inspect_view_enabled = True
    value_choices = {"languages": Language.choices}
    list_display = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=lambda mentor: str(mentor.user),
            get_url=lambda mentor: reverse("mentor_admin:review", args=[mentor.pk]),
        ),
        "profession",
        "profession_title",
        "organisation",
        "status",
        Column("place", label=_("Standort")),
        "created_at",
    ]
    list_filter = ["status", "profession", "topics"]
    search_fields = [
        "user__first_name",
        "user__last_name",
        "user__email",
        "organisation",
        "profession_title",
    ]
    # Status and verification change only through the review view's decisions.
    form_fields = [
        "profession",
        "profession_title",
        "organisation",
        "bio",
        "topics",
        "travel_radius_km",
        "remote",
        "capacity",
        "chamber_membership",
    ]
    inspect_view_fields = [
        "user",
        "status",
        "profession",
        "profession_title",
        "chamber_membership",
        "organisation",
        "bio",
        "topics",
        "place",
        "travel_radius_km",
        "remote",
        "languages",
        "capacity",
        "paused_until",
        "consent_version",
        "consented_at",
        "verified_by",
        "verified_at",
        "rejection_reason",
        "created_at",
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Mentor]:
        return Mentor.objects.select_related("user", "place")

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("review/<int:pk>/", review, name="review")]


mentor_viewset = MentorViewSet()


@hooks.register("register_admin_viewset")
def register_mentor_viewset():
    return mentor_viewset


@hooks.register(LOGIN_DESTINATION_HOOK, order=10)
def mentor_page(user) -> str | None:
    """A mentor lands on her own page: offers, the founders she works with, what is due."""
    if Mentor.objects.filter(user=user).exists():
        return reverse("mentors:dashboard")
    return None


class ProfessionTitleViewSet(ReadableModelViewSet):
    """Coordinators teach the import new job titles: "Imkerin" → Sonstiges, "Tischler" → …"""

    model = ProfessionTitle
    name = "profession_titles"
    url_prefix = "berufe"
    icon = "tag"
    menu_label = _("Berufsbezeichnungen")
    menu_order = 310
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["title", "profession"]
    list_filter = ["profession"]
    search_fields = ["title"]
    form_fields = ["title", "profession"]


profession_title_viewset = ProfessionTitleViewSet()


@hooks.register("register_admin_viewset")
def register_profession_title_viewset():
    return profession_title_viewset
