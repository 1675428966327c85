"""Reads for consultation days: the Innovationsorte a visitor may see."""

from django.db.models import QuerySet

from consultations.models import InnovationSpace
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_q


def innovation_spaces_listed(
    *, kind: str = "", area: ServiceArea | None = None
) -> QuerySet[InnovationSpace]:
    """The listed Innovationsorte, of one kind and in one service area if asked, by town."""
    spaces = InnovationSpace.objects.filter(listed=True).select_related("place", "photo")
    if kind:
        spaces = spaces.filter(kind=kind)
    if area is not None:
        spaces = spaces.filter(service_area_q(area=area, path="place__"))
    return spaces.order_by("place__locality", "name")
