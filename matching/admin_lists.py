"""The coordinator's list of proposals and matches: whose request, on what, where, and how long
the founder has waited; filtered the way coordinators ask (topic, district, status, waiting
longer than a number of days)."""

from datetime import timedelta

import django_filters
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn

from matching.models import Match, MatchingRun
from matching.wording import reasons_text
from vocabulary.models import ServiceArea, Topic
from vocabulary.selectors import service_area_q


def waiting_days(match: Match, *, now=None) -> int | None:
    """Days since the founder confirmed the request: from then on she waits for us."""
    confirmed_at = match.help_request.confirmed_at
    if confirmed_at is None:
        return None
    return max(((now or timezone.now()) - confirmed_at).days, 0)


def waiting_label(match: Match) -> str:
    days = waiting_days(match)
    if days is None:
        return ""  # the column says "—": the request was never confirmed
    return ngettext("%(days)d Tag", "%(days)d Tage", days) % {"days": days}


def founder_name(match: Match) -> str:
    help_request = match.help_request
    return f"{help_request.first_name} {help_request.last_name}".strip()


class MatchFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Match.Status.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Thema"),
        field_name="help_request__topics",
        queryset=Topic.objects.all(),
        distinct=True,
    )
    district = django_filters.ModelChoiceFilter(
        label=_("Einzugsgebiet"), queryset=ServiceArea.objects.all(), method="filter_district"
    )
    waiting_longer_than = django_filters.NumberFilter(
        label=_("wartet länger als (Tage)"), min_value=0, method="filter_waiting"
    )
    run = django_filters.ModelChoiceFilter(label=_("Lauf"), queryset=MatchingRun.objects.all())

    class Meta:
        model = Match
        fields = ["status", "topic", "district", "waiting_longer_than", "run"]

    def filter_district(self, queryset: QuerySet, name: str, area: ServiceArea) -> QuerySet:
        return queryset.filter(service_area_q(area=area, path="help_request__place__"))

    def filter_waiting(self, queryset: QuerySet, name: str, days) -> QuerySet:
        since = timezone.now() - timedelta(days=int(days))
        return queryset.filter(help_request__confirmed_at__lt=since)


def match_columns() -> list[Column]:
    return [
        TitleColumn(
            "founder",
            label=_("Gründer:in"),
            accessor=founder_name,
            sort_key="help_request__last_name",
            get_url=lambda m: reverse("match_admin:review", args=[m.pk]),
        ),
        Column(
            "topics",
            label=_("Themen"),
            accessor=lambda m: ", ".join(map(str, m.help_request.topics.all())),
        ),
        Column("place", label=_("Ort"), accessor="help_request.place"),
        # Sorted by the confirmation: the oldest first is who has waited longest.
        Column(
            "waiting",
            label=_("Wartezeit"),
            accessor=waiting_label,
            sort_key="help_request__confirmed_at",
        ),
        Column("mentor", label=_("Expert:in")),
        Column("score", label=_("Passung"), accessor=lambda m: f"{round(m.score * 100)} %"),
        Column("reasons", label=_("Gründe"), accessor=lambda m: "; ".join(reasons_text(m.reasons))),
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display"),
        Column("created_at", label=_("angelegt am"), sort_key="created_at"),
    ]
