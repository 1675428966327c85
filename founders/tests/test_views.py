"""The founder's journey through the pages: ask, confirm by mail, see and manage the request."""

import re

import pytest
from django.core import mail, signing
from django.urls import reverse

from accounts.models import User
from conftest import antispam_answers, make_user
from founders.models import Founder, HelpRequest
from founders.services import help_request_confirm
from founders.tests.conftest import help_request_make
from founders.tokens import SALT, confirmation_token_make

pytestmark = pytest.mark.django_db

CREATE = "/hilfe-anfragen/"


def _filled(client, path: str = CREATE, **overrides) -> dict:
    html = client.get(path).content.decode()
    data = {
        "topics": ["recht", "steuern"],
        "description": "Ich will einen Hofladen gründen und weiß nicht, welche Rechtsform passt.",
        "stage": "founding",
        "sector": "Landwirtschaft",
        "place": "23909",
        "formats": ["video", "in_person"],
        "languages": ["de"],
        "available_from": "2027-01-15",
        "first_name": "Anna",
        "last_name": "Hansen",
        "email": "Anna@Example.org",
        "consent": "on",
        **antispam_answers(html),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _confirm_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+/bestaetigen/\S+/)", message.body)[1]


def test_request_mail_confirm_dashboard_journey(
    client, places, human, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CREATE, _filled(client))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in page
    help_request = HelpRequest.objects.get()
    assert help_request.status == HelpRequest.Status.UNCONFIRMED
    assert help_request.email == "anna@example.org"
    assert sorted(help_request.topics.values_list("slug", flat=True)) == ["recht", "steuern"]
    assert help_request.formats == ["video", "in_person"]
    assert help_request.consent_version and help_request.consented_at
    assert not help_request.outside_region

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anna@example.org"]
    link = _confirm_link(mail.outbox[0])
    # Following the link alone (a mail scanner) confirms nothing.
    assert "Anfrage bestätigen" in client.get(link).content.decode()
    assert HelpRequest.objects.get().status == HelpRequest.Status.UNCONFIRMED

    response = client.post(link)
    assert response["Location"] == reverse("founders:dashboard")
    dashboard = client.get(response["Location"]).content.decode()
    assert "Recht" in dashboard and "offen" in dashboard
    user = User.objects.get(email="anna@example.org")
    assert not user.has_usable_password()
    assert user.groups.filter(name="Founder").exists()
    assert user.emailaddress_set.get().verified


def test_topics_are_prefilled_from_the_link(client, places):
    html = client.get(f"{CREATE}?thema=recht&thema=steuern").content.decode()
    checked = re.findall(
        r'<input type="checkbox" name="topics" value="([a-z-]+)"[^>]*checked', html
    )
    assert sorted(checked) == ["recht", "steuern"]
    assert 'href="/datenschutz/"' in html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"topics": None}, "topics", "mindestens ein Thema"),
        ({"description": "Zu kurz."}, "description", "mindestens 40 Zeichen"),
        ({"place": "99999"}, "place", "Diese Postleitzahl kennen wir nicht"),
        ({"consent": None}, "consent", "Bitte stimmen Sie zu"),
        ({"formats": None}, "formats", "mindestens eine Gesprächsform"),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_kept(
    client, places, human, overrides, field, message
):
    data = _filled(client, **overrides)
    response = client.post(CREATE, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    assert message in html
    assert 'value="Hansen"' in html and 'value="anna@example.org"' in html.lower()
    assert data["description"] in html
    assert not HelpRequest.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("trap", ["honeypot", "too_fast"])
def test_spam_sees_success_but_nothing_is_stored_or_sent(
    client, places, settings, trap, django_capture_on_commit_callbacks
):
    settings.ANTISPAM_MIN_SECONDS = 0 if trap == "honeypot" else 3600
    data = _filled(client)
    if trap == "honeypot":
        data["homepage_url"] = "http://spam.example"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CREATE, data)
    assert response.status_code == 302
    assert response["Location"] == reverse("founders:submitted")
    assert not HelpRequest.objects.exists()
    assert not mail.outbox


def test_request_from_outside_the_region_is_accepted_and_flagged(client, places, human):
    response = client.post(CREATE, _filled(client, place="10115"))
    assert response.status_code == 302
    assert HelpRequest.objects.get().outside_region


