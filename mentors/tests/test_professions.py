"""Job titles as people write them are placed in a category (which drives the legal rules);
the person's own title is kept and shown; coordinators teach the program new titles."""

import pytest
from django.core import mail

from accounts.models import User
from conftest import make_user
from imports.services import mentors_import
from imports.tests.factories import GERMAN_MENTOR_HEADER, german_mentor, sheet_xlsx
from mentors.models import Mentor, ProfessionTitle
from mentors.professions import profession_guess, profession_title_key
from mentors.selectors import profession_for_title, profession_titles_known
from mentors.services import mentor_import
from vocabulary.models import Topic


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Rechtsanwältin", "rechtsanwalt"),
        ("Rechtsanwälte", "rechtsanwalt"),
        ("Rechtsanwält:innen", "rechtsanwalt"),
        ("Steuerberater*in", "steuerberater"),
        ("SteuerberaterIn", "steuerberater"),
        ("Steuerberater/-in", "steuerberater"),
        ("Steuerberater(in)", "steuerberater"),
        ("Fachanwältin für Arbeitsrecht", "fachanwalt"),
        ("Dr. Steuerberaterin", "steuerberater"),
        ("Bankkauffrau", "bankkaufmann"),
        ("Kaufleute", "kaufmann"),
        ("IT-Berater", "itberater"),
        ("StB.", "stb"),
    ],
)
def test_gender_plural_titles_and_qualifiers_fold_to_one_key(title, key):
    assert profession_title_key(title) == key


def test_a_title_ending_in_a_known_one_is_placed_by_it():
    known = {"designer": "designer", "steuerberater": "tax_adviser"}
    assert profession_guess(title="Grafikdesignerin", known=known, default="other") == "designer"
    assert profession_guess(title="Rechtsanwältin und Steuerberaterin", known=known,
                            default="other") == "tax_adviser"  # fmt: skip
    assert profession_guess(title="Imkerin", known=known, default="other") == "other"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Rechtsanwältin", "lawyer"),
        ("Fachanwalt für Arbeitsrecht", "lawyer"),
        ("Steuerberaterin", "tax_adviser"),
        ("StB", "tax_adviser"),
        ("Bankkauffrau", "finance"),
        ("Bankberaterin", "finance"),
        ("IT-Beraterin", "it"),
        ("Landwirtin", "entrepreneur"),
        ("Grafikdesigner", "designer"),
        ("Webdesignerin (freiberuflich)", "designer"),
        ("Steuerfachangestellte", "other"),  # no tax adviser: may not give tax advice
        ("Tischlermeisterin", "entrepreneur"),
        ("Sterndeuterin", "other"),
    ],
)
def test_the_seeded_titles_place_what_a_regions_list_holds(title, category):
    assert profession_for_title(title=title) == category


@pytest.mark.django_db
def test_a_title_a_coordinator_adds_places_the_next_import(client, coordinator_user, places):
    client.force_login(coordinator_user)
    rows = [german_mentor(1, Beruf="Imkerin")]
    mentors_import(file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, rows), filename="a.xlsx")
    assert Mentor.objects.get().profession == Mentor.Profession.OTHER

    response = client.post(
        "/admin/berufe/new/", {"title": "Imker", "profession": "entrepreneur"}, follow=True
    )

    assert response.status_code == 200
    assert ProfessionTitle.objects.filter(title="Imker", profession="entrepreneur").exists()
    mentors_import(file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, rows), filename="a.xlsx")
    mentor = Mentor.objects.get()
    assert (mentor.profession, mentor.profession_title) == ("entrepreneur", "Imkerin")


@pytest.mark.django_db
def test_the_same_title_in_another_form_is_refused_next_to_the_field(client, coordinator_user):
    client.force_login(coordinator_user)

    response = client.post("/admin/berufe/new/", {"title": "Steuerberaterin", "profession": "it"})

    html = response.content.decode()
    assert "Diese Bezeichnung ist schon als „Steuerberater“ erfasst" in html
    assert 'value="Steuerberaterin"' in html  # what she typed is still there
    assert profession_titles_known()["steuerberater"] == "tax_adviser"


@pytest.mark.django_db
def test_the_title_list_is_for_coordinators_only(client, editor_user, founder_user):
    for user in (editor_user, founder_user):
        client.force_login(user)
        assert client.get("/admin/berufe/").status_code in (302, 403)


@pytest.mark.django_db
def test_the_coordinator_sees_the_persons_own_title_beside_the_category(
    client, coordinator_user, places
):
    rows = [german_mentor(1, Beruf="Fachanwältin für Familienrecht")]
    mentors_import(file_bytes=sheet_xlsx(GERMAN_MENTOR_HEADER, rows), filename="a.xlsx")
    client.force_login(coordinator_user)

    html = client.get(f"/admin/mentors/review/{Mentor.objects.get().pk}/").content.decode()

    assert "Fachanwältin für Familienrecht (Rechtsanwält:in)" in html


@pytest.mark.django_db
def test_an_imported_mentor_is_verified_through_the_service_and_told(
    ratzeburg, coordinator_user, django_capture_on_commit_callbacks
):
    user = make_user(email="neu@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        mentor, created = mentor_import(
            user=user,
            by=coordinator_user,
            topics=list(Topic.objects.filter(slug="recht")),
            consent_version="import",
            profession="lawyer",
            profession_title="Rechtsanwältin",
            place=ratzeburg,
        )

    assert created and mentor.status == Mentor.Status.ACTIVE
    assert mentor.verified_by == coordinator_user
    assert [m.to for m in mail.outbox] == [["neu@example.org"]]
    assert "bestätigt" in mail.outbox[0].subject
    with pytest.raises(TypeError):
        mentor_import(user=user, by=None, topics=[], consent_version="x", status="active")


@pytest.mark.django_db
def test_a_rejected_mentor_stays_rejected_when_the_list_comes_again(
    ratzeburg, django_capture_on_commit_callbacks
):
    user = User.objects.create_user(email="abgelehnt@example.org")
    Mentor.objects.create(
        user=user, profession="other", place=ratzeburg, status=Mentor.Status.REJECTED
    )
    with django_capture_on_commit_callbacks(execute=True):
        mentor, created = mentor_import(
            user=user, by=None, topics=[], consent_version="import", capacity=4
        )
    assert not created and (mentor.status, mentor.capacity) == (Mentor.Status.REJECTED, 4)
    assert mail.outbox == []
