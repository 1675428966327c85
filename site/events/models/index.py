"""The calendar page: upcoming events at its address, the archive of past ones below it."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from events.models.event import EventPage
from pages.cache import CachedPageMixin, route_to_child

ARCHIVE_PAGE_SIZE = 10


class EventIndexPage(CachedPageMixin, RoutablePageMixin, Page):
    """The calendar: upcoming events at its address, past ones under "archiv/"."""

    intro = RichTextField(_("Einleitung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")
        verbose_name_plural = _("Veranstaltungsübersichten")

    def route(self, request: HttpRequest, path_components: list[str]):
        # An event with its place and whether it is restricted in one query; Wagtail's default
        # takes three (page, specific page, place) and the restriction check two more.
        # "archiv" is this page's own route, never an event.
        if path_components and path_components[0] != "archiv":
            events = EventPage.objects.select_related("place")
            routed = route_to_child(self, events, request, path_components)
            if routed is not None:
                return routed
        return super().route(request, path_components)

    def _listing(self, request: HttpRequest, **context) -> HttpResponse:
        base_url = self.get_url(request) or "/"
        context.setdefault("archive", False)
        return self.render(
            request,
            context_overrides={
                **context,
                "upcoming_url": base_url,
                "archive_url": base_url + self.reverse_subpage("archive"),
            },
        )

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        from events.selectors import event_index_upcoming

        return self._listing(request, events=event_index_upcoming(index=self))

    @path("archiv/", name="archive")
    def archive_route(self, request: HttpRequest) -> HttpResponse:
        return self._archive(request, number=1)

    @path("archiv/seite-<int:number>/", name="archive_page")
    def archive_page_route(self, request: HttpRequest, number: int) -> HttpResponse:
        if number < 2:  # one address per page: the first is "archiv/"
            return HttpResponseRedirect(self._archive_url(request, number=1))
        return self._archive(request, number=number)

    def _archive_url(self, request: HttpRequest, *, number: int) -> str:
        base_url = self.get_url(request) or "/"
        if number == 1:
            return base_url + self.reverse_subpage("archive")
        return base_url + self.reverse_subpage("archive_page", kwargs={"number": number})

    def _archive(self, request: HttpRequest, *, number: int) -> HttpResponse:
        from events.selectors import event_index_archive

        paginator = Paginator(event_index_archive(index=self), ARCHIVE_PAGE_SIZE)
        try:
            page_obj = paginator.page(number)
        except EmptyPage as error:
            raise Http404 from error
        return self._listing(
            request,
            archive=True,
            events=page_obj.object_list,
            page_obj=page_obj,
            previous_url=(
                self._archive_url(request, number=page_obj.previous_page_number())
                if page_obj.has_previous()
                else ""
            ),
            next_url=(
                self._archive_url(request, number=page_obj.next_page_number())
                if page_obj.has_next()
                else ""
            ),
        )
