"""Reads for founders: their own requests (never anyone else's), timelines, guide suggestions."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from accounts.models import User
from founders.models import HelpRequest

SUGGESTED_GUIDES = 3
# Filled by the site's guide app (guides/wagtail_hooks.py).
SUGGEST_GUIDES_HOOK = "founders_suggest_guides"  # fn(*, topic_slugs, words, limit) -> [Page]
GUIDE_PAGE_TYPES_HOOK = "founders_guide_page_types"  # fn() -> [Page subclass]


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


# How long finding an expert usually takes; what a founder is told to expect.
USUAL_SEARCH = timedelta(days=7)


def help_request_next_step(*, help_request: HelpRequest, now: datetime | None = None) -> str:
    """One sentence on what happens now with the request, and by when."""
    status = HelpRequest.Status
    if help_request.status == status.OPEN:
        expected = (help_request.confirmed_at or help_request.created_at) + USUAL_SEARCH
        if expected < (now or timezone.now()):
            return _(
                "Wir suchen noch eine passende Expert:in. Es dauert diesmal länger als sonst; "
                "unsere Koordination kümmert sich persönlich darum."
            )
        return _(
            "Wir suchen eine passende Expert:in; meist dauert das unter einer Woche. "
            "Sie hören bis etwa %(day)s von uns."
        ) % {"day": date_format(timezone.localtime(expected), "l, j. F")}
    if help_request.status == status.MATCHED:
        return _(
            "Ihre Expert:in meldet sich bei Ihnen. Name und E-Mail-Adresse stehen unter "
            "„Meine Vermittlungen“ – Sie dürfen auch selbst zuerst schreiben."
        )
    if help_request.status == status.CLOSED:
        return _(
            "Diese Begleitung ist abgeschlossen. Brauchen Sie wieder Hilfe? Stellen Sie gern "
            "eine neue Anfrage."
        )
    if help_request.status == status.WITHDRAWN:
        return _("Sie haben diese Anfrage zurückgezogen.")
    return _("Bitte bestätigen Sie Ihre Anfrage über den Link in unserer E-Mail.")


def guides_suggested(*, topic_slugs: list[str], words: str, limit: int = SUGGESTED_GUIDES):
    """Up to `limit` live public guides for a founder's topics and words, best first.

    The site's guide app finds them and answers through a Wagtail hook: founders sits below the
    page apps and imports none of them (one-way dependencies). No guide app, no suggestion."""
    found = [
        guide
        for suggest in hooks.get_hooks(SUGGEST_GUIDES_HOOK)
        for guide in suggest(topic_slugs=topic_slugs, words=words, limit=limit)
    ]
    return found[:limit]


HELP_REQUEST_PREFILL_HOOK = "help_request_prefill"


def help_request_prefill(*, params) -> dict:
    """What a request form opened from another service starts with (a Sprechtag's booking: its
    topic, question and the founder's name and address), read by the apps that know it through
    a Wagtail hook from the signed reference in `params`; {} when none knows it."""
    initial: dict = {}
    for prefill in hooks.get_hooks(HELP_REQUEST_PREFILL_HOOK):
        initial |= prefill(params=params)
    return initial


def guides_live() -> QuerySet[Page]:
    """The live public guide pages, of the page types the guide app names through a hook."""
    types = [
        model for page_types in hooks.get_hooks(GUIDE_PAGE_TYPES_HOOK) for model in page_types()
    ]
    return Page.objects.live().public().type(*types)
