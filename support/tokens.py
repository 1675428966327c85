"""The signed link by which a founder agrees to her Begleitung; it names the track only."""

from django.core import signing

SALT = "support.consent"
MAX_AGE_SECONDS = 30 * 24 * 60 * 60  # a month to think it over

BadToken = signing.BadSignature  # SignatureExpired is one too


def consent_token_make(*, track_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(track_id))


def consent_token_read(*, token: str) -> int:
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error
