"""Signed confirmation links for help requests (double opt-in): the token carries only the id."""

from django.core import signing

SALT = "founders.confirm"
MAX_AGE_SECONDS = 7 * 24 * 60 * 60

ExpiredToken = signing.SignatureExpired
BadToken = signing.BadSignature


def confirmation_token_make(*, help_request_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(help_request_id))


def confirmation_token_read(*, token: str) -> int:
    """The request id in a token; raises ExpiredToken (older than 7 days) or BadToken."""
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error
