"""Test data for guides: the index below the home page, guides, places, mentors."""

from datetime import date, timedelta
from itertools import count

from accounts.models import User
from guides.models import GuideIndexPage, GuidePage
from mentors.models import Mentor
from pages.models import HomePage
from vocabulary.models import Land, Place, Topic

_numbers = count(1)

PLACES = {
    # postcode: (locality, land, latitude, longitude, population)
    "23909": ("Ratzeburg", Land.SH, 53.6997, 10.7726, 14_000),
    "19370": ("Parchim", Land.MV, 53.4262, 11.8485, 17_600),
    "21039": ("Hamburg", Land.HH, 53.4891, 10.2203, 1_800_000),
}


def place_make(postcode: str) -> Place:
    locality, land, latitude, longitude, population = PLACES[postcode]
    place, _created = Place.objects.get_or_create(
        postcode=postcode,
        locality=locality,
        defaults={
            "land": land,
            "latitude": latitude,
            "longitude": longitude,
            "population": population,
            "locality_key": locality.lower(),
        },
    )
    return place


def guide_index_make(*, title: str = "Leitfäden", slug: str = "leitfaeden") -> GuideIndexPage:
    home = HomePage.objects.get()
    index = GuideIndexPage(title=title, slug=slug, intro="Wissen für Ihre Gründung.")
    return home.add_child(instance=index)


def guide_make(
    index: GuideIndexPage,
    *,
    title: str = "Gewerbe anmelden",
    intro: str = "So melden Sie Ihr Gewerbe an.",
    topics: list[str] = (),
    stages: list[str] = (),
    body: list | None = None,
    last_reviewed: date | None = None,
    review_due: date = date(2027, 11, 1),
    live: bool = True,
) -> GuidePage:
    guide = GuidePage(
        title=title,
        slug=f"leitfaden-{next(_numbers)}",
        intro=intro,
        stages=list(stages),
        # Raw stream data (as stored): chooser blocks take ids, rich text takes HTML.
        body=[{"type": block_type, "value": value} for block_type, value in body or []],
        last_reviewed=last_reviewed or review_due - timedelta(days=365),
        review_due=review_due,
        live=live,
    )
    guide.topics = list(Topic.objects.filter(slug__in=topics))
    return index.add_child(instance=guide)


def mentor_make(*, topics: list[str], status: str = Mentor.Status.ACTIVE, **extra) -> Mentor:
    user = User.objects.create_user(email=f"expertin{next(_numbers)}@example.org")
    mentor = Mentor.objects.create(
        user=user,
        profession=Mentor.Profession.LAWYER,
        place=place_make("23909"),
        status=status,
        **extra,
    )
    mentor.topics.set(Topic.objects.filter(slug__in=topics))
    return mentor
