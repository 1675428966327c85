"""One event: when, where, how to register, and its calendar file."""

from datetime import datetime, time
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from common.calendar import CalendarEvent, event_calendar, plain_text
from events.dates import event_when, local
from events.forms import EventPageForm
from pages.cache import CachedPageMixin


class EventFormat(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    OFFICE_HOURS = "office_hours", _("Sprechstunde")
    POP_UP = "pop_up", _("Pop-up")
    FESTIVAL = "festival", _("Festival")
    ONLINE = "online", _("Online")


class EventPage(CachedPageMixin, RoutablePageMixin, Page):
    """One event: when, where, how to register, and a calendar file to take it home."""

    intro = models.TextField(
        _("Kurzbeschreibung"),
        blank=True,
        help_text=_("Ein, zwei Sätze für die Übersicht und die Startseite."),
    )
    description = RichTextField(_("Beschreibung"), blank=True)
    start = models.DateTimeField(_("Beginn"), help_text=_("Ortszeit (Europe/Berlin)"))
    end = models.DateTimeField(_("Ende"), help_text=_("Ortszeit (Europe/Berlin)"))
    all_day = models.BooleanField(
        _("Ganztägig"), default=False, help_text=_("Nur die Tage zählen, Uhrzeiten entfallen.")
    )
    format = models.CharField(
        _("Format"), max_length=20, choices=EventFormat.choices, default=EventFormat.WORKSHOP
    )
    venue = models.CharField(
        _("Veranstaltungsort"), max_length=200, blank=True, help_text=_("z. B. „Alte Meierei“")
    )
    street_address = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online = models.BooleanField(
        _("Online"), default=False, help_text=_("Die Veranstaltung findet (auch) online statt.")
    )
    registration_url = models.URLField(_("Link zur Anmeldung"), blank=True)
    registration_note = models.CharField(
        _("Hinweis zur Anmeldung"),
        max_length=255,
        blank=True,
        help_text=_("z. B. „Kostenlos, Anmeldung bis 1. Dezember“"),
    )
    topics = ParentalManyToManyField(
        "vocabulary.Topic", verbose_name=_("Themen"), blank=True, related_name="event_pages"
    )
    organiser = models.CharField(_("Veranstalter"), max_length=200, blank=True)
    # Set when the page presents a Sprechtag (events.services): its booking page is the
    # registration link, and the page is not made twice. Not one-to-one: the English tree's
    # alias of the page presents the same day.
    consultation_day = models.ForeignKey(
        "consultations.ConsultationDay",
        verbose_name=_("Sprechtag"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="event_pages",
    )

    base_form_class = EventPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Wann"),
        ),
        FieldPanel("format"),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldPanel("place"),
                FieldPanel("online"),
            ],
            heading=_("Wo"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_note")],
            heading=_("Anmeldung"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("organiser"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.RelatedFields("place", [index.SearchField("locality")]),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self) -> None:
        super().clean()
        if self.start and self.end:
            if self.all_day:
                # The whole days count, in the region's time: from midnight to the day's end.
                zone = timezone.get_default_timezone()
                first, last = local(self.start).date(), max(local(self.end), local(self.start))
                self.start = datetime.combine(first, time.min, tzinfo=zone)
                self.end = datetime.combine(last.date(), time(23, 59, 59), tzinfo=zone)
            elif self.end < self.start:
                raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})
        if not (self.is_online or self.venue or self.place_id):
            raise ValidationError(
                {
                    "venue": _(
                        "Bitte geben Sie einen Ort an oder kennzeichnen Sie den Termin als online."
                    )
                }
            )

    # --- presentation --------------------------------------------------------------------

    @property
    def is_online(self) -> bool:
        return self.online or self.format == EventFormat.ONLINE

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def when(self) -> str:
        return event_when(start=self.start, end=self.end, all_day=self.all_day)

    @property
    def location(self) -> str:
        """Where, on one line: "Alte Meierei, Hauptstraße 1, 23909 Ratzeburg" or "Online"."""
        parts = [self.venue, self.street_address, str(self.place) if self.place else ""]
        where = ", ".join(part for part in parts if part)
        if self.is_online:
            return _("%(where)s und online") % {"where": where} if where else str(_("Online"))
        return where

    # --- calendar file ---------------------------------------------------------------------

    def calendar_event(self, *, url: str) -> CalendarEvent:
        host = urlsplit(settings.SITE_URL).hostname or "landvorteil-mentoring"
        description = "\n\n".join(
            part
            for part in (self.intro, plain_text(self.description), self.registration_note)
            if part
        )
        return CalendarEvent(
            uid=f"event-{self.pk}@{host}",
            summary=self.title,
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            stamp=self.last_published_at or self.latest_revision_created_at or timezone.now(),
            description=description,
            location=self.location,
            url=url,
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = (self.get_url(request) or "/") + self.reverse_subpage("calendar")
        return context

    @path("kalender/", name="calendar")
    def calendar_route(self, request: HttpRequest) -> HttpResponse:
        # Wagtail serves only addresses of letters, digits, "-" and "_" between slashes, so the
        # file is at ".../kalender/"; the download still gets the name "<slug>.ics".
        url = self.get_full_url(request) or ""
        response = HttpResponse(
            event_calendar(self.calendar_event(url=url)),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=f"{self.slug}.ics"
        )
        return response
