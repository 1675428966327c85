"""Every object URL tried with every role that does not own the object: refused, nothing leaks."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.roles import Role
from conftest import make_user
from founders.models import HelpRequest
from mentors.models import Mentor
from tests.people import SECRET_BIO, SECRET_EMAIL, SECRET_NAME, help_request_of
from vocabulary.models import Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def place(ratzeburg) -> Place:
    return ratzeburg


def founder_with_request(*, email: str, place: Place) -> tuple:
    user = make_user(email=email, role=Role.FOUNDER)
    contact = SECRET_EMAIL if email.startswith("a") else email
    return user, help_request_of(user=user, place=place, email=contact, last_name=SECRET_NAME)


def mentor_make(*, email: str, place: Place, bio: str = "") -> Mentor:
    user = make_user(email=email, role=Role.MENTOR)
    return Mentor.objects.create(
        user=user,
        profession=Mentor.Profession.DESIGNER,
        organisation="Werbestudio Elbe" if bio else "",
        bio=bio,
        place=place,
        status=Mentor.Status.ACTIVE,
    )


@pytest.fixture
def world(place, coordinator_user, editor_user):
    founder_a, request_a = founder_with_request(email="a-gruenderin@example.org", place=place)
    founder_b, _request_b = founder_with_request(email="b-gruender@example.org", place=place)
    mentor_a = mentor_make(email="expertin-a@example.org", place=place, bio=SECRET_BIO)
    mentor_b = mentor_make(email="expertin-b@example.org", place=place)
    Group.objects.get(name="Coordinator").permissions.add(
        Permission.objects.get(codename="view_helprequest")
    )
    return {
        "founder_a": founder_a,
        "founder_b": founder_b,
        "request_a": request_a,
        "mentor_a": mentor_a.user,
        "mentor_b": mentor_b.user,
        "mentor_a_profile": mentor_a,
        "coordinator": coordinator_user,
        "editor": editor_user,
    }


def refused(response) -> bool:
    """404/403, or sent to the login (anonymous) or the admin home (Wagtail's "no permission")."""
    if response.status_code in (403, 404):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (
        location.startswith("/accounts/login/") or location == "/admin/"
    )


def request_urls(help_request: HelpRequest) -> list[str]:
    return [
        f"/hilfe-anfragen/meine-anfragen/{help_request.pk}/aendern/",
        f"/hilfe-anfragen/meine-anfragen/{help_request.pk}/zurueckziehen/",
    ]


@pytest.mark.parametrize("role", ["anonymous", "founder_b", "mentor_a", "coordinator", "editor"])
def test_no_one_but_the_founder_sees_or_changes_a_request(client, world, role):
    request_a = world["request_a"]
    if role != "anonymous":
        client.force_login(world[role])

    for url in request_urls(request_a):
        got, posted = client.get(url), client.post(url, {"description": "übernommen"})
        assert refused(got) and refused(posted), url
        assert SECRET_EMAIL not in got.content.decode()
    request_a.refresh_from_db()
    assert request_a.status == HelpRequest.Status.OPEN
    assert request_a.description.startswith("Ich möchte")


def test_the_owner_reaches_the_request_urls(client, world):
    client.force_login(world["founder_a"])
    for url in request_urls(world["request_a"]):
        assert client.get(url).status_code == 200, url


def test_another_founders_dashboard_shows_none_of_my_requests(client, world):
    client.force_login(world["founder_b"])
    html = client.get("/hilfe-anfragen/meine-anfragen/").content.decode()
    assert SECRET_EMAIL not in html
    assert request_urls(world["request_a"])[0] not in html


def test_a_mentor_sees_only_their_own_dashboard(client, world):
    client.force_login(world["mentor_b"])
    html = client.get("/expertin-werden/profil/").content.decode()
    assert SECRET_BIO not in html and "Werbestudio Elbe" not in html

    client.force_login(world["mentor_a"])
    assert "Mein Profil als Expert:in" in client.get("/expertin-werden/profil/").content.decode()


@pytest.mark.parametrize("role", ["founder_a", "coordinator", "editor"])
def test_the_mentor_dashboard_is_not_found_for_other_roles(client, world, role):
    client.force_login(world[role])
    for url in ("/expertin-werden/profil/",):
        assert client.get(url).status_code == 404
    for url in ("/expertin-werden/profil/kapazitaet/", "/expertin-werden/profil/pause/"):
        assert client.post(url, {"capacity": 9}).status_code == 404
    world["mentor_a_profile"].refresh_from_db()
    assert world["mentor_a_profile"].capacity != 9


def admin_urls(world) -> list[str]:
    mentor, help_request = world["mentor_a_profile"], world["request_a"]
    return [
        "/admin/mentors/",
        f"/admin/mentors/review/{mentor.pk}/",
        f"/admin/mentors/edit/{mentor.pk}/",
        f"/admin/mentors/inspect/{mentor.pk}/",
        "/admin/help-requests/",
        f"/admin/help-requests/inspect/{help_request.pk}/",
        f"/admin/help-requests/edit/{help_request.pk}/",
        f"/admin/help-requests/delete/{help_request.pk}/",
    ]


@pytest.mark.parametrize("role", ["anonymous", "founder_a", "mentor_a", "editor"])
def test_the_coordinator_admin_refuses_every_other_role(client, world, role):
    if role != "anonymous":
        client.force_login(world[role])

    for url in admin_urls(world):
        response = client.get(url)
        assert refused(response), url
        html = response.content.decode()
        assert SECRET_EMAIL not in html and SECRET_BIO not in html, url


def test_the_coordinator_reaches_the_admin_views(client, world):
    client.force_login(world["coordinator"])
    for url in admin_urls(world)[:4] + admin_urls(world)[4:6]:
        assert client.get(url).status_code == 200, url


def test_a_mentor_sees_no_founder_contact_data_on_any_page(client, world):
    client.force_login(world["mentor_a"])
    pages = [
        "/",
        "/expertin-werden/profil/",
        "/hilfe-anfragen/meine-anfragen/",
        *request_urls(world["request_a"]),
        *admin_urls(world),
    ]
    for url in pages:
        html = client.get(url, follow=True).content.decode()
        assert SECRET_EMAIL not in html and SECRET_NAME not in html, url
