"""Coordinators see every mail's state (not its body), send failed ones again, lift blocks."""

import pytest
from django.core import mail
from django.urls import reverse

from outbox.models import Mail, SuppressedAddress
from outbox.services import mail_enqueue

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        failed = mail_enqueue(
            template="matching/mail/offer",
            to="expertin@example.org",
            language="de",
            subject="Eine Anfrage für Sie",
            text="Geheimer Inhalt",
        )
    Mail.objects.filter(pk=failed.pk).update(
        status=Mail.Status.FAILED, attempts=6, last_error="AnymailAPIError (HTTP 503)"
    )
    return failed


def test_a_coordinator_sees_failed_mails_on_the_home_page_and_in_the_list(
    client, coordinator_user, failed
):
    client.force_login(coordinator_user)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 E-Mail konnte nicht gesendet werden." in home
    listing = client.get(reverse("mail_admin:index"), {"status": "failed"}).content.decode()
    assert "expertin@example.org" in listing and "fehlgeschlagen" in listing
    inspect = client.get(reverse("mail_admin:inspect", args=[failed.pk])).content.decode()
    assert "AnymailAPIError (HTTP 503)" in inspect
    assert "Geheimer Inhalt" not in inspect  # the body stays private


def test_without_problems_the_home_page_has_no_mail_panel(client, coordinator_user):
    client.force_login(coordinator_user)
    assert "outbox-problems" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_coordinator_sends_failed_mails_again(client, coordinator_user, failed):
    client.force_login(coordinator_user)
    assert "1 E-Mail konnte nicht gesendet" in client.get(
        reverse("mail_admin:resend_failed")
    ).content.decode("utf-8")
    response = client.post(reverse("mail_admin:resend", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == Mail.Status.SENT
    assert [m.to for m in mail.outbox] == [["expertin@example.org"]]


@pytest.mark.parametrize("user", ["founder_user", "editor_user"])
def test_other_roles_cannot_see_or_resend_mails(client, request, user, failed):
    client.force_login(request.getfixturevalue(user))
    assert client.get(reverse("mail_admin:index")).status_code in (302, 403)
    assert client.post(reverse("mail_admin:resend", args=[failed.pk])).status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.status == Mail.Status.FAILED and not mail.outbox


def test_a_coordinator_lifts_a_blocked_address(client, coordinator_user):
    blocked = SuppressedAddress.objects.create(email="alt@example.org", reason="bounced")
    client.force_login(coordinator_user)
    response = client.post(reverse("suppressed_address_admin:delete", args=[blocked.pk]))
    assert response.status_code == 302
    assert not SuppressedAddress.objects.exists()
