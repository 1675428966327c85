"""Signed links for help requests, carrying only the id: the confirmation (double opt-in) and
the "find me another expert" link of a founder whose mentoring ended early."""

from django.core import signing

SALT = "founders.confirm"
MAX_AGE_SECONDS = 7 * 24 * 60 * 60
REMATCH_SALT = "founders.rematch"
REMATCH_MAX_AGE_SECONDS = 60 * 24 * 60 * 60  # two months to decide

ExpiredToken = signing.SignatureExpired
BadToken = signing.BadSignature


def _read(*, salt: str, token: str, max_age: int) -> int:
    value = signing.TimestampSigner(salt=salt).unsign(token, max_age=max_age)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error


def confirmation_token_make(*, help_request_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(help_request_id))


def confirmation_token_read(*, token: str) -> int:
    """The request id in a token; raises ExpiredToken (older than 7 days) or BadToken."""
    return _read(salt=SALT, token=token, max_age=MAX_AGE_SECONDS)


def rematch_token_make(*, help_request_id: int) -> str:
    return signing.TimestampSigner(salt=REMATCH_SALT).sign(str(help_request_id))


def rematch_token_read(*, token: str) -> int:
    """The request id in a rematch token; raises ExpiredToken (two months) or BadToken."""
    return _read(salt=REMATCH_SALT, token=token, max_age=REMATCH_MAX_AGE_SECONDS)
