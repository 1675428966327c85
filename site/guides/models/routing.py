"""Fewer queries per public request: a guide is routed in one query, and its view restrictions
are known from that same query instead of being looked up twice (Wagtail's check and the page
cache each ask) with two queries each."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from wagtail.models import Page, PageViewRestriction


def _ancestor_paths(page: Page, *, inclusive: bool = True) -> list[str]:
    end = len(page.path) + (page.steplen if inclusive else 0)
    return [page.path[:length] for length in range(page.steplen, end, page.steplen)]


def _restrictions_on(paths: list[str]) -> Q:
    # As Page.get_view_restrictions: an alias is governed by its source page's restrictions.
    pages = Page.objects.filter(path__in=paths)
    return Q(page_id__in=pages.filter(alias_of__isnull=True).values("pk")) | Q(
        page_id__in=pages.filter(alias_of__isnull=False).values("alias_of_id")
    )


class PrimedViewRestrictionsMixin:
    """Answers get_view_restrictions() from what routing found, for the request being served."""

    _primed_view_restrictions: QuerySet | None = None

    def get_view_restrictions(self) -> QuerySet:
        if self._primed_view_restrictions is not None:
            return self._primed_view_restrictions
        return super().get_view_restrictions()

    def view_restrictions_prime(self) -> None:
        """One query for this page and its ancestors, kept for the rest of this request."""
        restrictions = PageViewRestriction.objects.filter(_restrictions_on(_ancestor_paths(self)))
        len(restrictions)  # evaluate now: iterating and .exists() then use the result
        self._primed_view_restrictions = restrictions


def children_with_restriction_flag(parent: Page, model: type[Page]) -> QuerySet:
    """Children of one type, each annotated with whether a view restriction applies to it."""
    above = _restrictions_on(_ancestor_paths(parent))
    own = Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id"))
    return model.objects.child_of(parent).annotate(
        view_restricted=Exists(PageViewRestriction.objects.filter(above | own))
    )


def prime_unrestricted(page: PrimedViewRestrictionsMixin) -> None:
    """For a page routing found unrestricted: no restriction lookups at all while serving."""
    page._primed_view_restrictions = PageViewRestriction.objects.none()
