"""Pages of the other apps, made as simply as their models allow, for the home page and search."""

from datetime import timedelta
from itertools import count

from django.utils import timezone

from events.models import EventIndexPage, EventPage
from guides.models import GuideIndexPage, GuidePage
from mentors.models import Mentor
from pages.models import HomePage
from vocabulary.models import Land, Place

_numbers = count(1)


def guide_index_make(home: HomePage) -> GuideIndexPage:
    return home.add_child(instance=GuideIndexPage(title="Leitfäden", slug="leitfaeden"))


def guide_make(
    index: GuideIndexPage, *, title: str, intro: str = "Worum es geht.", text: str = ""
) -> GuidePage:
    body = [("text", f"<p>{text}</p>")] if text else []
    guide = GuidePage(title=title, slug=f"leitfaden-{next(_numbers)}", intro=intro, body=body)
    return index.add_child(instance=guide)


def event_index_make(home: HomePage) -> EventIndexPage:
    return home.add_child(instance=EventIndexPage(title="Veranstaltungen", slug="termine"))


def event_make(index: EventIndexPage, *, title: str, in_days: int = 7) -> EventPage:
    start = timezone.now() + timedelta(days=in_days)
    event = EventPage(
        title=title,
        slug=f"termin-{next(_numbers)}",
        intro="Ein Abend mit Zeit für Ihre Fragen.",
        start=start,
        end=start + timedelta(hours=2),
        venue="Alte Meierei",
    )
    return index.add_child(instance=event)


def mentor_make(*, status: str = Mentor.Status.ACTIVE) -> Mentor:
    from accounts.models import User

    place, _created = Place.objects.get_or_create(
        postcode="23909",
        locality="Ratzeburg",
        defaults={"land": Land.SH, "latitude": 53.6997, "longitude": 10.7726},
    )
    user = User.objects.create_user(email=f"expertin{next(_numbers)}@example.org")
    return Mentor.objects.create(user=user, place=place, status=status)
