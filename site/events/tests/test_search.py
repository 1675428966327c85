"""Site search finds events by their title, teaser, description and venue."""

import pytest

from events.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["Nebenerwerb", "Schritt", "Fragen", "Meierei"])
def test_event_is_found_by_title_intro_description_and_venue(make_event, query):
    event = make_event(slug="abend")
    make_event(
        slug="anderes",
        title="Hoffest",
        intro="Direktvermarktung",
        description="<p>Musik</p>",
        venue="Gutshaus",
    )
    assert list(EventPage.objects.live().search(query)) == [event]
