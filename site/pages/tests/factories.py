"""Pages of the other apps, made as simply as their models allow, for the home page and search."""

from datetime import timedelta
from itertools import count

from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from events.models import EventIndexPage, EventPage
from guides.models import GuideIndexPage, GuidePage
from mentors.models import Mentor
from pages.models import HomePage
from vocabulary.models import Land, Place

_numbers = count(1)


def english_tree_sync() -> None:
    """What the site does for editors: every German page gets its English version (an alias
    until translated), as wagtail-localize's synchronisation of the English locale makes it."""
    synchronize_tree(Locale.get_default(), Locale.objects.get(language_code="en"))


def translation_make(page, **fields):
    """The page's English translation with ``fields``, published (its parent translated first)."""
    english = Locale.objects.get(language_code="en")
    translation = page.specific.copy_for_translation(english)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


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
