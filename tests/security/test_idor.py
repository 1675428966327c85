"""Every object URL tried with every role that does not own the object: refused, nothing shown,
nothing changed. The routes come from tests/security/urlmap.py, which test_url_coverage.py
checks against the URLconf."""

import pytest

from accounts.models import User
from tests.people import SECRET_BIO, SECRET_EMAIL, SECRET_NAME
from tests.security.conftest import ROLES, log_in, refused, state
from tests.security.urlmap import ROUTES, admin_routes, admin_url

pytestmark = pytest.mark.django_db

OWNED = sorted(route for route, entry in ROUTES.items() if entry.kind == "owned")
SELF = sorted(route for route, entry in ROUTES.items() if entry.kind == "self")
# Pages the coordinator must reach: proof that the refusals below are not a broken URL.
COORDINATOR_REACHES = {
    "admin/help-requests/",
    "admin/help-requests/inspect/<int:pk>/",
    "admin/mentors/",
    "admin/mentors/inspect/<int:pk>/",
    "admin/mentors/review/<int:pk>/",
    "admin/matching/runs/",
    "admin/matching/runs/<int:pk>/progress/",
    "admin/matching/matches/",
    "admin/matching/matches/review/<int:pk>/",
    "admin/matching/requests/<int:pk>/suggestions/",
    "admin/outbox/mails/",
    "admin/outbox/mails/inspect/<int:pk>/",
    "admin/outbox/suppressed/",
    "admin/consultations/days/",
    "admin/consultations/days/edit/<int:pk>/",
    "admin/consultations/days/<int:pk>/planning/",
    "admin/berichte/",
    "admin/imports/",
    "admin/imports/export/mentors/",
    "admin/imports/export/requests/",
    "admin/berufe/",
    "admin/berufe/edit/<int:pk>/",
    "admin/support/tracks/<int:pk>/plan/",
    "admin/support/tracks/<int:pk>/steps/<int:step_pk>/experts/",
}
# What a POST to an admin address would do if it were let through: decide, delete, resend, run.
ADMIN_ATTACK = {"decision": "reject", "reason": "Spam " * 10, "percent": "1", "note": "x"}


def shows_secrets(response, *, role: str) -> list[str]:
    """Founder A's contact data and mentor A's bio, where the role has no right to them."""
    if response.get("Content-Type", "").startswith(("text/", "application/json")):
        body = response.content.decode()
    else:
        body = ""
    secrets = {"founder_a": [SECRET_BIO], "mentor_a": [SECRET_EMAIL, SECRET_NAME]}.get(
        role, [SECRET_EMAIL, SECRET_NAME, SECRET_BIO]
    )
    if role == "founder_a":
        secrets = []  # founder A is introduced to mentor A and may read the bio
    return [secret for secret in secrets if secret in body]


@pytest.mark.parametrize("route", OWNED)
def test_an_object_url_refuses_every_role_but_its_owner(client, world, route):
    entry = ROUTES[route]
    url = entry.url(world)
    before = state()
    for role in (r for r in ROLES if r not in entry.owners):
        log_in(client, world, role)
        got, posted = client.get(url), client.post(url, entry.attack)
        assert refused(got), (role, url, got.status_code)
        assert refused(posted), (role, url, posted.status_code)
        assert not shows_secrets(got, role=role), (role, url)
        assert state() == before, (role, url)


@pytest.mark.parametrize("route", OWNED)
def test_the_owner_reaches_the_object_url(client, world, route):
    entry = ROUTES[route]
    for role in entry.owners:
        log_in(client, world, role)
        assert client.get(entry.url(world)).status_code in (200, 405), (role, route)


@pytest.mark.parametrize("route", SELF)
def test_an_own_data_url_shows_and_changes_only_the_logged_in_persons_data(client, world, route):
    entry = ROUTES[route]
    url = entry.url(world)
    log_in(client, world, "anonymous")
    assert refused(client.get(url)) and refused(client.post(url, entry.attack)), url
    for role in ("founder_b", "mentor_b", "coordinator", "editor", "mentor_a", "founder_a"):
        log_in(client, world, role)
        got = client.get(url)
        assert got.status_code < 500 and not shows_secrets(got, role=role), (role, url)
        before = state(actor=world[role])
        client.post(url, entry.attack)
        assert state(actor=world[role]) == before, (role, url)


def test_deleting_my_account_with_someone_elses_address_deletes_nothing(client, world):
    log_in(client, world, "mentor_b")
    client.post("/meine-daten/konto-loeschen/", {"email": world["founder_a"].email})
    assert User.objects.filter(pk=world["founder_a"].pk, is_active=True).exists()
    assert User.objects.filter(pk=world["mentor_b"].pk).exists()


@pytest.mark.parametrize("route", admin_routes())
def test_an_admin_url_refuses_founders_mentors_editors_and_strangers(client, world, route):
    url = admin_url(route, world)
    before = state()
    for role in ("anonymous", "founder_a", "founder_b", "mentor_a", "mentor_b", "editor"):
        log_in(client, world, role)
        got, posted = client.get(url), client.post(url, ADMIN_ATTACK)
        assert refused(got), (role, url, got.status_code)
        assert refused(posted) or refused(client.get(posted["Location"])), (role, url)
        assert not shows_secrets(got, role=role), (role, url)
        assert state() == before, (role, url)
    if route in COORDINATOR_REACHES:
        log_in(client, world, "coordinator")
        assert client.get(url).status_code == 200, url


def test_every_page_the_coordinator_must_reach_is_an_admin_route():
    assert set(admin_routes()) >= COORDINATOR_REACHES


def test_a_mentor_reads_the_offer_without_the_founders_contact_data(client, world):
    log_in(client, world, "mentor_a")
    offers = client.get("/vermittlung/")
    assert "einen Hofladen eröffnen" in offers.content.decode()
    decline = client.get(f"/vermittlung/angebote/{world['offer'].pk}/absagen/")
    assert decline.status_code == 200
    assert not shows_secrets(offers, role="mentor_a") and not shows_secrets(
        decline, role="mentor_a"
    )


def test_mail_webhooks_refuse_a_caller_without_the_shared_secret(client):
    for provider in ("brevo", "mailjet", "postmark"):
        response = client.post(f"/anymail/{provider}/tracking/", "{}", "application/json")
        assert response.status_code in (400, 401, 403), provider


def test_an_import_job_is_seen_only_by_the_coordinator_who_started_it(client, world):
    from accounts.roles import Role
    from conftest import make_user
    from imports import progress

    job_id = progress.job_create(
        kind="mentors",
        name="a" * 32,
        filename="expertinnen-geheim.csv",
        user_id=world["coordinator"].pk,
    )
    log_in(client, world, "coordinator")
    assert client.get(f"/admin/imports/status/{job_id}/").status_code == 200
    client.force_login(make_user(email="koordination-2@example.org", role=Role.COORDINATOR))
    for url in (f"/admin/imports/status/{job_id}/", f"/admin/imports/status/{job_id}/json/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "expertinnen-geheim" not in response.content.decode()
