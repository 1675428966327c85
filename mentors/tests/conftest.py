"""Factories for mentor tests: a place, a registration payload, mentors in each status."""

from io import BytesIO

import pytest
from PIL import Image

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from mentors.models import Mentor
from vocabulary.models import Topic


def jpeg_bytes(*, size=(1600, 1200), exif: bytes | None = None, fmt: str = "JPEG") -> bytes:
    out = BytesIO()
    image = Image.new("RGB", size, (40, 120, 60))
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(out, format=fmt, **kwargs)
    return out.getvalue()


@pytest.fixture
def make_mentor(db, ratzeburg):
    count = iter(range(1, 1000))

    def make(*, status: str = Mentor.Status.PENDING, **fields) -> Mentor:
        user = User.objects.create_user(
            email=f"expertin{next(count)}@example.org",
            password="x",
            first_name="Erika",
            last_name="Muster",
        )
        user_assign_role(user=user, role=Role.MENTOR)
        mentor = Mentor.objects.create(
            user=user,
            profession=Mentor.Profession.DESIGNER,
            bio="b" * 100,
            place=ratzeburg,
            status=status,
            **fields,
        )
        mentor.topics.set(Topic.objects.filter(slug="marketing")[:1])
        return mentor

    return make
