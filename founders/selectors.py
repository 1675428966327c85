"""Reads for founders: their own requests (never anyone else's), timelines, guide suggestions."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from founders.models import HelpRequest

SUGGESTED_GUIDES = 3


def help_requests_of_user(*, user: User) -> QuerySet[HelpRequest]:
    """Every object lookup on the dashboard starts here, so no one reaches another's request."""
    if not user.is_authenticated:
        return HelpRequest.objects.none()
    return (
        HelpRequest.objects.filter(founder__user=user)
        .exclude(status=HelpRequest.Status.UNCONFIRMED)
        .select_related("place")
        .prefetch_related("topics")
    )


@dataclass(frozen=True)
class TimelineStep:
    label: str
    done: bool
    at: datetime | None = None


def help_request_timeline(*, help_request: HelpRequest) -> list[TimelineStep]:
    """eingegangen → bestätigt → vermittelt → abgeschlossen, or ending in "zurückgezogen"."""
    status = HelpRequest.Status
    steps = [
        TimelineStep(_("eingegangen"), True, help_request.created_at),
        TimelineStep(
            _("bestätigt"), help_request.confirmed_at is not None, help_request.confirmed_at
        ),
    ]
    if help_request.status == status.WITHDRAWN:
        return [*steps, TimelineStep(_("zurückgezogen"), True, help_request.withdrawn_at)]
    return [
        *steps,
        TimelineStep(_("vermittelt"), help_request.status in (status.MATCHED, status.CLOSED)),
        TimelineStep(_("abgeschlossen"), help_request.status == status.CLOSED),
    ]


def guides_suggested(*, topic_slugs: list[str], words: str, limit: int = SUGGESTED_GUIDES):
    """Up to `limit` live public guides: found by the words (topic matches first), else by topic."""
    from guides.models import GuidePage  # the site's page app; imported late (one-way deps)

    if not topic_slugs and not words.strip():
        return []  # nothing to go by; Wagtail's .public() would ask the database even so
    guides = GuidePage.objects.live().public()
    by_topic = list(
        guides.filter(topics__slug__in=topic_slugs)
        .distinct()
        .order_by("-last_published_at", "pk")[:50]
        if topic_slugs
        else []
    )
    words = " ".join(words.split())[:200]
    if not words:
        return by_topic[:limit]
    found = list(guides.search(words, operator="or")[:20])
    topical = {guide.pk for guide in by_topic}
    found.sort(key=lambda guide: guide.pk not in topical)  # stable: keeps the search ranking
    seen = {guide.pk for guide in found}
    return [*found, *(guide for guide in by_topic if guide.pk not in seen)][:limit]
