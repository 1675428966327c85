"""Coordinator admin for help requests: list, filter, search and inspect them (read-only)."""

from datetime import timedelta

import django_filters
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.permissions import register_permission_policy

from accounts.dashboard import LOGIN_DESTINATION_HOOK
from common.wagtail_admin import (
    ReadableInspectView,
    ReadableModelViewSet,
    ReadOnlyPermissionPolicy,
)
from founders.models import Founder, HelpRequest
from founders.selectors import help_request_timeline
from vocabulary.choices import Language, MeetingFormat
from vocabulary.models import Land, ServiceArea, Topic

register_permission_policy(HelpRequest, ReadOnlyPermissionPolicy(HelpRequest))


def age_label(help_request: HelpRequest) -> str:
    days = (timezone.now() - help_request.created_at).days
    if days == 0:
        return str(_("heute"))
    return ngettext("vor %(days)d Tag", "vor %(days)d Tagen", days) % {"days": days}


AGE_BUCKETS = {
    "new": (_("jünger als 7 Tage"), 0, 7),
    "month": (_("7 bis 30 Tage"), 7, 30),
    "old": (_("älter als 30 Tage"), 30, None),
}
OTHER_LAND = "other"
REGION_LANDS = (Land.SH, Land.MV)


class HelpRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=HelpRequest.Status.choices)
    topics = django_filters.ModelChoiceFilter(
        label=_("Thema"), field_name="topics", queryset=Topic.objects.all()
    )
    district = django_filters.ModelChoiceFilter(
        label=_("Einzugsgebiet"), queryset=ServiceArea.objects.all(), method="filter_district"
    )
    land = django_filters.ChoiceFilter(
        label=_("Land"),
        choices=[*((land.value, land.label) for land in REGION_LANDS), (OTHER_LAND, _("andere"))],
        method="filter_land",
    )
    age = django_filters.ChoiceFilter(
        label=_("Alter"),
        choices=[(key, label) for key, (label, _lo, _hi) in AGE_BUCKETS.items()],
        method="filter_age",
    )

    class Meta:
        model = HelpRequest
        fields = ["status", "topics", "outside_region"]

    def filter_district(self, queryset: QuerySet, name: str, area: ServiceArea) -> QuerySet:
        covered = Q(pk__in=[])
        for entry in area.entries():
            if entry.locality_key:
                covered |= Q(place__postcode=entry.postcode, place__locality_key=entry.locality_key)
            else:
                covered |= Q(place__postcode=entry.postcode)
        return queryset.filter(covered)

    def filter_land(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == OTHER_LAND:
            return queryset.exclude(place__land__in=REGION_LANDS)
        return queryset.filter(place__land=value)

    def filter_age(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        _label, younger_than, older_than = AGE_BUCKETS[value]
        now = timezone.now()
        queryset = queryset.filter(created_at__lte=now - timedelta(days=younger_than))
        if older_than is not None:
            queryset = queryset.filter(created_at__gt=now - timedelta(days=older_than))
        return queryset


class HelpRequestInspectView(ReadableInspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["timeline"] = help_request_timeline(help_request=self.object)
        context["updated_at"] = self.object.updated_at
        # Other apps (matching) add links here; founders never imports them.
        context["links"] = [
            link
            for hook in hooks.get_hooks("help_request_admin_links")
            if (link := hook(self.request, self.object))
        ]
        return context


class HelpRequestViewSet(ReadableModelViewSet):
    model = HelpRequest
    name = "help_request_admin"
    url_prefix = "help-requests"
    icon = "help"
    menu_label = _("Anfragen")
    menu_order = 290
    add_to_admin_menu = True
    add_view_enabled = False  # founders write their requests themselves
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = HelpRequestInspectView
    inspect_template_name = "founders/admin/inspect.html"
    filterset_class = HelpRequestFilterSet
    value_choices = {"formats": MeetingFormat.choices, "languages": Language.choices}
    list_display = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=lambda r: f"{r.first_name} {r.last_name}",
            get_url=lambda r: reverse("help_request_admin:inspect", args=[r.pk]),
        ),
        Column("topics", label=_("Themen"), accessor=lambda r: ", ".join(map(str, r.topics.all()))),
        Column("stage", label=_("Gründungsphase"), accessor="get_stage_display"),
        Column("place", label=_("Ort")),
        Column(
            "outside_region",
            label=_("Region"),
            accessor=lambda r: _("außerhalb") if r.outside_region else "",
        ),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda r: r.status != HelpRequest.Status.UNCONFIRMED,
        ),
        Column("created_at", label=_("Alter"), accessor=age_label),
    ]
    form_fields: list[str] = []  # the permission policy refuses every edit view anyway
    search_fields = ["first_name", "last_name", "email", "description"]
    inspect_view_fields = [
        "status",
        "first_name",
        "last_name",
        "email",
        "founder",
        "topics",
        "description",
        "stage",
        "sector",
        "place",
        "outside_region",
        "formats",
        "languages",
        "available_from",
        "contact_language",
        "consent_version",
        "consented_at",
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[HelpRequest]:
        return HelpRequest.objects.select_related("place").prefetch_related("topics")


help_request_viewset = HelpRequestViewSet()


@hooks.register("register_admin_viewset")
def register_help_request_viewset():
    return help_request_viewset


@hooks.register(LOGIN_DESTINATION_HOOK, order=20)
def founder_page(user) -> str | None:
    """A founder lands on "Meine Anfragen": what happens now, and by when."""
    if Founder.objects.filter(user=user).exists():
        return reverse("founders:dashboard")
    return None
