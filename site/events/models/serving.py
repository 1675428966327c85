"""What serving an event page needs beyond Wagtail's defaults."""

from django.db.models import QuerySet


class ViewRestrictionsOncePerRequestMixin:
    """Asks the database for the view restrictions of the page being served only once.

    Wagtail's before_serve_page hook and the page cache (CachedPageMixin) both ask; the second
    question reuses the evaluated queryset (its exists() needs no query). Only an instance marked
    by routing remembers the answer, and it lives for one request.
    """

    _serving = False
    _view_restrictions: QuerySet | None = None

    def mark_served(self) -> None:
        self._serving = True

    def get_view_restrictions(self) -> QuerySet:
        if not self._serving:
            return super().get_view_restrictions()
        if self._view_restrictions is None:
            self._view_restrictions = super().get_view_restrictions()
        return self._view_restrictions
