"""Spam verdicts for public forms: honeypot, signed fill time, a sum to solve, a rate limit.

No views and no forms here: plain functions that take what a request carried and decide.
Tokens are signed (not encrypted) with the site's SECRET_KEY, so no session is needed; they
carry the time the form was shown and the two numbers of the sum.
"""

import enum
import logging
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger("antispam")

DEFAULT_MIN_SECONDS = 3
DEFAULT_MAX_AGE_SECONDS = 2 * 60 * 60
DEFAULT_RATE_LIMIT = 5
DEFAULT_RATE_WINDOW_SECONDS = 10 * 60


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


class Verdict(enum.StrEnum):
    """What a submission looks like. Only OK and EXPIRED come from people (or might)."""

    OK = "ok"
    HONEYPOT = "honeypot"  # the field humans are asked to leave empty was filled
    TOO_FAST = "too_fast"  # sent sooner than a person can fill the form
    EXPIRED = "expired"  # shown too long ago: a person is asked to send it again
    TAMPERED = "tampered"  # token missing or forged: the form was never shown to anyone
    RATE_LIMITED = "rate_limited"  # too many accepted submissions from one address

    @property
    def is_spam(self) -> bool:
        """Spam is answered with the normal thank-you page, but nothing is kept or sent; a
        rate-limited submission is spam too, but the forms tell it apart (see forms)."""
        return self not in (Verdict.OK, Verdict.EXPIRED)


@dataclass(frozen=True)
class Challenge:
    """The sum a form asks for, with the signed token that proves what was asked and when."""

    first: int
    second: int
    issued_at: int
    token: str

    @property
    def answer(self) -> int:
        return self.first + self.second


def _salt(form_key: str) -> str:
    # A token is valid only for the form it was issued for.
    return f"antispam.challenge:{form_key}"


def challenge_issue(*, form_key: str, now: float | None = None) -> Challenge:
    """A fresh sum of two numbers between 1 and 20, like "10 + 14 =", and its token."""
    first, second = secrets.randbelow(20) + 1, secrets.randbelow(20) + 1
    issued_at = int(time.time() if now is None else now)
    # The nonce keeps two visitors' tokens apart even when they draw the same sum in one second.
    payload = {"a": first, "b": second, "t": issued_at, "n": secrets.token_urlsafe(6)}
    token = signing.dumps(payload, salt=_salt(form_key))
    return Challenge(first=first, second=second, issued_at=issued_at, token=token)


def challenge_read(*, token: str, form_key: str) -> Challenge | None:
    """The challenge a token stands for, or None if it is missing or was not signed by us."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=_salt(form_key))
        return Challenge(
            first=int(data["a"]), second=int(data["b"]), issued_at=int(data["t"]), token=token
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def challenge_expired(*, challenge: Challenge, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    max_age = _setting("ANTISPAM_MAX_AGE_SECONDS", DEFAULT_MAX_AGE_SECONDS)
    return now - challenge.issued_at > max_age


def challenge_solved(*, challenge: Challenge, answer: int | None) -> bool:
    return answer is not None and answer == challenge.answer


def _rate_key(*, form_key: str, client_address: str) -> str:
    # The cache never holds the address itself, only a keyed hash of it.
    digest = salted_hmac("antispam.rate", f"{form_key}|{client_address}").hexdigest()
    return f"antispam:rate:{digest}"


def rate_limit_reached(*, form_key: str, client_address: str) -> bool:
    limit = _setting("ANTISPAM_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    key = _rate_key(form_key=form_key, client_address=client_address)
    return int(cache.get(key, 0)) >= limit


def submission_record(*, form_key: str, client_address: str) -> None:
    """Count an accepted submission towards the rate limit of its address and form."""
    key = _rate_key(form_key=form_key, client_address=client_address)
    window = _setting("ANTISPAM_RATE_WINDOW_SECONDS", DEFAULT_RATE_WINDOW_SECONDS)
    cache.add(key, 0, timeout=window)  # the window starts with the first submission
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)


def spam_verdict(
    *,
    honeypot: str,
    token: str,
    form_key: str,
    client_address: str,
    now: float | None = None,
) -> Verdict:
    """Judge one submission from what it carried; the first reason found wins."""
    now = time.time() if now is None else now
    if honeypot.strip():
        verdict = Verdict.HONEYPOT
    elif (challenge := challenge_read(token=token, form_key=form_key)) is None:
        verdict = Verdict.TAMPERED
    elif now - challenge.issued_at < _setting("ANTISPAM_MIN_SECONDS", DEFAULT_MIN_SECONDS):
        verdict = Verdict.TOO_FAST
    elif challenge_expired(challenge=challenge, now=now):
        verdict = Verdict.EXPIRED
    elif rate_limit_reached(form_key=form_key, client_address=client_address):
        verdict = Verdict.RATE_LIMITED
    else:
        verdict = Verdict.OK
    if verdict is not Verdict.OK:
        # The kind and the form only: never the address or anything the sender typed.
        logger.info("antispam verdict %s on form %s", verdict.value, form_key)
    return verdict
