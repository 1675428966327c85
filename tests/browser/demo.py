"""Data for browser journeys: the demo region `./dev serve` shows (guides, events, mentors), and
a person filling a spam-protected form as a person would."""

from accounts.models import User
from demo.data import COORDINATOR, FOUNDERS, MENTORS
from demo.services import demo_seed
from demo.spaces import SPACES
from demo.support_tracks import demo_support_experts_seed
from vocabulary.models import Land, Place, ServiceArea

RATZEBURG = ("23909", "Ratzeburg", 53.6997, 10.7726)


def demo_region_seed() -> None:
    """The demo region, with the places its people live and its Innovationsorte lie in (the
    gazetteer is not loaded), and the experts of its Begleitungen, as `seed_demo` makes it."""
    postcode, locality, latitude, longitude = RATZEBURG
    Place.objects.get_or_create(
        postcode=postcode,
        locality=locality,
        defaults={"land": Land.SH, "latitude": latitude, "longitude": longitude},
    )
    for index, person in enumerate((*MENTORS, *FOUNDERS, *SPACES)):
        Place.objects.get_or_create(
            postcode=person.postcode,
            locality=person.locality,
            defaults={
                "land": Land.SH if person.postcode.startswith("2") else Land.MV,
                "latitude": 53.4 + index / 100,
                "longitude": 10.5 + index / 10,
            },
        )
    postcodes = sorted({person.postcode for person in (*MENTORS, *FOUNDERS)})
    ServiceArea.objects.create(name="Demo-Region", postcodes="\n".join(postcodes))
    demo_seed()
    demo_support_experts_seed(coordinator=User.objects.get(email=COORDINATOR.email))


def spam_question_answer(page) -> None:
    """Solve the sum of a spam-protected form on the page (the honeypot stays empty)."""
    from conftest import antispam_answers

    answer = antispam_answers(page.content())["antispam_answer"]
    page.locator("input[name=antispam_answer]").fill(answer)


def log_in(page, *, email: str, password: str, next_path: str = "/") -> None:
    page.goto(f"{page.base_url}/accounts/login/?next={next_path}")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(password)
    page.get_by_label("Passwort").press("Enter")
