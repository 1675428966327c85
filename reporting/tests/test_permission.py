"""Who may read the report: coordinators (through their role), nobody else."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import User
from accounts.roles import ROLES, Role
from accounts.services import roles_sync
from conftest import make_user

pytestmark = pytest.mark.django_db
URL = "/admin/berichte/"
CSV_URL = "/admin/berichte/csv/"
JANUARY_TO_MARCH = "?first=2026-01&last=2026-03"


def test_roles_sync_grants_the_report_to_coordinators_only():
    roles_sync()
    holders = Group.objects.filter(
        permissions__content_type__app_label="reporting", permissions__codename="view_report"
    )
    assert list(holders.values_list("name", flat=True)) == [Role.COORDINATOR.value]
    assert "reporting.view_report" in ROLES[Role.COORDINATOR].permissions


@pytest.mark.parametrize("url", [URL, CSV_URL])
def test_anonymous_visitors_are_sent_to_the_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response.url


@pytest.mark.parametrize("role", [Role.FOUNDER, Role.MENTOR, Role.EDITOR])
@pytest.mark.parametrize("url", [URL, CSV_URL])
def test_founders_mentors_and_editors_get_no_report(client, role, url, known):
    client.force_login(make_user(email=f"{role.value.lower()}@example.org", role=role))
    response = client.get(url + JANUARY_TO_MARCH)
    assert response.status_code in (302, 403)
    assert "Anfragen eingegangen" not in response.content.decode()


def test_a_coordinator_may_read_the_page_and_the_csv(client, coordinator_user):
    client.force_login(coordinator_user)
    assert client.get(URL).status_code == 200
    assert client.get(CSV_URL).status_code == 200


def test_the_permission_can_be_granted_in_the_admin_group_editor(client):
    admin = User.objects.create_superuser(email="admin@example.org", password="x-secret-1")
    client.force_login(admin)
    group = Group.objects.create(name="Förderer")
    page = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert "Kann Berichte ansehen und exportieren" in page
