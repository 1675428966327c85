"""The mentor edits their own profile at /expertin-werden/profil/bearbeiten/."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from mentors.models import Mentor
from mentors.services import MentorStateError, mentor_profile_update
from mentors.tests.conftest import jpeg_bytes
from vocabulary.models import Place, Topic

pytestmark = [pytest.mark.django_db, pytest.mark.urls("mentors.tests.urls")]

EDIT = "/expertin-werden/profil/bearbeiten/"
BIO = "Ich berate seit Jahren kleine Betriebe auf dem Land zu Marke, Auftritt und Werbung gern."


@pytest.fixture
def moelln(db) -> Place:
    return Place.objects.create(
        postcode="23879",
        locality="Mölln",
        land="SH",
        latitude=53.6278,
        longitude=10.6892,
        population=19_000,
    )


def edit_data(**changes) -> dict:
    data = {
        "organisation": "Studio Seeblick",
        "topics": [Topic.objects.get(slug="marketing").pk],
        "bio": BIO,
        "place": "23879",
        "travel_radius_km": "60",
        "languages": ["de", "en"],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_the_dashboard_links_to_the_profile_edit(client, make_mentor):
    mentor = make_mentor()
    client.force_login(mentor.user)

    assert f'href="{EDIT}"' in client.get("/expertin-werden/profil/").content.decode()


def test_the_edit_page_shows_the_current_profile(client, make_mentor):
    mentor = make_mentor(organisation="Studio Elbblick")
    client.force_login(mentor.user)

    response = client.get(EDIT)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Studio Elbblick"' in html and "23909 Ratzeburg" in html
    assert 'name="profession"' not in html and 'name="email"' not in html
    assert 'name="consent"' not in html and 'name="antispam_answer"' not in html
    assert 'name="chamber_membership"' not in html  # a designer has no chamber


def test_an_edit_is_saved_and_leads_back_to_the_dashboard(client, make_mentor, moelln):
    mentor = make_mentor(status=Mentor.Status.ACTIVE, capacity=4)
    client.force_login(mentor.user)

    response = client.post(EDIT, edit_data())

    assert response.status_code == 302 and response["Location"].endswith("/expertin-werden/profil/")
    mentor.refresh_from_db()
    assert mentor.organisation == "Studio Seeblick" and mentor.bio == BIO
    assert mentor.place == moelln and mentor.travel_radius_km == 60
    assert mentor.remote is False  # unticked box
    assert mentor.languages == ["de", "en"]
    assert list(mentor.topics.values_list("slug", flat=True)) == ["marketing"]
    # What the edit does not touch stays as it was.
    assert (mentor.status, mentor.capacity, mentor.profession) == (
        Mentor.Status.ACTIVE,
        4,
        Mentor.Profession.DESIGNER,
    )
    assert "Ihr Profil ist gespeichert." in client.get(response["Location"]).content.decode()


def test_an_unknown_postcode_is_an_error_next_to_the_field_and_nothing_is_saved(
    client, make_mentor, moelln
):
    mentor = make_mentor(organisation="Alt")
    client.force_login(mentor.user)

    response = client.post(EDIT, edit_data(place="99999"))

    html = response.content.decode()
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["place"]
    assert "Diese Postleitzahl kennen wir nicht" in html
    assert 'value="99999"' in html and 'value="Studio Seeblick"' in html  # input kept
    mentor.refresh_from_db()
    assert mentor.organisation == "Alt" and mentor.place.postcode == "23909"


def test_at_least_one_topic_is_required(client, make_mentor, moelln):
    mentor = make_mentor(organisation="Alt")
    client.force_login(mentor.user)

    response = client.post(EDIT, edit_data(topics=None))

    assert response.status_code == 400
    assert "Bitte wählen Sie mindestens ein Thema." in response.content.decode()
    mentor.refresh_from_db()
    assert mentor.organisation == "Alt" and mentor.topics.count() == 1


def test_only_the_own_profile_can_be_edited(client, make_mentor, founder_user, moelln):
    other = make_mentor(organisation="Alt")
    client.force_login(founder_user)

    assert client.get(EDIT).status_code == 404
    assert client.post(EDIT, edit_data()).status_code == 404
    other.refresh_from_db()
    assert other.organisation == "Alt"


def test_the_edit_page_needs_a_login(client):
    response = client.get(EDIT)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_new_photo_replaces_the_old_one_reencoded_without_exif(
    client, make_mentor, moelln, django_capture_on_commit_callbacks
):
    mentor = make_mentor()
    mentor.photo.save("alt.jpg", ContentFile(jpeg_bytes(size=(10, 10))))
    old_name = mentor.photo.name
    storage = mentor.photo.storage
    client.force_login(mentor.user)
    exif = Image.Exif()
    exif[0x010F] = "Geheimkamera"
    upload = SimpleUploadedFile("neu.png", jpeg_bytes(exif=exif.tobytes(), fmt="PNG"))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(EDIT, edit_data(photo=upload))

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.photo.name != old_name
    assert not storage.exists(old_name)  # the replaced file is gone after commit
    with mentor.photo.open("rb") as stored:
        data = stored.read()
    image = Image.open(BytesIO(data))
    assert image.format == "JPEG" and max(image.size) == 800
    assert not image.getexif() and b"Geheimkamera" not in data
    assert storage.exists(mentor.photo.name)


def test_an_unreadable_photo_is_refused_and_the_old_one_kept(client, make_mentor, moelln):
    mentor = make_mentor()
    mentor.photo.save("alt.jpg", ContentFile(jpeg_bytes(size=(10, 10))))
    old_name = mentor.photo.name
    client.force_login(mentor.user)
    fake = SimpleUploadedFile("foto.jpg", b"not an image", content_type="image/jpeg")

    response = client.post(EDIT, edit_data(photo=fake))

    assert response.status_code == 400
    assert "nicht als Foto lesen" in response.content.decode()
    mentor.refresh_from_db()
    assert mentor.photo.name == old_name and mentor.place.postcode == "23909"


def test_the_photo_can_be_removed(client, make_mentor, moelln):
    mentor = make_mentor()
    mentor.photo.save("alt.jpg", ContentFile(jpeg_bytes(size=(10, 10))))
    client.force_login(mentor.user)
    assert 'name="photo-clear"' in client.get(EDIT).content.decode()

    response = client.post(EDIT, edit_data(**{"photo-clear": "on"}))

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert not mentor.photo


def test_a_lawyer_must_keep_a_chamber_membership(client, make_mentor, moelln):
    mentor = make_mentor(chamber_membership="RAK Schleswig, 1", status=Mentor.Status.ACTIVE)
    Mentor.objects.filter(pk=mentor.pk).update(profession=Mentor.Profession.LAWYER)
    client.force_login(mentor.user)

    response = client.post(EDIT, edit_data(chamber_membership=" "))

    assert response.status_code == 400
    assert "Kammer und Mitgliedsnummer an" in response.content.decode()
    mentor.refresh_from_db()
    assert mentor.chamber_membership == "RAK Schleswig, 1"


def test_a_changed_chamber_membership_keeps_the_status(client, make_mentor, moelln):
    mentor = make_mentor(
        chamber_membership="StBK Schleswig-Holstein, 1", status=Mentor.Status.ACTIVE
    )
    Mentor.objects.filter(pk=mentor.pk).update(profession=Mentor.Profession.TAX_ADVISER)
    client.force_login(mentor.user)

    response = client.post(EDIT, edit_data(chamber_membership="StBK Hamburg, 2"))

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.chamber_membership == "StBK Hamburg, 2"
    assert mentor.status == Mentor.Status.ACTIVE


def test_the_service_refuses_a_change_of_profession(make_mentor):
    mentor = make_mentor()

    with pytest.raises(MentorStateError):
        mentor_profile_update(mentor=mentor, profession=Mentor.Profession.LAWYER)

    mentor.refresh_from_db()
    assert mentor.profession == Mentor.Profession.DESIGNER


def test_the_service_refuses_unknown_fields(make_mentor):
    with pytest.raises(TypeError):
        mentor_profile_update(mentor=make_mentor(), status=Mentor.Status.ACTIVE)
