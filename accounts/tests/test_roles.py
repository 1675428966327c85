"""Roles: who may open the Wagtail admin, and the command that creates a coordinator."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from accounts.roles import ROLES, Role
from accounts.services import roles_sync
from conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= {role.value for role in Role}


def test_roles_sync_is_idempotent_and_grants_what_roles_lists():
    roles_sync()
    roles_sync()
    coordinator = Group.objects.get(name=Role.COORDINATOR.value)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in coordinator.permissions.all()}
    assert granted == set(ROLES[Role.COORDINATOR].permissions)
    assert Group.objects.filter(name=Role.COORDINATOR.value).count() == 1


def test_founder_cannot_open_the_wagtail_admin(client, founder_user):
    client.force_login(founder_user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    login_page = client.get(response.url)
    assert login_page.status_code == 200  # the form with the reason, not a redirect loop


def test_anonymous_visitor_is_sent_to_the_site_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_wagtail_login_page_redirects_to_the_site_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/pages/"


@pytest.mark.parametrize("fixture", ["coordinator_user", "editor_user"])
def test_coordinators_and_editors_open_the_wagtail_admin(client, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert client.get("/admin/").status_code == 200


def test_editor_may_edit_pages_but_not_service_areas(editor_user):
    assert editor_user.has_perm("wagtailadmin.access_admin")
    assert not editor_user.has_perm("mentors.change_mentor")


def test_create_coordinator_command_makes_a_verified_coordinator(client):
    call_command("create_coordinator", "Leitung@Example.org", "--password", PASSWORD)
    user = User.objects.get(email="leitung@example.org")
    assert user.groups.filter(name=Role.COORDINATOR.value).exists()
    assert EmailAddress.objects.get(user=user).verified
    response = client.post(
        reverse("account_login"), {"login": "leitung@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_create_coordinator_command_twice_keeps_one_account():
    call_command("create_coordinator", "leitung@example.org", "--no-input")
    call_command("create_coordinator", "leitung@example.org", "--no-input")
    assert User.objects.filter(email="leitung@example.org").count() == 1
    assert not User.objects.get().has_usable_password()


def test_admin_loads_nothing_from_other_hosts(client, coordinator_user):
    client.force_login(coordinator_user)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html
