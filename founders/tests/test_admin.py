from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from founders.models import HelpRequest
from founders.services import help_request_confirm
from founders.tests.conftest import help_request_make

pytestmark = pytest.mark.django_db

INDEX = "/admin/help-requests/"
OPEN = HelpRequest.Status.OPEN


def inspect_url(help_request: HelpRequest) -> str:
    return f"/admin/help-requests/inspect/{help_request.pk}/"


@pytest.fixture
def coordinator(client, coordinator_user):
    # Until accounts/roles.py grants them, give the Coordinator group the request permissions.
    Group.objects.get(name="Coordinator").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="founders", codename__in=["view_helprequest"]
        )
    )
    client.force_login(coordinator_user)
    return coordinator_user


def test_confirmed_request_appears_in_the_coordinators_list(client, coordinator, places):
    help_request = help_request_make(place=places["ratzeburg"], email="jana@example.org")
    help_request_confirm(help_request=help_request)

    html = client.get(INDEX).content.decode()

    assert inspect_url(help_request) in html
    assert "Anna Hansen" in html and "offen" in html and "23909 Ratzeburg" in html


def test_unconfirmed_requests_are_marked(client, coordinator, places):
    help_request_make(place=places["ratzeburg"])

    html = client.get(INDEX).content.decode()

    assert "unbestätigt" in html


def test_list_shows_age_and_the_outside_region_flag(client, coordinator, places):
    help_request = help_request_make(place=places["berlin"], outside_region=True)
    HelpRequest.objects.filter(pk=help_request.pk).update(
        created_at=timezone.now() - timedelta(days=3, hours=1)
    )

    html = client.get(INDEX).content.decode()

    assert "vor 3 Tagen" in html and "außerhalb" in html and "10115 Berlin" in html


def test_menu_shows_requests_to_coordinators_only(client, coordinator, editor_user):
    assert INDEX in client.get("/admin/").content.decode()
    client.force_login(editor_user)
    assert INDEX not in client.get("/admin/").content.decode()


def test_filters_narrow_the_list(client, coordinator, places):
    in_region = help_request_make(place=places["ratzeburg"], status=OPEN, topics=("recht",))
    outside = help_request_make(
        place=places["berlin"], status=HelpRequest.Status.WITHDRAWN, topics=("steuern",)
    )
    HelpRequest.objects.filter(pk=outside.pk).update(created_at=timezone.now() - timedelta(days=40))
    from vocabulary.models import ServiceArea

    area = ServiceArea.objects.get()

    def listed(**query) -> set[bool]:
        html = client.get(INDEX, query).content.decode()
        return {inspect_url(in_region) in html, inspect_url(outside) in html}

    for query in (
        {"status": "open"},
        {"topics": in_region.topics.get().pk},
        {"district": area.pk},
        {"land": "SH"},
        {"age": "new"},
    ):
        html = client.get(INDEX, query).content.decode()
        assert inspect_url(in_region) in html and inspect_url(outside) not in html, query
    for query in ({"status": "withdrawn"}, {"land": "other"}, {"age": "old"}):
        html = client.get(INDEX, query).content.decode()
        assert inspect_url(outside) in html and inspect_url(in_region) not in html, query
    html = client.get(INDEX, {"age": "month"}).content.decode()
    assert inspect_url(outside) not in html and inspect_url(in_region) not in html


def test_search_finds_name_email_and_description(client, coordinator, places):
    by_email = help_request_make(place=places["ratzeburg"], email="kai@hofladen.example")
    by_text = help_request_make(place=places["ratzeburg"], email="ole@example.org")
    HelpRequest.objects.filter(pk=by_text.pk).update(
        first_name="Ole", description="Steuern für meine Imkerei"
    )

    def found(query: str) -> tuple[bool, bool]:
        html = client.get(INDEX, {"q": query}).content.decode()
        return inspect_url(by_email) in html, inspect_url(by_text) in html

    assert found("hofladen.example") == (True, False)
    assert found("Imkerei") == (False, True)
    assert found("Ole") == (False, True)


def test_inspect_shows_every_field_and_the_history(client, coordinator, places):
    help_request = help_request_make(
        place=places["ratzeburg"], status=HelpRequest.Status.WITHDRAWN, sector="Landwirtschaft"
    )
    HelpRequest.objects.filter(pk=help_request.pk).update(
        confirmed_at=timezone.now(), withdrawn_at=timezone.now()
    )

    html = client.get(inspect_url(help_request)).content.decode()

    for text in ("Anna", "Hansen", "anna@example.org", "Hofladen", "Landwirtschaft", "Verlauf"):
        assert text in html
    for step in ("eingegangen", "bestätigt", "zurückgezogen", "zuletzt geändert"):
        assert step in html


def test_coordinators_cannot_edit_or_delete_a_founders_request(client, coordinator, places):
    help_request = help_request_make(place=places["ratzeburg"], status=OPEN)
    Group.objects.get(name="Coordinator").permissions.add(
        Permission.objects.get(codename="change_helprequest")
    )

    edit = client.post(f"/admin/help-requests/edit/{help_request.pk}/", {"description": "x"})
    delete = client.post(f"/admin/help-requests/delete/{help_request.pk}/")

    assert edit["Location"] == delete["Location"] == "/admin/"  # Wagtail's "no permission"
    help_request.refresh_from_db()
    assert help_request.description.startswith("Ich möchte")


def test_editor_is_refused(client, editor_user, places):
    help_request = help_request_make(place=places["ratzeburg"], status=OPEN)
    client.force_login(editor_user)

    for url in (INDEX, inspect_url(help_request)):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert "anna@example.org" not in response.content.decode()
