"""People the access, security and browser tests create: a founder's confirmed open request
whose name, address and a mentor's bio are the secrets no other role may ever see, and a
mentor who can log in."""

from django.utils import timezone

from accounts.roles import Role
from conftest import make_user
from founders.models import Founder, HelpRequest
from mentors.models import Mentor
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Place, Topic

SECRET_EMAIL = "anna.geheim@example.org"
SECRET_NAME = "Hansenbrink"
SECRET_BIO = "Kanzlei Seeblick berät seit zwanzig Jahren Hofläden in Mölln und Umgebung."


def help_request_of(*, user, place: Place, email: str, last_name: str) -> HelpRequest:
    """A confirmed, open request on "recht" by `user` (made a founder if not one yet)."""
    founder, _created = Founder.objects.get_or_create(user=user, defaults={"place": place})
    help_request = HelpRequest.objects.create(
        founder=founder,
        first_name="Anna",
        last_name=last_name,
        email=email,
        description="Ich möchte einen Hofladen eröffnen und brauche Hilfe beim Vertrag.",
        stage="idea",
        place=place,
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
        confirmed_at=timezone.now(),
        status=HelpRequest.Status.OPEN,
    )
    help_request.topics.set(Topic.objects.filter(slug="recht"))
    return help_request


def mentor_of(*, email: str, place: Place, bio: str) -> Mentor:
    user = make_user(email=email, role=Role.MENTOR)
    user.first_name, user.last_name = "Mara", "Gestalt"
    user.save(update_fields=["first_name", "last_name"])
    mentor = Mentor.objects.create(
        user=user,
        profession=Mentor.Profession.DESIGNER,
        organisation="Werbestudio Elbe",
        bio=bio,
        place=place,
        capacity=3,
        status=Mentor.Status.ACTIVE,
    )
    mentor.topics.set(Topic.objects.filter(slug="recht"))
    return mentor
