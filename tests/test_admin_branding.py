"""The Wagtail admin carries the service's name and logo, not Wagtail's."""

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_admin_pages_carry_the_services_name_logo_and_icon(client, coordinator_user):
    client.force_login(coordinator_user)
    page = client.get("/admin/").content.decode()
    assert "- Landvorteil Mentoring</title>" in page
    assert "- Wagtail</title>" not in page
    assert 'src="/static/img/logo.svg"' in page and 'alt="Landvorteil Mentoring"' in page
    assert 'href="/static/img/favicon.svg"' in page
    assert "wagtailadmin/images/favicon.ico" not in page


def test_the_logo_is_served_by_the_site_itself():
    logo = finders.find("img/logo.svg")
    assert logo and Path(logo).read_text(encoding="utf-8").startswith("<svg")


def test_signing_in_to_the_admin_happens_on_the_sites_own_page(client):
    response = client.get("/admin/login/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    page = client.get(response["Location"]).content.decode()
    assert 'src="/static/img/logo.svg"' in page and "Wagtail" not in page
