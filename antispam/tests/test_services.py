"""Verdicts: the first reason wins; people are never judged as bots for being slow."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.core.signing import dumps

from antispam.services import (
    Verdict,
    challenge_issue,
    challenge_read,
    challenge_solved,
    spam_verdict,
    submission_record,
)

ADDRESS = "203.0.113.7"
NOW = 1_800_000_000.0


def verdict(*, token: str, honeypot: str = "", at: float = NOW + 30, address: str = ADDRESS):
    return spam_verdict(
        honeypot=honeypot, token=token, form_key="kontakt", client_address=address, now=at
    )


@pytest.fixture
def token() -> str:
    return challenge_issue(form_key="kontakt", now=NOW).token


def test_form_filled_at_a_human_pace_is_ok(token):
    assert verdict(token=token) is Verdict.OK
    assert not Verdict.OK.is_spam


def test_filled_honeypot_is_spam_even_at_a_human_pace(token):
    assert verdict(token=token, honeypot="http://spam.example") is Verdict.HONEYPOT
    assert Verdict.HONEYPOT.is_spam


def test_sent_sooner_than_the_minimum_fill_time_is_too_fast(token, settings):
    assert verdict(token=token, at=NOW + 2) is Verdict.TOO_FAST
    assert verdict(token=token, at=NOW + 3) is Verdict.OK
    settings.ANTISPAM_MIN_SECONDS = 10
    assert verdict(token=token, at=NOW + 9) is Verdict.TOO_FAST


def test_form_older_than_the_maximum_age_is_expired_but_not_spam(token, settings):
    settings.ANTISPAM_MAX_AGE_SECONDS = 3600
    assert verdict(token=token, at=NOW + 3601) is Verdict.EXPIRED
    assert not Verdict.EXPIRED.is_spam


def test_missing_or_forged_token_means_the_form_was_never_shown(token):
    assert verdict(token="") is Verdict.TAMPERED
    forged = dumps({"a": 1, "b": 1, "t": NOW - 60}, salt="antispam.challenge:kontakt", key="x" * 50)
    assert verdict(token=forged) is Verdict.TAMPERED
    assert verdict(token=token[:-2] + "xx") is Verdict.TAMPERED


def test_token_of_one_form_is_not_accepted_by_another():
    other = challenge_issue(form_key="rueckruf", now=NOW).token
    assert verdict(token=other) is Verdict.TAMPERED


def test_two_visitors_drawing_the_same_sum_in_one_second_get_different_tokens(monkeypatch):
    monkeypatch.setattr("antispam.services.secrets.randbelow", lambda limit: 4)
    first = challenge_issue(form_key="kontakt", now=NOW)
    second = challenge_issue(form_key="kontakt", now=NOW)
    assert (first.first, first.second) == (second.first, second.second) == (5, 5)
    assert first.token != second.token


def test_challenge_carries_its_sum_and_checks_the_answer():
    challenge = challenge_issue(form_key="kontakt", now=NOW)
    assert 1 <= challenge.first <= 20 and 1 <= challenge.second <= 20
    assert challenge_read(token=challenge.token, form_key="kontakt") == challenge
    assert challenge_solved(challenge=challenge, answer=challenge.first + challenge.second)
    assert not challenge_solved(challenge=challenge, answer=challenge.answer + 1)
    assert not challenge_solved(challenge=challenge, answer=None)


def test_sixth_accepted_submission_from_one_address_is_rate_limited(token):
    for _ in range(5):
        assert verdict(token=token) is Verdict.OK
        submission_record(form_key="kontakt", client_address=ADDRESS)
    assert verdict(token=token) is Verdict.RATE_LIMITED
    assert verdict(token=token, address="198.51.100.1") is Verdict.OK


def test_rate_limit_follows_its_settings(token, settings):
    settings.ANTISPAM_RATE_LIMIT = 1
    submission_record(form_key="kontakt", client_address=ADDRESS)
    assert verdict(token=token) is Verdict.RATE_LIMITED


def test_rate_limit_ends_with_its_window(token, settings):
    settings.ANTISPAM_RATE_LIMIT = 1
    settings.ANTISPAM_RATE_WINDOW_SECONDS = 1
    submission_record(form_key="kontakt", client_address=ADDRESS)
    assert verdict(token=token) is Verdict.RATE_LIMITED
    with time_machine.travel(timedelta(seconds=2)):
        assert verdict(token=token) is Verdict.OK


def test_the_cache_never_holds_the_address(token):
    submission_record(form_key="kontakt", client_address=ADDRESS)
    assert cache._cache  # LocMemCache: keys as stored
    assert not any(ADDRESS in key for key in cache._cache)


def test_verdicts_are_logged_by_kind_only(token, caplog):
    with caplog.at_level(logging.INFO, logger="antispam"):
        verdict(token=token, honeypot="Kaufen Sie jetzt")
        verdict(token=token, at=NOW + 1)
    assert "honeypot" in caplog.text and "too_fast" in caplog.text
    assert ADDRESS not in caplog.text and "Kaufen" not in caplog.text
