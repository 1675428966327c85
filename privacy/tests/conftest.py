"""A founder and a mentor created through the real journeys, each with unmistakable data."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from founders.services import help_request_confirm, help_request_submit
from mentors.models import Mentor
from mentors.services import mentor_register, mentor_verify
from vocabulary.models import Place, Topic

FOUNDER_EMAIL = "wiebke.quastenberg@example.org"
FOUNDER_LAST_NAME = "Quastenberg"
FOUNDER_PHRASE = "Ziegenkaeserei mit Hofcafe am Schaalsee-Ufer"
MENTOR_EMAIL = "hinrich.dudenkamp@example.org"
MENTOR_LAST_NAME = "Dudenkamp"
MENTOR_PHRASE = "Kanzlei Dudenkamp und Partner"


@pytest.fixture
def place(ratzeburg) -> Place:
    return ratzeburg


@pytest.fixture
def topic(db) -> Topic:
    return Topic.objects.get_or_create(slug="recht", defaults={"name": "Recht"})[0]


@pytest.fixture
def founder_help_request(place, topic, django_capture_on_commit_callbacks):
    """A confirmed request: the confirmation mail and its task ran, as in production."""
    with django_capture_on_commit_callbacks(execute=True):
        help_request = help_request_submit(
            first_name="Wiebke",
            last_name=FOUNDER_LAST_NAME,
            email=FOUNDER_EMAIL,
            topics=[topic],
            description=f"Ich plane eine {FOUNDER_PHRASE} und brauche Hilfe beim Pachtvertrag.",
            stage="idea",
            sector="Landwirtschaft Quastenberg",
            place=place,
            formats=["video"],
            languages=["de"],
        )
    return help_request_confirm(help_request=help_request)


def _jpeg() -> ContentFile:
    out = BytesIO()
    Image.new("RGB", (40, 40), (40, 120, 60)).save(out, format="JPEG")
    return ContentFile(out.getvalue(), name="photo.jpg")


@pytest.fixture
def mentor(place, topic, coordinator_user, rf, django_capture_on_commit_callbacks) -> Mentor:
    with django_capture_on_commit_callbacks(execute=True):
        mentor = mentor_register(
            email=MENTOR_EMAIL,
            password="Kornfeld-am-Elbdeich-7",
            first_name="Hinrich",
            last_name=MENTOR_LAST_NAME,
            profession=Mentor.Profession.LAWYER,
            organisation=MENTOR_PHRASE,
            topics=[topic],
            bio=f"Ich berate seit 20 Jahren Gründer:innen. {MENTOR_PHRASE}.",
            place=place,
            travel_radius_km=40,
            remote=True,
            languages=["de"],
            capacity=2,
            chamber_membership="Rechtsanwaltskammer SH, Dudenkamp 4711",
            photo=_jpeg(),
            request=rf.get("/"),
        )
    with django_capture_on_commit_callbacks(execute=True):
        return mentor_verify(mentor=mentor, by=coordinator_user)
