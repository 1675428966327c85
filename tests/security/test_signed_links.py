"""Signed links of every kind, tampered with, swapped between kinds or expired, are refused:
nothing is confirmed, answered, logged in or changed. The valid link works (the control)."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django.utils.http import int_to_base36

from tests.security.conftest import signed_links, state

pytestmark = pytest.mark.django_db

KINDS = [
    "hilfe-anfragen/bestaetigen/<str:token>/",
    "hilfe-anfragen/weiter-suchen/<str:token>/",
    "expertin-werden/wieder-da/<str:token>/",
    "vermittlung/antwort/<str:token>/",
    "vermittlung/rueckmeldung/<str:token>/",
    "vermittlung/laeuft-es/<str:token>/",
    "sprechtage/einladung/<str:token>/",
    "sprechtage/buchung/bestaetigen/<str:token>/",
    "sprechtage/buchung/absagen/<str:token>/",
    "sprechtage/ablauf/<str:token>/",
    "sprechtage/rueckmeldung/<str:token>/",
    "sprechtage/rueckmeldung-expertin/<str:token>/",
    "begleitung/zustimmen/<str:token>/",
]
# What the link's form would send: confirm, accept, a feedback answer, "it has ended".
ANSWER = {
    "answer": "ended",
    "close_reason": "solved",
    "met": "yes",
    "helpful": "5",
    "outcome": "continue",
}
# Longer than the longest lifetime (feedback and check-in links: two months).
AFTER_EXPIRY = timedelta(days=61)


def answer_for(route: str) -> dict:
    if "einladung" in route:  # a Sprechtag's invitation: yes, for the first hours of the day
        return {"decision": "accept", "available_from": "14:00", "available_until": "15:00"}
    return {**ANSWER, "decision": "accept"} if "antwort" in route else ANSWER


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def tampered(url: str) -> list[str]:
    token = token_of(url)
    value, _sep, rest = token.partition(":")
    last = "A" if token[-1] != "A" else "B"
    return [
        url.replace(token, token[:-1] + last),  # signature changed
        url.replace(token, f"{int(value) + 1}:{rest}") if value.isdigit() else url + "x/",
        url.replace(token, "abc"),
        url.replace(token, value),  # the id without a signature
    ]


def swapped(route: str, links: dict[str, str]) -> list[str]:
    """This kind's address carrying another kind's (valid) token."""
    prefix = links[route].removesuffix(token_of(links[route]) + "/")
    return [prefix + token_of(url) + "/" for other, url in links.items() if other != route]


def assert_refused(client, url: str, route: str) -> None:
    before = state()
    for response in (client.get(url), client.post(url, answer_for(route))):
        assert response.status_code in (400, 404, 410), (url, response.status_code)
    assert state() == before, url
    assert "_auth_user_id" not in client.session, url


@pytest.mark.parametrize("route", KINDS)
def test_the_valid_link_opens(client, world, route):
    assert client.get(signed_links(world)[route]).status_code == 200


@pytest.mark.parametrize("route", KINDS)
def test_a_tampered_link_is_refused(client, world, route):
    for url in tampered(signed_links(world)[route]):
        assert_refused(client, url, route)


@pytest.mark.parametrize("route", KINDS)
def test_a_link_of_another_kind_is_refused(client, world, route):
    for url in swapped(route, signed_links(world)):
        assert_refused(client, url, route)


@pytest.mark.parametrize("route", KINDS)
def test_an_expired_link_is_refused(client, world, route):
    url = signed_links(world)[route]
    with time_machine.travel(timezone.now() + AFTER_EXPIRY):
        assert_refused(client, url, route)


def test_a_request_confirmation_expires_after_seven_days(client, world):
    url = signed_links(world)["hilfe-anfragen/bestaetigen/<str:token>/"]
    with time_machine.travel(timezone.now() + timedelta(days=7, hours=1)):
        assert_refused(client, url, "hilfe-anfragen/bestaetigen/<str:token>/")


def test_an_offer_link_expires_a_day_after_the_offer(client, world, settings):
    url = signed_links(world)["vermittlung/antwort/<str:token>/"]
    days = settings.MATCHING_OFFER_EXPIRY_DAYS + 1
    with time_machine.travel(timezone.now() + timedelta(days=days, hours=1)):
        assert_refused(client, url, "vermittlung/antwort/<str:token>/")


def test_an_offer_link_names_its_mentor_and_is_refused_for_a_match_of_another(client, world):
    from matching.tokens import offer_token_make

    # Signed by us, but for mentor B, who is not the mentor of this match.
    token = offer_token_make(match_id=world["offer"].pk, user_id=world["mentor_b"].pk)
    assert_refused(client, f"/vermittlung/antwort/{token}/", "vermittlung/antwort/<str:token>/")


def test_allauths_links_with_a_forged_key_confirm_and_reset_nothing(client, world):
    from allauth.account.models import EmailAddress

    from conftest import PASSWORD

    EmailAddress.objects.filter(user=world["founder_b"]).update(verified=False)
    response = client.post("/accounts/confirm-email/Mg:1tXyZ:forged/")
    assert response.status_code in (200, 404)
    assert not EmailAddress.objects.get(user=world["founder_b"]).verified

    url = f"/accounts/password/reset/key/{int_to_base36(world['founder_b'].pk)}-forged-key/"
    new = "Neu-Passwort-2026"
    client.post(url, {"password1": new, "password2": new})
    world["founder_b"].refresh_from_db()
    assert world["founder_b"].check_password(PASSWORD)