def test_confirming_twice_leads_to_the_dashboard_with_one_account(client, places):
    help_request = help_request_make(place=places["ratzeburg"])
    link = reverse(
        "founders:confirm",
        kwargs={"token": confirmation_token_make(help_request_id=help_request.pk)},
    )
    first = client.post(link)
    client.logout()
    second = client.post(link)
    assert first["Location"] == second["Location"] == reverse("founders:dashboard")
    assert User.objects.filter(email="anna@example.org").count() == 1
    assert Founder.objects.count() == 1


def test_expired_token_is_refused_with_a_way_to_ask_again(client, places, settings):
    help_request = help_request_make(place=places["ratzeburg"])
    token = confirmation_token_make(help_request_id=help_request.pk)
    from founders import tokens

    original = tokens.MAX_AGE_SECONDS
    tokens.MAX_AGE_SECONDS = -1
    try:
        response = client.post(reverse("founders:confirm", kwargs={"token": token}))
    finally:
        tokens.MAX_AGE_SECONDS = original
    assert response.status_code == 400
    assert "abgelaufen" in response.content.decode()
    assert CREATE in response.content.decode()
    assert HelpRequest.objects.get().status == HelpRequest.Status.UNCONFIRMED


@pytest.mark.parametrize(
    "token",
    [
        "tampered",
        signing.TimestampSigner(salt="other.salt").sign("1"),
        signing.TimestampSigner(salt=SALT).sign("1")[:-2] + "xx",
    ],
)
def test_tampered_token_is_refused(client, places, token):
    help_request_make(place=places["ratzeburg"])
    response = client.post(reverse("founders:confirm", kwargs={"token": token}))
    assert response.status_code == 400
    assert "nicht gültig" in response.content.decode()
    assert HelpRequest.objects.get().status == HelpRequest.Status.UNCONFIRMED
    assert not User.objects.exists()


@pytest.fixture
def own_request(places):
    return help_request_confirm(help_request=help_request_make(place=places["ratzeburg"]))


def test_founder_edits_and_withdraws_their_open_request(client, own_request, places):
    client.force_login(own_request.founder.user)
    edit = reverse("founders:edit", kwargs={"pk": own_request.pk})
    data = {
        "topics": ["steuern"],
        "description": "Jetzt geht es um die Umsatzsteuer für meinen kleinen Hofladen im Dorf.",
        "stage": "young",
        "place": "10115",
        "formats": ["phone"],
        "languages": ["de", "pl"],
        "first_name": "Anna",
        "last_name": "Hansen-Meier",
    }
    assert client.post(edit, data).status_code == 302
    own_request.refresh_from_db()
    assert own_request.last_name == "Hansen-Meier"
    assert own_request.outside_region and own_request.languages == ["de", "pl"]
    assert list(own_request.topics.values_list("slug", flat=True)) == ["steuern"]

    withdraw = reverse("founders:withdraw", kwargs={"pk": own_request.pk})
    assert "wirklich zurückziehen" in client.get(withdraw).content.decode()
    assert HelpRequest.objects.get().status == HelpRequest.Status.OPEN
    client.post(withdraw)
    assert HelpRequest.objects.get().status == HelpRequest.Status.WITHDRAWN
    assert client.get(edit).status_code == 302  # no longer editable


@pytest.mark.parametrize("name", ["edit", "withdraw"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_founder_gets_404(client, own_request, name, method):
    other = make_user(email="other@example.org")
    Founder.objects.create(user=other)
    client.force_login(other)
    url = reverse(f"founders:{name}", kwargs={"pk": own_request.pk})
    assert getattr(client, method)(url).status_code == 404
    assert "Anna" not in client.get(reverse("founders:dashboard")).content.decode()
    assert HelpRequest.objects.get().status == HelpRequest.Status.OPEN


def test_dashboard_needs_a_login(client):
    response = client.get(reverse("founders:dashboard"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_form_page_in_english_has_no_inline_script_and_suggests_guides(client, places):
    from guides.tests.factories import guide_index_make, guide_make

    guide_make(guide_index_make(), title="Gewerbe anmelden", topics=["recht"])
    response = client.get("/en/hilfe-anfragen/?thema=recht")
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="en">' in html
    assert "Gewerbe anmelden" in html and 'name="thema" value="recht"' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # strict CSP: files only
    assert "founders/guide-suggestions.js" in html
