from datetime import timedelta
from io import BytesIO

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from accounts.models import User
from conftest import PASSWORD, antispam_answers
from mentors.models import Mentor
from mentors.tests.conftest import jpeg_bytes
from vocabulary.models import Topic

pytestmark = [pytest.mark.django_db, pytest.mark.urls("mentors.tests.urls")]

REGISTER = "/expertin-werden/"
DASHBOARD = "/expertin-werden/profil/"


def registration(client, **changes) -> dict:
    html = client.get(REGISTER).content.decode()
    data = {
        "first_name": "Mara",
        "last_name": "Gestalt",
        "email": "mara@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "profession": "designer",
        "organisation": "Studio Elbblick",
        "topics": [Topic.objects.get(slug="marketing").pk],
        "bio": (
            "Ich gestalte seit zwanzig Jahren Marken für kleine Betriebe im Kreis und helfe gern."
        ),
        "place": "23909",
        "travel_radius_km": "40",
        "remote": "on",
        "languages": ["de", "en"],
        "capacity": "2",
        "consent": "on",
        **antispam_answers(html),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_registration_creates_a_pending_profile_and_mails_address_and_coordinators(
    client, human, ratzeburg, coordinator_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REGISTER, registration(client))

    assert response.status_code == 302 and response["Location"].endswith("/danke/")
    mentor = Mentor.objects.get(user__email="mara@example.org")
    assert mentor.status == Mentor.Status.PENDING
    assert mentor.place == ratzeburg and mentor.languages == ["de", "en"]
    assert not EmailAddress.objects.get(email="mara@example.org").verified
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["koordination@example.org", "mara@example.org"]
    coordinator_mail = next(m for m in mail.outbox if m.to == [coordinator_user.email])
    assert "mara@example.org" not in coordinator_mail.body and "Mara" not in coordinator_mail.body
    assert "_auth_user_id" not in client.session  # not logged in before verification
    assert "E-Mail-Adresse" in client.get(response["Location"]).content.decode()


def test_lawyer_without_chamber_membership_gets_an_error_next_to_the_field(
    client, human, ratzeburg
):
    response = client.post(REGISTER, registration(client, profession="lawyer"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kammer und Mitgliedsnummer an" in html
    assert 'value="Studio Elbblick"' in html  # typed input kept
    assert PASSWORD not in html  # passwords are not sent back
    assert not User.objects.filter(email="mara@example.org").exists()


def test_a_text_file_named_jpg_is_refused_as_photo(client, human, ratzeburg):
    fake = SimpleUploadedFile("foto.jpg", b"not an image at all", content_type="image/jpeg")

    response = client.post(REGISTER, registration(client, photo=fake))

    assert "nicht als Foto lesen" in response.content.decode()
    assert not Mentor.objects.exists()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_photo_is_reencoded_small_and_without_exif(client, human, ratzeburg, fmt):
    exif = Image.Exif()
    exif[0x010F] = "Geheimkamera"  # Make
    exif[0x8825] = {2: (53.0, 42.0, 0.0)}  # GPS
    upload = SimpleUploadedFile(f"foto.{fmt.lower()}", jpeg_bytes(exif=exif.tobytes(), fmt=fmt))

    client.post(REGISTER, registration(client, photo=upload))

    mentor = Mentor.objects.get()
    with mentor.photo.open("rb") as stored:
        data = stored.read()
    image = Image.open(BytesIO(data))
    assert image.format == "JPEG"
    assert max(image.size) == 800
    assert not image.getexif() and b"Geheimkamera" not in data


def test_spam_is_answered_like_success_but_nothing_is_kept_or_sent(
    client, human, ratzeburg, coordinator_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REGISTER, registration(client, homepage_url="http://spam"))

    assert response.status_code == 302 and response["Location"].endswith("/danke/")
    assert not User.objects.filter(email="mara@example.org").exists()
    assert mail.outbox == []


def test_password_mismatch_creates_no_account(client, human, ratzeburg):
    response = client.post(REGISTER, registration(client, password2="Anderes-Passwort-99"))

    assert "stimmen nicht überein" in response.content.decode()
    assert not User.objects.filter(email="mara@example.org").exists()


def test_a_known_address_gets_no_hint_and_no_second_account(
    client, human, ratzeburg, founder_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REGISTER, registration(client, email=founder_user.email))

    assert response.status_code == 302
    assert not Mentor.objects.exists()
    assert [m.to for m in mail.outbox] == [[founder_user.email]]


def test_a_mentor_sets_capacity_and_pauses_on_their_dashboard(client, make_mentor):
    mentor = make_mentor(status=Mentor.Status.ACTIVE)
    client.force_login(mentor.user)
    until = timezone.localdate() + timedelta(days=14)

    assert "aktiv" in client.get(DASHBOARD).content.decode()
    client.post(f"{DASHBOARD}kapazitaet/", {"capacity": "5"})
    client.post(f"{DASHBOARD}pause/", {"paused_until": until.isoformat()})

    mentor.refresh_from_db()
    assert (mentor.capacity, mentor.paused_until) == (5, until)
    client.post(f"{DASHBOARD}pause/", {"end_pause": "1"})
    mentor.refresh_from_db()
    assert mentor.paused_until is None


@pytest.mark.parametrize("capacity", ["0", "11", "viele"])
def test_dashboard_refuses_capacity_outside_one_to_ten(client, make_mentor, capacity):
    mentor = make_mentor(capacity=3)
    client.force_login(mentor.user)

    response = client.post(f"{DASHBOARD}kapazitaet/", {"capacity": capacity})

    assert response.status_code == 400
    mentor.refresh_from_db()
    assert mentor.capacity == 3


def test_the_dashboard_only_ever_shows_the_own_profile(client, make_mentor, founder_user):
    other = make_mentor(capacity=3)
    client.force_login(founder_user)

    assert client.get(DASHBOARD).status_code == 404
    assert client.post(f"{DASHBOARD}kapazitaet/", {"capacity": "9"}).status_code == 404
    other.refresh_from_db()
    assert other.capacity == 3


def test_the_dashboard_needs_a_login(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_bio_shorter_than_80_characters_is_refused(client, human, ratzeburg):
    response = client.post(REGISTER, registration(client, bio="Kurz."))

    assert "bio" in response.context["form"].errors
    assert not User.objects.filter(email="mara@example.org").exists()


def test_the_registration_page_is_there_in_english_too(client, ratzeburg):
    response = client.get(f"/en{REGISTER}")
    assert response.status_code == 200
    assert "place-autocomplete.js" in response.content.decode()


def test_a_photo_over_5_mb_is_refused(client, human, ratzeburg):
    big = SimpleUploadedFile("foto.jpg", b"\xff" * (5 * 1024 * 1024 + 1), content_type="image/jpeg")

    response = client.post(REGISTER, registration(client, photo=big))

    assert "größer als 5 MB" in response.content.decode()
    assert not Mentor.objects.exists()
