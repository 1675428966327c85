"""After logging in nobody is sent to another site, whatever ?next= says."""

import pytest

from conftest import PASSWORD

pytestmark = pytest.mark.django_db

ELSEWHERE = ("https://evil.example/", "//evil.example/", "/\\evil.example/", "https:evil.example")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_login_never_sends_you_to_another_site(client, founder_user, target):
    response = client.post(
        f"/accounts/login/?next={target}", {"login": founder_user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize("target", ELSEWHERE)
def test_the_admin_login_passes_next_on_but_never_off_site(client, coordinator_user, target):
    hop = client.get(f"/admin/login/?next={target}")
    assert hop.status_code in (301, 302) and hop["Location"].startswith("/accounts/login/")
    response = client.post(hop["Location"], {"login": coordinator_user.email, "password": PASSWORD})
    assert "evil.example" not in response.get("Location", "")
