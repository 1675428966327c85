"""Writes for events: the event page that presents a confirmed Sprechtag in the listing and in
calendars, made when consultations says its line-up is confirmed, and taken offline when it
says the day is called off."""

import logging
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Locale

from consultations.models import ConsultationDay
from events.models import EventFormat, EventIndexPage, EventPage

logger = logging.getLogger(__name__)


def _local(day: ConsultationDay, at) -> datetime:
    return timezone.make_aware(datetime.combine(day.date, at))


@transaction.atomic
def event_page_for_consultation_day(*, day_id: int) -> EventPage | None:
    """Publish the day as an event (once) under the German events index; None without one."""
    # Only the day's row is locked (PostgreSQL locks no row of an outer join's nullable side).
    day = (
        ConsultationDay.objects.select_for_update(of=("self",))
        .select_related("space__place")
        .get(pk=day_id)
    )
    existing = EventPage.objects.filter(consultation_day=day, alias_of__isnull=True).first()
    if existing is not None:
        return existing
    index = EventIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    if index is None:
        logger.warning("Sprechtag %s: no events index to list it in", day.pk)
        return None
    topics = list(day.topics.all())
    with override(settings.LANGUAGE_CODE):
        intro = _("Kurze Gespräche mit Expert:innen aus der Region zu: %(topics)s.") % {
            "topics": ", ".join(str(t) for t in topics)
        }
        note = _("Kostenlos; Gespräche von %(minutes)d Minuten, online zu buchen.") % {
            "minutes": day.slot_minutes
        }
    space = day.space
    page = EventPage(
        title=day.title,
        slug=slugify(f"{day.title}-{day.date:%Y-%m-%d}")[:80],
        intro=intro,
        description=f"<p>{day.note}</p>" if day.note else "",
        start=_local(day, day.starts_at),
        end=_local(day, day.ends_at),
        format=EventFormat.OFFICE_HOURS,
        venue=space.name if space else "",
        street_address=space.street if space else "",
        place=space.place if space else None,
        online=day.online,
        registration_url=settings.SITE_URL.rstrip("/")
        + reverse("consultations:day", args=[day.pk]),
        registration_note=note,
        organiser="Landvorteil Mentoring",
        consultation_day=day,
    )
    page.topics = topics
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def consultation_day_confirmed_receiver(sender, *, day_id: int, **kwargs) -> None:
    event_page_for_consultation_day(day_id=day_id)


@transaction.atomic
def event_page_for_consultation_day_withdraw(*, day_id: int) -> int:
    """Take the called-off day's event page offline (its aliases with it); returns how many
    pages were live."""
    pages = EventPage.objects.live().filter(consultation_day_id=day_id, alias_of__isnull=True)
    withdrawn = 0
    for page in pages:
        page.unpublish()
        withdrawn += 1
    return withdrawn


def consultation_day_cancelled_receiver(sender, *, day_id: int, **kwargs) -> None:
    event_page_for_consultation_day_withdraw(day_id=day_id)
